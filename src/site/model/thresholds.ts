/**
 * Band edges as labelled threshold lines, e.g. "≥60% · 30 分": each band is
 * labelled at the edge you must cross to enter it from the worse side (its
 * lower bound when higher is better, its upper bound when lower is better).
 */
import { formatPoints, formatTick } from "../../charts/format.ts";
import type { BandView, Unit } from "../../charts/types.ts";
import type { Lang } from "../i18n.ts";

export function thresholdsOf(
  bands: readonly BandView[],
  unit: Unit,
  better: "higher" | "lower",
  lang: Lang,
): { value: number; label: string }[] {
  const lines: { value: number; label: string }[] = [];
  for (const b of bands) {
    const edge = better === "higher" ? b.lo : b.hi;
    if (edge === null) continue;
    const sign = better === "higher" ? (b.loInclusive ? "≥" : ">") : b.hiInclusive ? "≤" : "<";
    lines.push({
      value: edge,
      label: `${sign}${formatTick(edge, unit, lang)} · ${formatPoints(b.points, lang)}`,
    });
  }
  return lines.sort((a, b) => a.value - b.value);
}
