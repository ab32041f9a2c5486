/**
 * A stable element id for a chart (its `<title>`/`<desc>` ids derive from it):
 * a hash of what identifies the chart (its title, description — which name the
 * KPI, agent and month — and size), so the same page builds the same ids every
 * time and different charts on one page get different ids. Hashing the whole
 * geometry was a measurable share of a large build.
 */
import { fnv1a } from "./hash.ts";
import type { ChartGeometry } from "./types.ts";

export function chartId(g: ChartGeometry, prefix = "chart"): string {
  const marks = g.layers.reduce((n, l) => n + l.marks.length, 0);
  return `${prefix}-${fnv1a(`${g.title}\u0000${g.desc}\u0000${g.viewBox}\u0000${marks}`)}`;
}
