/**
 * Finds gaps and overlaps in a list of intervals (bands or pay bands), e.g.
 * Form 11's "≥ 60% → 10; ≤ 60% → 0" (exactly 60% matches both) or Form 15's
 * missing 60–69 pay band. Whole-number metrics only have gaps that hold an
 * integer (5–6 then 7+ a week is no gap).
 */
import { trim } from "../format.ts";
import type { Interval, PayBand } from "../scheme/types.ts";

export interface CoverageProblem {
  kind: "gap" | "overlap";
  /** Indexes (in the given list) of the bands on either side. */
  below: number;
  above: number;
  from: number | null;
  to: number | null;
}

function integerIn(lo: number, loInc: boolean, hi: number, hiInc: boolean): boolean {
  const first = loInc ? Math.ceil(lo) : Math.floor(lo) + 1;
  return first < hi || (first === hi && hiInc);
}

/**
 * `ends`: also report values below the lowest or above the highest band
 * (bands of a KPI must cover every value; pay bands need not).
 */
export function coverage(
  list: readonly Interval[],
  opts: { integer?: boolean; ends?: boolean } = {},
): CoverageProblem[] {
  const order = list.map((_, i) => i);
  const lo = (i: number) => list[i]?.lo ?? Number.NEGATIVE_INFINITY;
  order.sort(
    (a, b) => lo(a) - lo(b) || Number(list[b]?.loInclusive) - Number(list[a]?.loInclusive),
  );
  const out: CoverageProblem[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  let reachInc = false;
  let reachBy = -1;
  for (const i of order) {
    const b = list[i];
    if (!b) continue;
    const bLo = b.lo ?? Number.NEGATIVE_INFINITY;
    if (reachBy < 0) {
      if (opts.ends && b.lo !== null)
        out.push({ kind: "gap", below: -1, above: i, from: null, to: b.lo });
    } else if (bLo < reach || (bLo === reach && reachInc && b.loInclusive)) {
      // Two bands open above overlap up to +∞: null, as an open end is everywhere else.
      const to = Math.min(reach, b.hi ?? reach);
      out.push({
        kind: "overlap",
        below: reachBy,
        above: i,
        from: b.lo,
        to: to === Number.POSITIVE_INFINITY ? null : to,
      });
    } else if (bLo > reach || (!reachInc && !b.loInclusive)) {
      const hasGap = !opts.integer || integerIn(reach, !reachInc, bLo, !b.loInclusive);
      if (hasGap) out.push({ kind: "gap", below: reachBy, above: i, from: reach, to: b.lo });
    }
    const hi = b.hi ?? Number.POSITIVE_INFINITY;
    if (reachBy < 0 || hi > reach || (hi === reach && b.hiInclusive)) {
      reach = hi;
      reachInc = b.hiInclusive;
      reachBy = i;
    }
  }
  if (opts.ends && reachBy >= 0 && reach !== Number.POSITIVE_INFINITY)
    out.push({ kind: "gap", below: reachBy, above: -1, from: reach, to: null });
  return out;
}

/** A pay band as the checker's messages write it: `80–90 → 200` (`−∞`/`∞` for an open end). */
export const payBandText = (b: PayBand): string =>
  `${b.lo === null ? "−∞" : trim(b.lo)}–${b.hi === null ? "∞" : trim(b.hi)} → ${trim(b.amount)}`;
