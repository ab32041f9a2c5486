/**
 * Serialise a `ChartGeometry` to an SVG string for browser scripts that set
 * `innerHTML`. All text and attribute values are escaped: agent names are
 * user data. Server pages render through Astro components instead.
 */
import type { ChartGeometry, Mark } from "./types.ts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function attrs(map: Record<string, string | number | undefined>): string {
  return Object.entries(map)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join("");
}

function markToSvg(m: Mark): string {
  switch (m.type) {
    case "rect": {
      const a = attrs({
        class: m.cls,
        x: m.x,
        y: m.y,
        width: m.width,
        height: m.height,
        style: m.style,
        "data-tip": m.tip,
      });
      return m.tip === undefined
        ? `<rect${a}/>`
        : `<rect${a}><title>${escapeXml(m.tip)}</title></rect>`;
    }
    case "line":
      return `<line${attrs({ class: m.cls, x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2, style: m.style })}/>`;
    case "path":
      return `<path${attrs({ class: m.cls, d: m.d, style: m.style })}/>`;
    case "point":
      return `<path${attrs({ class: m.cls, d: m.d, transform: `translate(${m.x},${m.y})`, style: m.style, "data-tip": m.tip })}><title>${escapeXml(m.tip)}</title></path>`;
    case "text":
      return `<text${attrs({ class: m.cls, x: m.x, y: m.y, "text-anchor": m.anchor, style: m.style })}>${escapeXml(m.text)}</text>`;
  }
}

/** `<svg role="img" aria-labelledby>` with `<title>`, `<desc>` and one `<g>` per layer. */
export function toSvgString(g: ChartGeometry, id: string): string {
  const tid = `${id}-title`;
  const did = `${id}-desc`;
  const layers = g.layers
    .map((l) => `<g${attrs({ class: l.name })}>${l.marks.map(markToSvg).join("")}</g>`)
    .join("");
  return (
    `<svg${attrs({ xmlns: "http://www.w3.org/2000/svg", class: "chart-svg", viewBox: g.viewBox, width: g.width, height: g.height, role: "img", "aria-labelledby": `${tid} ${did}` })}>` +
    `<title${attrs({ id: tid })}>${escapeXml(g.title)}</title><desc${attrs({ id: did })}>${escapeXml(g.desc)}</desc>${layers}</svg>`
  );
}
