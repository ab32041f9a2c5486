/** Invariants of scoring, checked with fast-check over the built-in and sample schemes. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreAgentMonth, scoreAll } from "~/engine/index.ts";
import type { BandedKpi } from "~/engine/scheme/types.ts";
import type { AgentMonth } from "~/engine/types.ts";
import { am, builtin } from "../helpers.ts";

const MONOTONE = ["seed-monthly", "seed-indicators", "seed-form18-manager", "seed-form9-letter"];

/** The single column a banded KPI reads when given directly (for monotonicity tests). */
function directColumn(k: BandedKpi): string {
  if (k.metric?.kind === "column") return k.metric.column;
  if (k.metric?.kind === "ratio" && k.metric.fallback) return k.metric.fallback;
  return k.metricRef;
}

describe("scoring invariants", () => {
  it("a better value never scores fewer points", () => {
    for (const id of MONOTONE) {
      const s = builtin(id);
      for (const k of s.kpis) {
        // Ratios without a direct column (aov_ratio, payment_rate) are covered by the edge tests.
        if (k.kind !== "banded" || (k.metric?.kind === "ratio" && !k.metric.fallback)) continue;
        const col = directColumn(k);
        fc.assert(
          fc.property(
            fc.double({ min: 0, max: 200, noNaN: true }),
            fc.double({ min: 0, max: 200, noNaN: true }),
            (a, b) => {
              const [worse, better] =
                k.better === "higher"
                  ? [Math.min(a, b), Math.max(a, b)]
                  : [Math.max(a, b), Math.min(a, b)];
              const p = (v: number) =>
                scoreAgentMonth(s, am({ [col]: v })).kpis.find((x) => x.id === k.id)?.points ??
                null;
              const pw = p(worse);
              const pb = p(better);
              expect(pw).not.toBeNull();
              expect(pb ?? -1).toBeGreaterThanOrEqual(pw ?? 0);
            },
          ),
          { numRuns: 200 },
        );
      }
    }
  });

  const monthly = fc.record(
    {
      paid_buyers: fc.integer({ min: 0, max: 500 }),
      inquiries: fc.integer({ min: 0, max: 1000 }),
      agent_aov: fc.double({ min: 1, max: 500, noNaN: true }),
      shop_aov: fc.double({ min: 1, max: 500, noNaN: true }),
      first_response_s: fc.double({ min: 0, max: 120, noNaN: true }),
      avg_response_s: fc.double({ min: 0, max: 120, noNaN: true }),
      satisfaction: fc.double({ min: 0, max: 1, noNaN: true }),
      paid_orders: fc.integer({ min: 0, max: 500 }),
      placed_orders: fc.integer({ min: 0, max: 500 }),
      reply_rate: fc.double({ min: 0, max: 1, noNaN: true }),
    },
    { requiredKeys: [] },
  );

  it("totals never exceed the maximum (no bonus items); missing never scores 0", () => {
    fc.assert(
      fc.property(monthly, fc.constantFrom("seed-monthly", "seed-indicators"), (values, id) => {
        const s = builtin(id);
        const r = scoreAgentMonth(s, am(values as Record<string, number>));
        expect(r.total).toBeLessThanOrEqual(s.max + 1e-9);
        for (const k of r.kpis) {
          if (k.status === "scored") expect(k.points).not.toBeNull();
          else {
            expect(k.points).toBeNull();
            expect(k.band).toBeNull();
            expect(r.complete).toBe(false);
          }
        }
        const missingInputs = Object.keys(values).length === 0;
        if (missingInputs) expect(r.kpis.every((k) => k.status === "missing")).toBe(true);
      }),
    );
  });

  it("scoring is deterministic and independent of input order", () => {
    const s = builtin("seed-monthly");
    const agents = fc.array(
      fc.record({
        agent: fc.constantFrom("小美", "阿强", "Lily", "小王"),
        month: fc.constantFrom("2026-09", "2026-10", "2026-11"),
        values: monthly as fc.Arbitrary<Record<string, number>>,
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(agents, (list) => {
        const inputs: AgentMonth[] = list.map((x) => ({ ...x, days: 0 }));
        const a = scoreAll(() => s, inputs);
        const b = scoreAll(() => s, [...inputs].reverse());
        const key = (r: (typeof a)[number]) => `${r.month}|${r.agent}|${r.total}`;
        expect(a.map(key).sort()).toEqual(b.map(key).sort());
        expect(a.map((r) => `${r.month}|${r.agent}`)).toEqual(
          b.map((r) => `${r.month}|${r.agent}`),
        );
        expect(scoreAll(() => s, inputs)).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});
