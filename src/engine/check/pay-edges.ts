/**
 * Pay bands written as the forms print them, "80–89 → 200, 90–100 → 300",
 * read with `max` exclusive (the default for pay bands): `{ min: 80, max: 89 }`
 * pays 80 ≤ total < 89, so a total of exactly 89 falls between it and the
 * `{ min: 90 }` above and gets no pay; `{ min: 90, max: 100 }` leaves out a
 * perfect 100. Either month is scored complete with an empty pay cell and exit
 * 0, which HR reads as "no bonus". A gap elsewhere (Form 15's 60–69, which the
 * form itself leaves without an amount) stays the warning it is; these two,
 * where a whole total the scheme can reach sits on the exclusive edge, are
 * errors saying what to write.
 */
import { contains, trim } from "../format.ts";
import type { Report } from "../scheme/issues.ts";
import type { Scheme } from "../scheme/types.ts";
import { type CoverageProblem, payBandText } from "./coverage.ts";
import { reachableTotals } from "./reachable.ts";

/** Whether some total the scheme can give lies in [from, to) (all of them, when the totals are continuous). */
function reached(s: Scheme, from: number, to: number): boolean {
  const totals = reachableTotals(s);
  return totals === null || totals.some((t) => t >= from - 1e-9 && t < to - 1e-9);
}

/**
 * The gap `p` between two pay bands, when it is one whole point wide and
 * starts at the lower band's exclusive max ("80–89" then "90–"): reported as
 * an error, and true returned so the caller does not also warn.
 */
export function payEdgeGap(s: Scheme, p: CoverageProblem, error: Report): boolean {
  const lower = s.pay[p.below];
  const upper = s.pay[p.above];
  if (p.kind !== "gap" || !lower || !upper || lower.hi === null || upper.lo === null) return false;
  const [edge, next] = [lower.hi, upper.lo];
  if (lower.hiInclusive || !Number.isInteger(edge) || !Number.isInteger(next)) return false;
  if (next - edge !== 1 || !reached(s, edge, next)) return false;
  error(`${lower.path}.max`, {
    en: `pay[${p.below}] (${payBandText(lower)}) stops below ${trim(edge)} (max is exclusive: ${trim(lower.lo ?? 0)} ≤ total < ${trim(edge)}) and pay[${p.above}] (${payBandText(upper)}) starts at ${trim(next)}, so a total of ${trim(edge)} gets no pay; for "${trim(lower.lo ?? 0)}–${trim(edge)}" as the form prints it, write max: ${trim(next)}`,
    zh: `pay[${p.below}]（${payBandText(lower)}）不含 ${trim(edge)}（上限不含等号：${trim(lower.lo ?? 0)} ≤ 总分 < ${trim(edge)}），pay[${p.above}]（${payBandText(upper)}）从 ${trim(next)} 开始，总分恰好 ${trim(edge)} 拿不到绩效工资；表上写的"${trim(lower.lo ?? 0)}–${trim(edge)}"请写成 max: ${trim(next)}`,
  });
  return true;
}

/**
 * The highest total the scheme can give (a perfect month) in no pay band, at
 * a band's exclusive max; or, with a bonus (an adjustment of positive points,
 * which has no bound), totals above the maximum with no band open above them:
 * `{ min: 90, max: 100, maxInclusive: true }` left a 106 (a perfect month and
 * three praises) complete, graded 优秀, and without pay.
 */
export function checkPayTop(s: Scheme, error: Report): void {
  if (s.pay.length === 0) return;
  const bonuses = s.adjustments.filter((a) => a.points > 0);
  if (bonuses.length > 0 && s.pay.every((b) => b.hi !== null)) {
    const top = s.pay.reduce((a, b) => ((b.hi ?? 0) > (a.hi ?? 0) ? b : a));
    const i = s.pay.indexOf(top);
    const named = bonuses.map((a) => `${a.id} +${trim(a.points)} each`).join(", ");
    error(`${top.path}.max`, {
      en: `a bonus (${named}) can take a total above ${trim(top.hi ?? 0)}, where pay[${i}] (${payBandText(top)}) ends, and such a month gets no pay; drop max from pay[${i}] (${trim(top.lo ?? 0)} and above)`,
      zh: `加分项（${named}）可使总分超过 ${trim(top.hi ?? 0)}，而 pay[${i}]（${payBandText(top)}）到此为止，这样的月份拿不到绩效工资；请删掉 pay[${i}] 的 max（${trim(top.lo ?? 0)} 分及以上）`,
    });
    return;
  }
  if (s.pay.some((b) => contains(b, s.max))) return;
  const top = s.pay.find(
    (b) => b.hi !== null && !b.hiInclusive && Math.abs(b.hi - s.max) <= 1e-9 * Math.max(1, s.max),
  );
  if (!top) return;
  const i = s.pay.indexOf(top);
  error(`${top.path}.max`, {
    en: `pay[${i}] (${payBandText(top)}) stops below ${trim(s.max)} (max is exclusive), so a perfect month, total ${trim(s.max)}, gets no pay; drop max (${trim(top.lo ?? 0)} and above) or add maxInclusive: true`,
    zh: `pay[${i}]（${payBandText(top)}）不含 ${trim(s.max)}（上限不含等号），满分 ${trim(s.max)} 的月份拿不到绩效工资；删掉 max（${trim(top.lo ?? 0)} 分及以上）或加上 maxInclusive: true`,
  });
}

/**
 * The mirror of checkPayTop: with a penalty (an adjustment of negative
 * points, which has no bound: three late arrivals, five complaints), a total
 * can fall below the lowest pay band's min, and such a month, complete and
 * graded, gets an empty pay cell that HR reads as "not known".
 */
export function checkPayBottom(s: Scheme, error: Report): void {
  if (s.pay.length === 0 || s.pay.some((b) => b.lo === null)) return;
  const penalties = s.adjustments.filter((a) => a.points < 0);
  if (penalties.length === 0) return;
  const bottom = s.pay.reduce((a, b) => ((b.lo ?? 0) < (a.lo ?? 0) ? b : a));
  const i = s.pay.indexOf(bottom);
  const named = penalties.map((a) => `${a.id} ${trim(a.points)} each`).join(", ");
  error(`${bottom.path}.min`, {
    en: `a penalty (${named}) can take a total below ${trim(bottom.lo ?? 0)}, where pay[${i}] (${payBandText(bottom)}) starts, and such a month gets no pay; drop min from pay[${i}]${bottom.hi === null ? "" : ` (below ${trim(bottom.hi)})`}`,
    zh: `扣分项（${named}）可使总分低于 ${trim(bottom.lo ?? 0)}，而 pay[${i}]（${payBandText(bottom)}）从此开始，这样的月份拿不到绩效工资；请删掉 pay[${i}] 的 min${bottom.hi === null ? "" : `（${trim(bottom.hi)} 分以下）`}`,
  });
}
