/**
 * Band checks of one KPI: gaps (between two bands an error: a value would
 * match nothing; below the lowest or above the highest a warning), overlaps
 * (a warning: the first listed band wins), bands listed out of order, and a
 * better band giving fewer points.
 */
import { formatValue } from "../format.ts";
import type { Report } from "../scheme/issues.ts";
import type { BandedKpi, BandSet } from "../scheme/types.ts";
import { type CoverageProblem, coverage } from "./coverage.ts";

/**
 * A gap below a lowest band that starts at 0 (or below) holds only negative
 * values, which no metric has (ingest refuses negative counts, amounts,
 * durations and ratios): `min: 0` on the lowest band is no gap.
 */
function onlyNegative(p: CoverageProblem, set: BandSet): boolean {
  if (p.kind !== "gap" || p.below >= 0 || p.to === null) return false;
  return p.to < 0 || (p.to === 0 && set.bands[p.above]?.loInclusive === true);
}

function checkSet(k: BandedKpi, set: BandSet, error: Report, warning: Report): void {
  const row = `row ${k.row} (${k.id})`;
  const rowZh = `第 ${k.row} 行（${k.id}）`;
  const fmt = (v: number | null) => (v === null ? "∞" : formatValue(v, k.unit));
  /** A span's lower end: open below is minus infinity ("−∞–4 s", not "∞–4 s"). */
  const low = (v: number | null) => (v === null ? "−∞" : fmt(v));
  const name = (i: number) => `bands[${i}] (${set.bands[i]?.rule ?? ""})`;
  const nameZh = (i: number) => `bands[${i}]（${set.bands[i]?.rule ?? ""}）`;
  for (const p of coverage(set.bands, { integer: k.integer, ends: true })) {
    if (onlyNegative(p, set)) continue;
    const at = p.above >= 0 ? `${set.path}[${p.above}].min` : `${set.path}[${p.below}].max`;
    if (p.kind === "overlap") {
      const where = p.from === p.to ? `exactly ${fmt(p.from)}` : `${low(p.from)}–${fmt(p.to)}`;
      const whereZh =
        p.from === p.to
          ? `数值恰好为 ${fmt(p.from)} 时`
          : `数值在 ${low(p.from)}–${fmt(p.to)} 之间时`;
      warning(at, {
        en: `${row}: ${name(p.below)} and ${name(p.above)} overlap: ${where} matches both (the first listed wins)`,
        zh: `${rowZh}：${nameZh(p.below)}与 ${nameZh(p.above)}重叠：${whereZh}同时落在两档（以先列出的一档为准）`,
      });
    } else {
      const sides = [p.below, p.above].filter((i) => i >= 0);
      // Between two bands a gap is a slip that stops the run; beyond the outermost band it
      // usually marks the metric's own bound (a rate ≤ 100 %): said, and such a month is
      // left without points ("falls in no band"), never given 0.
      const report = sides.length === 2 ? error : warning;
      report(at, {
        en: `${row}: gap between ${low(p.from)} and ${fmt(p.to)}: such values match no band (${sides.map(name).join(" and ")})`,
        zh: `${rowZh}：${low(p.from)} 与 ${fmt(p.to)} 之间有空档：这样的数值不在任何一档（${sides.map(nameZh).join("与 ")}）`,
      });
    }
  }
  // Listing order: consistently by value, best first or worst first.
  const key = (i: number) => set.bands[i]?.lo ?? Number.NEGATIVE_INFINITY;
  let dir = 0;
  for (let i = 1; i < set.bands.length; i++) {
    const step = Math.sign(key(i) - key(i - 1));
    if (step === 0) continue;
    if (dir === 0) dir = step;
    else if (step !== dir) {
      warning(`${set.path}[${i}]`, {
        en: `${row}: bands out of order: ${name(i)} after ${name(i - 1)}`,
        zh: `${rowZh}：分档顺序错乱：${nameZh(i)}排在 ${nameZh(i - 1)}之后`,
      });
      break;
    }
  }
  // A better value must never score fewer points.
  const byValue = set.bands.map((_, i) => i).sort((a, b) => key(a) - key(b));
  for (let j = 1; j < byValue.length; j++) {
    const lower = set.bands[byValue[j - 1] ?? 0];
    const upper = set.bands[byValue[j] ?? 0];
    if (!lower || !upper) continue;
    const [worse, better] =
      k.better === "higher" ? [byValue[j - 1], byValue[j]] : [byValue[j], byValue[j - 1]];
    const w = set.bands[worse ?? 0];
    const b = set.bands[better ?? 0];
    if (w && b && b.points < w.points)
      warning(`${set.path}[${better}].points`, {
        en: `${row}: ${name(better ?? 0)} is better than ${name(worse ?? 0)} but gives fewer points`,
        zh: `${rowZh}：${nameZh(better ?? 0)}比 ${nameZh(worse ?? 0)}更好，给的分却更少`,
      });
  }
}

export function checkBands(k: BandedKpi, error: Report, warning: Report): void {
  checkSet(k, k.base, error, warning);
  for (const s of k.seasons) checkSet(k, { ...s, path: `${s.path}.bands` }, error, warning);
}
