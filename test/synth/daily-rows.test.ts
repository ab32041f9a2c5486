import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayContext } from "~/synth/calendar.ts";
import { aftersalesDay, fillShopTotals, presalesDay } from "~/synth/daily-rows.ts";
import { skillAt, trajectories } from "~/synth/personas.ts";
import { createRng } from "~/synth/prng.ts";
import { type KpiLean, targetsFor } from "~/synth/quality.ts";

const noLean: KpiLean = {
  conversion: 0,
  aovRatio: 0,
  firstResponseS: 0,
  avgResponseS: 0,
  satisfaction: 0,
  replyRate: 0,
  refundRate: 0,
  paymentRate: 0,
};
const dates = ["2025-11-11", "2026-02-17", "2026-03-04", "2026-06-18", "2026-10-31"];

describe("daily rows", () => {
  it("keep counts consistent for any seed, skill and day", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...dates),
        (seed, skill, date) => {
          const rng = createRng(seed);
          const day = dayContext(date);
          const targets = targetsFor(skill, noLean);
          const rows = [1, 2, 3].map(() => presalesDay(rng, "a", day, targets, 1, 168));
          fillShopTotals(rng, rows, 168);
          for (const r of rows) {
            expect(r.paidBuyers).toBeLessThanOrEqual(r.inquiries);
            expect(r.inquiries).toBeLessThanOrEqual(r.received);
            expect(r.satisfiedReviews ?? 0).toBeLessThanOrEqual(r.reviews ?? 0);
            expect(r.paidOrders).toBeLessThanOrEqual(r.placedOrders);
            expect(r.paidBuyers).toBeLessThanOrEqual(r.paidOrders);
            expect(r.agentSales).toBeLessThanOrEqual(r.shopSales);
            expect(r.firstResponseS).toBeGreaterThan(0);
          }
          const buyers = rows.reduce((n, r) => n + r.paidBuyers, 0);
          expect(rows[0]?.shopBuyers).toBeGreaterThan(buyers);
          const after = aftersalesDay(rng, "b", day, targets, 1);
          expect(after.replied).toBeLessThanOrEqual(after.received);
          expect(after.refunds).toBeLessThanOrEqual(after.deals);
          expect(after.satisfiedReviews ?? 0).toBeLessThanOrEqual(after.reviews ?? 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("skillAt", () => {
  it("stays within [0, 1] for every trajectory", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...trajectories),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(23),
        fc.boolean(),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (trajectory, base, monthIndex, peakMonth, wobble) => {
          const at = { monthIndex, tenureMonths: monthIndex, span: 24, peakMonth };
          const skill = skillAt({ trajectory, base }, at, wobble);
          return skill >= 0 && skill <= 1;
        },
      ),
    );
  });

  it("moves improvers up and decliners down", () => {
    const start = { monthIndex: 0, tenureMonths: 0, span: 12, peakMonth: false };
    const end = { ...start, monthIndex: 11, tenureMonths: 11 };
    const up = { trajectory: "improving", base: 0.3 } as const;
    const down = { trajectory: "declining", base: 0.8 } as const;
    expect(skillAt(up, end, 0)).toBeGreaterThan(skillAt(up, start, 0) + 0.3);
    expect(skillAt(down, end, 0)).toBeLessThan(skillAt(down, start, 0) - 0.3);
  });
});
