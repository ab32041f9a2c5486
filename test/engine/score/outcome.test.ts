/** Total → grade and pay: the best grade reached, in any listed order, compared as pay bands compare. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Scheme } from "~/engine/scheme/types.ts";
import { gradeFor, payFor } from "~/engine/score/outcome.ts";
import { builtin } from "../helpers.ts";

const withGrades = (grades: Scheme["grades"]): Scheme => ({ ...builtin("seed-monthly"), grades });
const BEST_FIRST: Scheme["grades"] = [
  { grade: "S", min: 90 },
  { grade: "A", min: 80 },
  { grade: "B", min: 70 },
  { grade: "D", min: null },
];

describe("gradeFor", () => {
  it("gives the best grade reached whatever order the grades are listed in", () => {
    const worstFirst = withGrades([...BEST_FIRST].reverse());
    const shuffled = withGrades([
      BEST_FIRST[2],
      BEST_FIRST[0],
      BEST_FIRST[3],
      BEST_FIRST[1],
    ] as Scheme["grades"]);
    for (const [total, grade] of [
      [95, "S"],
      [84, "A"],
      [70, "B"],
      [12, "D"],
    ] as const) {
      expect(gradeFor(withGrades(BEST_FIRST), total)).toBe(grade);
      expect(gradeFor(worstFirst, total)).toBe(grade);
      expect(gradeFor(shuffled, total)).toBe(grade);
    }
  });

  it("reads a sum of points a hair under a min as that min, as pay does (9.7 + 25.9 + 15.9 + 8.5 is 60)", () => {
    const total = 9.7 + 25.9 + 15.9 + 8.5;
    expect(total).toBeLessThan(60);
    const s = builtin("seed-form15-pay");
    const at60 = {
      ...s,
      grades: [
        { grade: "C", min: 60 },
        { grade: "D", min: null },
      ],
    };
    expect(gradeFor(at60, total)).toBe("C");
    expect(gradeFor(at60, 59.99)).toBe("D");
    expect(payFor(s, total)).toBe(payFor(s, 60));
  });

  it("caps the grade at a veto's, never raises it, and gives none below every min", () => {
    const s = withGrades(BEST_FIRST);
    expect(gradeFor(s, 95, "B")).toBe("B");
    expect(gradeFor(s, 75, "A")).toBe("B");
    const noFloor = withGrades(BEST_FIRST.slice(0, 3));
    expect(gradeFor(noFloor, 50)).toBeNull();
    expect(gradeFor(noFloor, 50, "B")).toBeNull();
  });

  it("a higher total never gets a worse grade (property)", () => {
    const s = withGrades([...BEST_FIRST].reverse());
    const rank = (g: string | null) => ["S", "A", "B", "D"].indexOf(g ?? "");
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 120, noNaN: true }),
        fc.double({ min: 0, max: 120, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(rank(gradeFor(s, hi))).toBeLessThanOrEqual(rank(gradeFor(s, lo)));
        },
      ),
    );
  });
});
