/**
 * A KPI's band edges in a month: what a value shown beside its band must
 * never be rounded onto or across (formatBeside), wherever a value and its
 * points are read together. Pure.
 */
import type { SchemeView } from "./site-data.ts";

export function kpiEdges(
  scheme: Pick<SchemeView, "bands">,
  kpiId: string,
  month: string,
): number[] {
  const edges: number[] = [];
  // A scheme view built without its bands (a test's, a studio draft's) has none.
  for (const b of scheme.bands?.[kpiId]?.[month] ?? []) {
    if (b.lo !== null) edges.push(b.lo);
    if (b.hi !== null) edges.push(b.hi);
  }
  return edges;
}
