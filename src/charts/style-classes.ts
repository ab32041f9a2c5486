/**
 * Inline styles repeat: thirty tick labels share one, and every chart of a
 * page uses the same dozen. Each distinct style string becomes a class named
 * after its content (`c` + a hash), the same in every chart, page and build,
 * so a page needs each rule once: charts given the page's `written` set leave
 * out the rules an earlier chart of the page already wrote (any `<style>` in
 * a document applies to all of it). Without the set, a chart carries all its
 * rules and stands alone (downloads, the compare page's script).
 */
import { fnv1a } from "./hash.ts";
import type { ChartGeometry } from "./types.ts";

export interface StyleClasses {
  /** CSS rules this chart must write, e.g. `.c1x2y3{fill:…}`; empty when there are none. */
  css: string;
  /** The class for a mark's style string ("" for none). */
  classOf(style: string): string;
}

const classNames = new Map<string, string>();

/** The class of a style string: its content's hash, so the same style has the same class everywhere. */
export function styleClass(style: string): string {
  let cls = classNames.get(style);
  if (cls === undefined) {
    cls = `c${fnv1a(style)}`;
    classNames.set(style, cls);
  }
  return cls;
}

/** The chart's style classes; `written` (the page's rules so far) is updated with the ones it adds. */
export function styleClasses(g: ChartGeometry, written?: Set<string>): StyleClasses {
  let css = "";
  let previous = "";
  const seen = new Set<string>();
  for (const layer of g.layers) {
    for (const m of layer.marks) {
      // Runs of marks share a style (ticks, points): skip the lookups for a repeat.
      if (m.style === previous || m.style === "") continue;
      previous = m.style;
      if (seen.has(m.style)) continue;
      seen.add(m.style);
      const cls = styleClass(m.style);
      if (written?.has(cls)) continue;
      written?.add(cls);
      css += `.${cls}{${m.style}}`;
    }
  }
  return { css, classOf: (style) => (style === "" ? "" : styleClass(style)) };
}
