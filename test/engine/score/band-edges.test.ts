/** Values exactly on every band edge of Forms 6 and 20, and just either side. */
import { describe, expect, it } from "vitest";
import { scoreAgentMonth } from "~/engine/index.ts";
import { am, builtin } from "../helpers.ts";

const EPS = 1e-9;
type Edge = [edge: number, below: number, at: number, above: number];

function pointsFor(schemeId: string, kpi: string, column: string, value: number): number | null {
  const r = scoreAgentMonth(builtin(schemeId), am({ [column]: value }));
  return r.kpis.find((k) => k.id === kpi)?.points ?? null;
}

function edgeCases(schemeId: string, kpi: string, column: string, edges: Edge[]) {
  describe(`${schemeId} ${kpi}`, () => {
    for (const [edge, below, at, above] of edges) {
      it(`edge ${edge}: ${below} / ${at} / ${above}`, () => {
        expect(pointsFor(schemeId, kpi, column, edge - EPS)).toBe(below);
        expect(pointsFor(schemeId, kpi, column, edge)).toBe(at);
        expect(pointsFor(schemeId, kpi, column, edge + EPS)).toBe(above);
      });
    }
  });
}

// Form 6, higher is better: lower bound inclusive.
edgeCases("seed-monthly", "inquiry_conversion", "inquiry_conversion", [
  [0.6, 26, 30, 30],
  [0.5, 24, 26, 26],
  [0.45, 16, 24, 24],
  [0.38, 0, 16, 16],
]);
edgeCases("seed-monthly", "satisfaction", "satisfaction", [
  [0.9, 20, 30, 30],
  [0.8, 15, 20, 20],
  [0.6, 0, 15, 15],
]);
// Form 6, lower is better: upper bound inclusive.
edgeCases("seed-monthly", "first_response", "first_response_s", [
  [6, 20, 20, 15],
  [12, 15, 15, 12],
  [20, 12, 12, 10],
  [30, 10, 10, 0],
]);
edgeCases("seed-monthly", "avg_response", "avg_response_s", [
  [30, 10, 10, 9],
  [35, 9, 9, 8],
  [45, 8, 8, 6],
  [55, 6, 6, 0],
]);

// Form 20: weighted points = rating × weight / 100.
edgeCases("seed-indicators", "inquiry_conversion", "inquiry_conversion", [
  [0.75, 28, 35, 35],
  [0.65, 21, 28, 28],
  [0.5, 0, 21, 21],
]);
edgeCases("seed-indicators", "reply_rate", "reply_rate", [
  [0.99, 4, 5, 5],
  [0.97, 3, 4, 4],
  [0.95, 0, 3, 3],
]);
edgeCases("seed-indicators", "avg_response", "avg_response_s", [
  [30, 5, 5, 4],
  [45, 4, 4, 3],
  [55, 3, 3, 0],
]);

describe("ratio edges computed from parts (no float drift)", () => {
  it("aov_ratio exactly 1.35 from sums, Form 6", () => {
    // agent AOV 135 / shop AOV 100 = 1.35 → 20
    const r = scoreAgentMonth(
      builtin("seed-monthly"),
      am({ agent_sales: 13_500, paid_buyers: 100, shop_sales: 10_000, shop_buyers: 100 }),
    );
    expect(r.kpis[1]?.points).toBe(20);
  });

  it("payment_rate exactly 92%, Form 20: rating 100 × 20%", () => {
    const r = scoreAgentMonth(
      builtin("seed-indicators"),
      am({ paid_orders: 92, placed_orders: 100 }),
    );
    expect(r.kpis[1]?.points).toBe(20);
  });
});

describe("float drift at band edges", () => {
  it("a ratio of ratios that lands 1 ulp below an edge still matches it", () => {
    // agent AOV 110/3, shop AOV 100/3: Y = 1.0999999999999999 in floating point, meant as 1.10
    const r = scoreAgentMonth(
      builtin("seed-monthly"),
      am({ agent_sales: 110, paid_buyers: 3, shop_sales: 100, shop_buyers: 3 }),
    );
    expect(r.kpis[1]).toMatchObject({ points: 10, band: { index: 3 } });
  });
});
