/** Worked examples for every built-in seed form, computed by hand in the comments. */
import { describe, expect, it } from "vitest";
import { builtinSchemeIds, getBuiltinScheme, scoreAgentMonth } from "~/engine/index.ts";
import { am, builtin } from "../helpers.ts";

const byId = (r: ReturnType<typeof scoreAgentMonth>, id: string) => r.kpis.find((k) => k.id === id);

describe("built-in schemes", () => {
  it("compiles each when first asked for, once, and knows no other id", () => {
    for (const id of builtinSchemeIds) {
      const scheme = getBuiltinScheme(id);
      expect(scheme?.id).toBe(id);
      expect(getBuiltinScheme(id)).toBe(scheme);
    }
    expect(getBuiltinScheme("toString")).toBeUndefined();
    expect(getBuiltinScheme("seed-nope")).toBeUndefined();
  });

  it("lists every seed form", () => {
    expect([...builtinSchemeIds].sort()).toEqual(
      [
        "seed-monthly",
        "seed-indicators",
        "seed-form15-pay",
        "seed-form3-raters",
        "seed-form2-property",
        "seed-form18-manager",
        "seed-form11-manager",
        "seed-form9-letter",
        "seed-form19-360",
        "seed-form10-supervisor",
        "seed-form16-seasons",
      ].sort(),
    );
  });

  it("Form 6 (seed-monthly), points mode, max 110", () => {
    const r = scoreAgentMonth(
      builtin("seed-monthly"),
      am({
        paid_buyers: 52,
        inquiries: 100, // X = 52%: 60% > X ≥ 50% → 26
        agent_sales: 13_000,
        shop_sales: 100_000,
        shop_buyers: 1000, // agent AOV 250, shop AOV 100 → Y = 2.5 ≥ 1.35 → 20
        first_response_s: 12, // 6 < 12 ≤ 12 → 15
        avg_response_s: 40, // 35 < 40 ≤ 45 → 8
        satisfied_reviews: 85,
        reviews: 100, // 85%: 90% > D ≥ 80% → 20
      }),
    );
    // 26 + 20 + 15 + 8 + 20 = 89
    expect(r.total).toBe(89);
    expect(r.max).toBe(110);
    expect(r.complete).toBe(true);
    expect(byId(r, "inquiry_conversion")?.band?.rule).toBe("60% > X ≥ 50% → 26");
    expect(byId(r, "first_response")?.band?.rule).toBe("6 < ST ≤ 12 → 15");
    const next = byId(r, "inquiry_conversion")?.next;
    expect(next?.gap).toBeCloseTo(0.08);
    expect(next?.pointsGain).toBe(4);
    expect(next?.text.en).toBe("+8 pp Inquiry conversion → +4 points");
    expect(byId(r, "first_response")?.next?.text.zh).toBe("−6 秒 首次响应时间 → +5 分");
  });

  it("Form 20 (seed-indicators), weighted mode, max 75", () => {
    const r = scoreAgentMonth(
      builtin("seed-indicators"),
      am({
        paid_buyers: 70,
        inquiries: 100, // 70%: rating 80 × 35% = 28
        paid_orders: 90,
        placed_orders: 100, // 90%: rating 80 × 20% = 16
        agent_aov: 110,
        shop_aov: 100, // 1.10: rating 80 × 10% = 8
        replied_customers: 990,
        received_customers: 1000, // 99%: rating 100 × 5% = 5
        avg_response_s: 50, // 45 < 50 ≤ 55: rating 60 × 5% = 3
      }),
    );
    // 28 + 16 + 8 + 5 + 3 = 60
    expect(r.total).toBeCloseTo(60, 10);
    expect(r.max).toBe(75);
    expect(byId(r, "inquiry_conversion")).toMatchObject({ rating: 80, points: 28, weight: 35 });
    expect(byId(r, "aov_ratio")?.next?.text.en).toBe("+0.02× AOV ratio → +2 points");
  });

  it("Form 15 (seed-form15-pay): attendance by late arrivals or missed punches, pay bands with the 60–69 gap", () => {
    const s = builtin("seed-form15-pay");
    // 0 times → 6; 6 + 88 = 94 → 90–100 → +300
    expect(scoreAgentMonth(s, am({ late_or_missed_punch: 0, work_score: 88 })).pay).toBe(300);
    // 1 time → 6 − 2 = 4; 4 + 61 = 65 → falls in the gap: no pay
    const gap = scoreAgentMonth(s, am({ late_or_missed_punch: 1, work_score: 61 }));
    expect(gap.total).toBe(65);
    expect(gap.pay).toBeNull();
    // 2 times → 2; 3 or more → 0
    const steps = [2, 3, 7].map(
      (n) => scoreAgentMonth(s, am({ late_or_missed_punch: n, work_score: 50 })).kpis[0]?.points,
    );
    expect(steps).toEqual([2, 0, 0]);
    // 6 + 50 = 56 < 60 → −50
    expect(scoreAgentMonth(s, am({ late_or_missed_punch: 0, work_score: 50 })).pay).toBe(-50);
  });

  it("Form 3 (seed-form3-raters): each rater on the 0–10 scale, self 20% / supervisor 80%, then 60% plan + 40% of the form out of 100", () => {
    const s = builtin("seed-form3-raters");
    const r = scoreAgentMonth(s, am({ self_presales: 10, sup_presales: 7, work_plan: 90 }));
    // item = 0.2 × 10 + 0.8 × 7 = 7.6 (self high, supervisor medium: each on their own);
    // form = 7.6 / 10 → 76 out of 100; final = 0.4 × 76 + 0.6 × 90 = 30.4 + 54 = 84.4
    expect(r.formTotal).toBeCloseTo(7.6, 10);
    expect(r.formMax).toBe(10);
    expect(r.total).toBeCloseTo(84.4, 10);
    expect(r.max).toBe(100);
    expect(r.kpis[0]?.raters).toEqual([
      { input: "self_presales", label: { zh: "自评", en: "self" }, score: 10, weight: 20 },
      { input: "sup_presales", label: { zh: "主管", en: "supervisor" }, score: 7, weight: 80 },
    ]);
    expect(r.composite?.map((p) => [p.id, p.weight, p.score, p.points])).toEqual([
      ["form", 40, expect.closeTo(76, 10), expect.closeTo(30.4, 10)],
      ["work_plan", 60, 90, 54],
    ]);
    // a perfect month is 100
    const top = scoreAgentMonth(s, am({ self_presales: 10, sup_presales: 10, work_plan: 100 }));
    expect(top.total).toBe(100);
    // a rater's score outside 0–10, or a plan above 100, is an error: nothing scored from it
    const bad = scoreAgentMonth(s, am({ self_presales: 10, sup_presales: 11, work_plan: 90 }));
    expect(bad.complete).toBe(false);
    expect(bad.kpis[0]).toMatchObject({ status: "missing", points: null });
    expect(bad.kpis[0]?.error).toBe("sup_presales = 11 is outside the item's scale 0–10");
    const plan = scoreAgentMonth(s, am({ self_presales: 10, sup_presales: 10, work_plan: 150 }));
    expect(plan.complete).toBe(false);
    expect(plan.grade).toBeNull();
    expect(plan.composite?.[1]?.error).toBe("work_plan = 150 is outside 0–100");
  });

  it("Form 10 (seed-form10-supervisor): criteria met or not, −10 per information failure", () => {
    const s = builtin("seed-form10-supervisor");
    const r = scoreAgentMonth(
      s,
      am({
        quick_arrival_met: 1,
        accurate_answers_met: 1,
        courtesy_met: 0, // unmet: 0 of 10
        resolution_met: 1,
        suggestions_met: 1,
        incorrect_data: 1, // −10
        not_found: 0,
        late_information: 2, // −20
      }),
    );
    // 5 + 5 + 0 + 10 + 10 = 30; 30 − 10 − 20 = 0
    expect(r.kpis.map((k) => k.points)).toEqual([5, 5, 0, 10, 10, -10, 0, -20]);
    expect(r.total).toBe(0);
    expect(r.max).toBe(40);
    expect(r.kpis[2]?.items).toEqual([
      { input: "courtesy_met", label: { zh: "客服人员非常有礼貌", en: "Courtesy" }, met: false },
    ]);
    // a negative penalty count never adds points
    const neg = scoreAgentMonth(
      s,
      am({ ...Object.fromEntries(s.inputs.map((i) => [i.id, 1])), incorrect_data: -2 }),
    );
    expect(neg.kpis.find((k) => k.id === "incorrect_data")).toMatchObject({
      points: null,
      error: "incorrect_data = -2 is not a count",
    });
    expect(neg.complete).toBe(false);
  });

  it("Form 16 (seed-form16-seasons): the call-volume bands of the peak season from September", () => {
    const s = builtin("seed-form16-seasons");
    // 1,300 calls: off season ≥ 1,200 → 10; in October (peak) 1,200 ≤ N < 1,500 → 5
    const off = scoreAgentMonth(s, am({ calls_answered: 1300, efficiency_sup: 8 }, "2026-06"));
    const peak = scoreAgentMonth(s, am({ calls_answered: 1300, efficiency_sup: 8 }, "2026-10"));
    expect(off.kpis[0]?.points).toBe(10);
    expect(peak.kpis[0]?.points).toBe(5);
    expect(peak.kpis[0]?.band?.rule).toBe("1500 > N ≥ 1200 → 5");
    // 10 + 8 = 18 and 5 + 8 = 13
    expect([off.total, peak.total]).toEqual([18, 13]);
  });

  it("Form 2 (seed-form2-property): −1 per violation, 3 or more lose all 5", () => {
    const s = builtin("seed-form2-property");
    const r = scoreAgentMonth(
      s,
      am({ appearance_violations: 2, attendance_violations: 3, courtesy_violations: 0 }),
    );
    // 5 − 2 = 3; 3 violations → 0; 5 − 0 = 5 → total 8
    expect(r.kpis.map((k) => k.points)).toEqual([3, 0, 5]);
    expect(r.total).toBe(8);
  });

  it("Form 18 (seed-form18-manager)", () => {
    const r = scoreAgentMonth(
      builtin("seed-form18-manager"),
      am({
        revisits_done: 95,
        revisits_planned: 100, // 95% ≥ 90% → 5
        responded_2h: 1,
        solved_3d: 0,
        solve_rate_full: 1, // one unmet: 30 − 10 = 20
        satisfaction_score: 86, // ≥ 85 → 10
        training_hours: 6, // ≥ 6 → 3
      }),
    );
    // 5 + 20 + 10 + 3 = 38
    expect(r.total).toBe(38);
  });

  it("Form 11 (seed-form11-manager): on the overlaps the first listed band wins", () => {
    const r = scoreAgentMonth(
      builtin("seed-form11-manager"),
      am({
        streamer_talks_week: 3, // in 3–4 (listed first) and 2–3 → 15
        responded_2h: 1,
        solved_3d: 1,
        solve_rate_full: 0, // any unmet: 5 − 5 = 0
        paid_buyers: 60,
        inquiries: 100, // exactly 60%: "≥ 60% → 10" listed before "≤ 60% → 0"
      }),
    );
    // 15 + 0 + 10 = 25
    expect(r.kpis.map((k) => k.points)).toEqual([15, 0, 10]);
    expect(r.total).toBe(25);
  });

  it("Form 9 (seed-form9-letter): letter grades mapped to points", () => {
    const r = scoreAgentMonth(
      builtin("seed-form9-letter"),
      am({ revisits_done: 92, revisits_planned: 100, data_accuracy: 1 }),
    );
    // 92%: 90–100% → C → 20; 100% → A → 30; total 50
    expect(r.kpis[0]?.band?.rule).toBe("100% > X ≥ 90% → C (20)");
    expect(r.total).toBe(50);
  });

  it("Form 19 (seed-form19-360): each item the average of three raters", () => {
    const values: Record<string, number> = {};
    for (const item of [
      "plan_completion",
      "service_satisfaction",
      "relationship",
      "customer_visits",
    ]) {
      values[`${item}_self`] = 12;
      values[`${item}_superior`] = 9;
      values[`${item}_panel`] = 9;
    }
    const r = scoreAgentMonth(builtin("seed-form19-360"), am(values));
    // (12 + 9 + 9) / 3 = 10 per item; 4 items → 40 of 48
    expect(r.kpis.map((k) => k.points)).toEqual([10, 10, 10, 10]);
    expect(r.total).toBe(40);
    expect(r.max).toBe(48);
  });
});
