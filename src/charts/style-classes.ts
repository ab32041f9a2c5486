/**
 * Inline styles repeat: thirty tick labels share one. A chart's distinct
 * style strings become short classes in one `<style>` scoped to the chart's
 * id, which keeps pages small and fast to render at thousands of pages.
 */
import type { ChartGeometry } from "./types.ts";

export interface StyleClasses {
  /** CSS for the chart, e.g. `#c1 .s0{fill:…}`; empty when no mark has a style. */
  css: string;
  /** The class for a mark's style string ("" for none). */
  classOf(style: string): string;
}

export function styleClasses(g: ChartGeometry, id: string): StyleClasses {
  const classes = new Map<string, string>();
  let previous = "";
  for (const layer of g.layers) {
    for (const m of layer.marks) {
      // Runs of marks share a style (ticks, points): skip the lookup for a repeat.
      if (m.style === previous || m.style === "") continue;
      previous = m.style;
      if (!classes.has(m.style)) classes.set(m.style, `s${classes.size}`);
    }
  }
  // `id` is ours (a hash or a caller's plain id), but keep the selector safe whatever it is.
  const scope = `#${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const css = [...classes].map(([style, cls]) => `${scope} .${cls}{${style}}`).join("");
  return { css, classOf: (style) => classes.get(style) ?? "" };
}
