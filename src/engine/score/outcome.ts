/** Total → grade → performance pay; veto caps. Pure. */
import { contains } from "../format.ts";
import type { Scheme } from "../scheme/types.ts";

/** A total reaches a grade's min as it reaches a pay band's (contains' tolerance: 39.99999999999999 is 40). */
const reaches = (total: number, min: number) =>
  contains({ lo: min, hi: null, loInclusive: true, hiInclusive: false }, total);

/** The grades best first, by their min (none: the catch-all, last), whatever order the scheme lists them in. */
const bestFirst = new WeakMap<Scheme["grades"], Scheme["grades"]>();
function ranked(grades: Scheme["grades"]): Scheme["grades"] {
  let out = bestFirst.get(grades);
  if (!out) {
    const floor = (min: number | null) => (min === null ? Number.NEGATIVE_INFINITY : min);
    out = [...grades].sort((a, b) => floor(b.min) - floor(a.min));
    bestFirst.set(grades, out);
  }
  return out;
}

/**
 * The best grade whose min the total reaches, and no better than `cap` (a
 * veto's). Listed worst first, the grades still give the best one reached
 * (the checker warns about the order); the total is compared as pay bands
 * compare it, so a total never gets one band's pay and another's grade.
 */
export function gradeFor(scheme: Scheme, total: number, cap?: string): string | null {
  const grades = ranked(scheme.grades);
  let index = grades.findIndex((g) => g.min === null || reaches(total, g.min));
  if (index < 0) return null;
  if (cap !== undefined)
    index = Math.max(
      index,
      grades.findIndex((g) => g.grade === cap),
    );
  return grades[index]?.grade ?? null;
}

/** The pay band containing the total; null in a gap or without pay bands. */
export function payFor(scheme: Scheme, total: number): number | null {
  for (const band of scheme.pay) if (contains(band, total)) return band.amount;
  return null;
}

/**
 * The total pay is read at: under a veto's grade cap, no more than the highest
 * total that grade covers (just under the next better grade's min), so a
 * vetoed month is never paid above its capped grade's pay.
 */
export function payTotal(scheme: Scheme, total: number, cap?: string): number {
  if (cap === undefined) return total;
  const grades = ranked(scheme.grades);
  const at = grades.findIndex((g) => g.grade === cap);
  const better = at > 0 ? grades[at - 1]?.min : null;
  if (better === null || better === undefined) return total;
  return Math.min(total, better - 1e-9 * Math.max(1, Math.abs(better)));
}
