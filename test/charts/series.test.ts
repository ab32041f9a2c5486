/** The series path is what d3's line generator writes, gaps and lone points included. */
import { line, scaleLinear } from "d3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frame, monthScale } from "~/charts/frame.ts";
import { alignToMonths, isValue, seriesPath } from "~/charts/series.ts";
import type { MonthValue } from "~/charts/types.ts";

const MONTHS = Array.from({ length: 24 }, (_, i) => {
  const m = 11 + i;
  return `${2024 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, "0")}`;
});

describe("seriesPath", () => {
  it("equals d3's line().defined().digits(1) (property)", () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.double({ min: -1e4, max: 1e4, noNaN: true }),
      fc.constantFrom(0, -0, 0.05, -0.05, 0.25),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 }),
        fc.array(value, { minLength: 24, maxLength: 24 }),
        fc.tuple(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 1, max: 1e4 })),
        (n, raw, [lo, span]) => {
          const months = MONTHS.slice(0, n);
          const f = frame(400, 210, { top: 14, right: 16, bottom: 24, left: 52 });
          const x = monthScale(months, f);
          const y = scaleLinear()
            .domain([lo, lo + span])
            .range([f.bottom, f.top]);
          // Some months absent from the input, to exercise the alignment too.
          const values: MonthValue[] = months
            .map((month, i) => ({ month, value: raw[i] ?? null }))
            .filter((_, i) => i % 7 !== 3);
          const d3 = line<MonthValue>()
            .defined((d) => isValue(d.value))
            .x((d) => x.center(d.month))
            .y((d) => y(d.value ?? 0))
            .digits(1);
          expect(seriesPath(values, x, y)).toBe(d3(alignToMonths(values, months)) ?? "");
        },
      ),
      { numRuns: 2000 },
    );
  });
});
