import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kpiTrend } from "~/charts/kpiTrend.ts";
import { multiLine } from "~/charts/multiLine.ts";
import { scoreTrend } from "~/charts/scoreTrend.ts";
import type { ChartGeometry } from "~/charts/types.ts";
import { CONVERSION } from "./helpers.ts";

const month = fc
  .integer({ min: 0, max: 23 })
  .map((i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
const value = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
const series = fc.uniqueArray(fc.record({ month, value }), {
  selector: (d) => d.month,
  maxLength: 14,
});

function numbers(g: ChartGeometry): number[] {
  return g.layers.flatMap((l) =>
    l.marks.flatMap((m) => {
      const nums = Object.values(m).filter((v): v is number => typeof v === "number");
      const inPath = "d" in m ? (m.d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number) : [];
      return [...nums, ...inPath];
    }),
  );
}

describe("chart geometry invariants", () => {
  it("every number is finite and has at most 1 decimal; output is deterministic", () => {
    fc.assert(
      fc.property(series, (values) => {
        const input = {
          kpi: "k",
          unit: "ratio" as const,
          lang: "en" as const,
          values,
          bands: values.map((v) => ({ month: v.month, bands: CONVERSION })),
        };
        const g = kpiTrend(input);
        for (const n of numbers(g)) {
          expect(Number.isFinite(n)).toBe(true);
          expect(Math.round(n * 10) / 10).toBeCloseTo(n, 9);
        }
        expect(kpiTrend(input)).toEqual(g);
      }),
    );
  });

  it("draws exactly one point per present value and one table row per month", () => {
    fc.assert(
      fc.property(series, series, (a, b) => {
        const present = a.filter((d) => d.value !== null).length;
        const g = kpiTrend({ kpi: "k", unit: "ratio", lang: "zh", values: a });
        expect(g.layers.find((l) => l.name === "points")?.marks.length ?? 0).toBe(present);
        expect(g.table.rows).toHaveLength(a.length);
        const m = multiLine({
          title: "t",
          unit: "ratio",
          lang: "en",
          series: [
            { name: "a", values: a },
            { name: "b", values: b },
          ],
        });
        expect(m.table.rows).toHaveLength(new Set([...a, ...b].map((d) => d.month)).size);
        const s = scoreTrend({
          lang: "en",
          values: a.map((d) => ({
            month: d.month,
            value: d.value === null ? null : d.value * 100,
          })),
        });
        expect(numbers(s).every(Number.isFinite)).toBe(true);
      }),
    );
  });
});
