/**
 * For large teams a dot per agent is unreadable (and heavy): count agents per
 * score bin and per KPI band instead, as bars.
 */

import type { BandView, Tone, Unit } from "../../charts/types.ts";
import { bandLabel } from "../../charts/zones.ts";
import type { Lang } from "../i18n.ts";
import { bandOf } from "./band-of.ts";

/** Above this many agents in a group, distributions are drawn as counts. */
export const DOTS_LIMIT = 120;

export interface BarCount {
  grade: string;
  count: number;
  tone?: Tone;
}

/** Agents per band of a KPI, best band first; agents without a value are counted apart. */
export function bandCounts(
  values: readonly (number | null)[],
  bands: readonly BandView[],
  unit: Unit,
  lang: Lang,
): BarCount[] {
  const counts = new Map<BandView, number>();
  let missing = 0;
  for (const v of values) {
    const b = bandOf(v, bands);
    if (b) counts.set(b, (counts.get(b) ?? 0) + 1);
    else if (v === null) missing++;
  }
  const rows: BarCount[] = [...bands]
    .sort((a, b) => b.points - a.points)
    .map((b) => ({ grade: bandLabel(b, unit, lang), count: counts.get(b) ?? 0, tone: b.tone }));
  if (missing > 0)
    rows.push({ grade: lang === "zh" ? "缺数据" : "missing", count: missing, tone: "poor" });
  return rows;
}

/** Totals in 10-point bins from the top, e.g. "90–100". */
export function scoreBins(totals: readonly number[], max: number): BarCount[] {
  const top = Math.max(max, ...totals);
  const bins: BarCount[] = [];
  for (let hi = Math.ceil(top / 10) * 10; hi > 0; hi -= 10) {
    const lo = hi - 10;
    const count = totals.filter((t) => t >= lo && (t < hi || (hi >= top && t <= hi))).length;
    bins.push({ grade: `${lo}–${hi}`, count });
  }
  const below = totals.filter((t) => t < 0).length;
  if (below > 0) bins.push({ grade: "< 0", count: below });
  return bins;
}
