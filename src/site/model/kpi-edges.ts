/**
 * A KPI's band edges in a month: what a value shown beside its band must
 * never be rounded onto or across (formatBeside), wherever a value and its
 * points are read together. Pure.
 */
import { bandEdges } from "../../charts/zones.ts";
import type { SchemeView } from "./site-data.ts";

export function kpiEdges(
  scheme: Pick<SchemeView, "bands">,
  kpiId: string,
  month: string,
): number[] {
  // A scheme view built without its bands (a test's, a studio draft's) has none.
  return bandEdges([{ month, bands: scheme.bands?.[kpiId]?.[month] ?? [] }]);
}
