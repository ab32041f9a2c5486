/** Total → grade → performance pay; veto caps. Pure. */
import { contains } from "../format.ts";
import type { Scheme } from "../scheme/types.ts";

/** Grades are listed best first: the first whose min the total reaches. */
export function gradeFor(scheme: Scheme, total: number, cap?: string): string | null {
  let index = scheme.grades.findIndex((g) => g.min === null || total >= g.min);
  if (cap !== undefined)
    index = Math.max(
      index,
      scheme.grades.findIndex((g) => g.grade === cap),
    );
  return scheme.grades[index]?.grade ?? null;
}

/** The pay band containing the total; null in a gap or without pay bands. */
export function payFor(scheme: Scheme, total: number): number | null {
  for (const band of scheme.pay) if (contains(band, total)) return band.amount;
  return null;
}
