/** The month scale places columns exactly where d3's band scale would. */
import { scaleBand } from "d3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frame, monthScale } from "~/charts/frame.ts";

describe("monthScale", () => {
  it("equals scaleBand().padding(0), duplicates and unknown months included (property)", () => {
    const month = fc
      .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(
        fc.array(month, { maxLength: 30 }),
        fc.integer({ min: 100, max: 900 }),
        month,
        (months, width, probe) => {
          const f = frame(width, 200, { top: 10, right: 16, bottom: 20, left: 52 });
          const band = scaleBand<string>().domain(months).range([f.left, f.right]).padding(0);
          const x = monthScale(months, f);
          if (months.length > 0) expect(x.step).toBe(band.step());
          for (const m of [...months, probe]) expect(x.start(m)).toBe(band(m) ?? Number.NaN);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
