/**
 * A stable element id for a chart (its `<title>`/`<desc>` ids derive from it):
 * a hash of what identifies the chart (its title, description — which name the
 * KPI, agent and month — and size), so the same page builds the same ids every
 * time and different charts on one page get different ids. Hashing the whole
 * geometry was a measurable share of a large build.
 */
import type { ChartGeometry } from "./types.ts";

/** FNV-1a 32-bit hash, base 36. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function chartId(g: ChartGeometry, prefix = "chart"): string {
  const marks = g.layers.reduce((n, l) => n + l.marks.length, 0);
  return `${prefix}-${fnv1a(`${g.title}\u0000${g.desc}\u0000${g.viewBox}\u0000${marks}`)}`;
}
