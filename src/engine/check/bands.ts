/**
 * Band checks of one KPI: gaps (between two bands an error: a value would
 * match nothing; below the lowest or above the highest a warning), overlaps
 * (a warning: the first listed band wins), bands listed out of order, a
 * better band giving fewer points, a band no value can match (45% > X ≥ 45%:
 * said once, and left out of the other checks), and two seasons that claim
 * the same month (an error: only the first listed would apply).
 */
import { formatValue } from "../format.ts";
import { isEmptyInterval } from "../scheme/compile-bands.ts";
import type { Report } from "../scheme/issues.ts";
import type { Band, BandedKpi, BandSet } from "../scheme/types.ts";
import { type CoverageProblem, coverage } from "./coverage.ts";
import { naturalEnd } from "./natural-ends.ts";

/**
 * A gap below a lowest band that starts at 0 (or below) holds only negative
 * values, which no metric has (ingest refuses negative counts, amounts,
 * durations and ratios): `min: 0` on the lowest band is no gap.
 */
function onlyNegative(p: CoverageProblem, bands: readonly Band[]): boolean {
  if (p.kind !== "gap" || p.below >= 0 || p.to === null) return false;
  return p.to < 0 || (p.to === 0 && bands[p.above]?.loInclusive === true);
}

/** The bands some value can match, each with its index in the set as written. */
function liveBands(set: BandSet): { band: Band; i: number }[] {
  return set.bands.flatMap((band, i) => (isEmptyInterval(band) ? [] : [{ band, i }]));
}

function checkSet(
  k: BandedKpi,
  set: BandSet,
  error: Report,
  warning: Report,
  limit: number | null,
): void {
  const row = `row ${k.row} (${k.id})`;
  const rowZh = `第 ${k.row} 行（${k.id}）`;
  const fmt = (v: number | null) => (v === null ? "∞" : formatValue(v, k.unit));
  /** A span's lower end: open below is minus infinity ("−∞–4 s", not "∞–4 s"). */
  const low = (v: number | null) => (v === null ? "−∞" : fmt(v));
  const name = (i: number) => `bands[${i}] (${set.bands[i]?.rule ?? ""})`;
  const nameZh = (i: number) => `bands[${i}]（${set.bands[i]?.rule ?? ""}）`;
  // A band no value can match is said as such; the checks below see only the others, so it
  // is not also "better but gives fewer points", an overlap or out of order.
  // (min above max is refused when the scheme is read.)
  for (const [i, b] of set.bands.entries()) {
    if (!isEmptyInterval(b) || b.lo === null || b.lo !== b.hi) continue;
    const v = fmt(b.lo);
    warning(b.path, {
      en: `${row}: ${name(i)} can never match: min and max are both ${v} and one side is exclusive, so no value lies in it; fix min or max (to match exactly ${v}, set minInclusive and maxInclusive to true)`,
      zh: `${rowZh}：${nameZh(i)}永远匹配不到：下限和上限都是 ${v}，且有一端不含等号，没有任何数值落在其中；请改正下限或上限（若要恰好匹配 ${v}，把 minInclusive 和 maxInclusive 都设为 true）`,
    });
  }
  const live = liveBands(set);
  const bands = live.map((l) => l.band);
  /** A live band's index as written (−1, no band, stays). */
  const written = (j: number) => (j < 0 ? j : (live[j]?.i ?? j));
  for (const q of coverage(bands, { integer: k.integer, ends: true })) {
    if (onlyNegative(q, bands)) continue;
    const p = { ...q, below: written(q.below), above: written(q.above) };
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
      if (naturalEnd(k, p, bands, live, limit, row, rowZh, name, nameZh, error)) continue;
      // Between two bands a gap is a slip that stops the run; beyond the outermost band it
      // usually marks the metric's own bound (a rate ≤ 100 %): said, and such a month is
      // left without points ("falls in no band"), never given 0.
      const report = sides.length === 2 ? error : warning;
      // Two exclusive sides at one edge leave out the edge alone: "between 50% and 50%" reads as nothing.
      const point = p.from !== null && p.from === p.to;
      report(at, {
        en: point
          ? `${row}: gap at exactly ${fmt(p.from)}: both bands leave that value out, so it matches no band (${sides.map(name).join(" and ")}); make one side inclusive`
          : `${row}: gap between ${low(p.from)} and ${fmt(p.to)}: such values match no band (${sides.map(name).join(" and ")})`,
        zh: point
          ? `${rowZh}：恰好 ${fmt(p.from)} 处有空档：两档都不含这个数值，它不在任何一档（${sides.map(nameZh).join("与 ")}）；请让其中一档包含它`
          : `${rowZh}：${low(p.from)} 与 ${fmt(p.to)} 之间有空档：这样的数值不在任何一档（${sides.map(nameZh).join("与 ")}）`,
      });
    }
  }
  // Listing order: consistently by value, best first or worst first.
  const key = (i: number) => set.bands[i]?.lo ?? Number.NEGATIVE_INFINITY;
  let dir = 0;
  for (let j = 1; j < live.length; j++) {
    const i = written(j);
    const prev = written(j - 1);
    const step = Math.sign(key(i) - key(prev));
    if (step === 0) continue;
    if (dir === 0) dir = step;
    else if (step !== dir) {
      warning(`${set.path}[${i}]`, {
        en: `${row}: bands out of order: ${name(i)} after ${name(prev)}`,
        zh: `${rowZh}：分档顺序错乱：${nameZh(i)}排在 ${nameZh(prev)}之后`,
      });
      break;
    }
  }
  // A better value must never score fewer points.
  const byValue = live.map((l) => l.i).sort((a, b) => key(a) - key(b));
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

/**
 * Two seasons listing the same month: the month's bands would come from the
 * first listed and the other's would be silently dropped for it. An error.
 */
function checkSeasons(k: BandedKpi, error: Report): void {
  const name = (m: number) => {
    const s = k.seasons[m];
    const months = s?.months ?? [];
    return {
      en: `seasons[${m}] (${s?.label ? `${s.label.en}: ` : ""}months ${months.join(", ")})`,
      zh: `seasons[${m}]（${s?.label ? `${s.label.zh}：` : ""}${months.join("、")} 月）`,
    };
  };
  k.seasons.forEach((later, m) => {
    for (let first = 0; first < m; first++) {
      const earlier = new Set(k.seasons[first]?.months ?? []);
      const shared = [...new Set(later.months ?? [])].filter((month) => earlier.has(month));
      const at = (later.months ?? []).findIndex((month) => earlier.has(month));
      if (shared.length === 0) continue;
      const [a, b] = [name(first), name(m)];
      const months =
        shared.length > 1 ? `months ${shared.join(", ")} are` : `month ${shared[0]} is`;
      error(`${later.path}.months[${at}]`, {
        en: `row ${k.row} (${k.id}): ${months} in two seasons, ${a.en} and ${b.en}: only the first listed would apply; give each month to one season`,
        zh: `第 ${k.row} 行（${k.id}）：${shared.join("、")} 月同时属于两个季节 ${a.zh}和 ${b.zh}：只有先列出的会生效；每个月只能属于一个季节`,
      });
    }
  });
}

/** `limit`: the largest value the KPI's metric can take (1 for a share of a whole), or null. */
export function checkBands(
  k: BandedKpi,
  error: Report,
  warning: Report,
  limit: number | null = null,
): void {
  checkSeasons(k, error);
  checkSet(k, k.base, error, warning, limit);
  for (const s of k.seasons) checkSet(k, { ...s, path: `${s.path}.bands` }, error, warning, limit);
}
