/**
 * Serialises a `ChartGeometry` to SVG markup: the one way a chart becomes
 * SVG, for the pages built by Astro (`set:html`, thousands of charts per
 * build, so one string beats a component per mark) and for browser scripts
 * (`innerHTML`). Every text and attribute value is escaped: agent names are
 * user data. Inline styles become classes named after their content, whose
 * rules a page writes once (see style-classes.ts). Points and tipped rects get a
 * `<title>` child: the native tooltip, which public/scripts/chart-tips.js also
 * shows in a faster box.
 */
import { styleClasses } from "./style-classes.ts";
import type { ChartGeometry, Mark } from "./types.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const SPECIAL = /[&<>"']/;

export function escapeXml(s: string): string {
  // Most values (numbers, our class names) need nothing: test before replacing.
  return SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : s;
}

export interface SvgOptions {
  /** An aria-label instead of title/desc ids (sparklines). */
  label?: string;
  /** Extra class on the `<svg>`. */
  cls?: string;
  /** Standalone SVG (a file or an `innerHTML` outside HTML): add the namespace. */
  xmlns?: boolean;
  /** The page's style rules written so far: this chart writes only the missing ones. */
  written?: Set<string>;
}

const title = (tip: string | undefined) =>
  tip === undefined ? "" : `<title>${escapeXml(tip)}</title>`;

/** `cls` is the chart code's own class names (never user text), and `d` its own path data. */
function markToSvg(m: Mark, cls: string): string {
  const c = `class="${cls}"`;
  switch (m.type) {
    case "rect":
      return m.tip === undefined
        ? `<rect ${c} x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}"/>`
        : `<rect ${c} x="${m.x}" y="${m.y}" width="${m.width}" height="${m.height}">${title(m.tip)}</rect>`;
    case "line":
      return `<line ${c} x1="${m.x1}" y1="${m.y1}" x2="${m.x2}" y2="${m.y2}"/>`;
    case "path":
      return `<path ${c} d="${m.d}"/>`;
    case "point":
      return m.r === undefined
        ? `<path ${c} d="${m.d}" transform="translate(${m.x},${m.y})">${title(m.tip)}</path>`
        : `<circle ${c} cx="${m.x}" cy="${m.y}" r="${m.r}">${title(m.tip)}</circle>`;
    case "text":
      return `<text ${c} x="${m.x}" y="${m.y}" text-anchor="${m.anchor}">${escapeXml(m.text)}</text>`;
  }
}

/** `<svg role="img">` named by its `<title>`/`<desc>` (or an aria-label), one `<g>` per layer. */
export function toSvgString(g: ChartGeometry, id: string, opts: SvgOptions = {}): string {
  const styles = styleClasses(g, opts.written);
  const sid = escapeXml(id);
  const naming =
    opts.label !== undefined
      ? `aria-label="${escapeXml(opts.label)}"`
      : `aria-labelledby="${g.desc === "" ? `${sid}-title` : `${sid}-title ${sid}-desc`}"`;
  const svgClass = opts.cls === undefined ? "chart-svg" : `chart-svg ${escapeXml(opts.cls)}`;
  let out =
    `<svg${opts.xmlns ? ' xmlns="http://www.w3.org/2000/svg"' : ""} class="${svgClass}" id="${sid}"` +
    ` viewBox="${escapeXml(g.viewBox)}" width="${g.width}" height="${g.height}" role="img" ${naming}>` +
    `<title id="${sid}-title">${escapeXml(g.title)}</title>`;
  if (g.desc !== "") out += `<desc id="${sid}-desc">${escapeXml(g.desc)}</desc>`;
  // The CSS is built from our own style strings; dropping "<" keeps `</style>` out whatever they hold.
  if (styles.css !== "") out += `<style>${styles.css.replaceAll("<", "")}</style>`;
  // Runs of marks share their class and style (ticks, grid lines, points): the
  // class attribute is worked out once per run.
  let cls = "";
  let style = "";
  let classes = "";
  for (const layer of g.layers) {
    out += `<g class="${layer.name}">`;
    for (const m of layer.marks) {
      if (m.cls !== cls || m.style !== style) {
        cls = m.cls;
        style = m.style;
        const extra = styles.classOf(style);
        classes = extra === "" ? cls : `${cls} ${extra}`;
      }
      out += markToSvg(m, classes);
    }
    out += "</g>";
  }
  return `${out}</svg>`;
}
