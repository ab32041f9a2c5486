/** Rule kinds not covered by the seed forms' worked examples, and missing/undefined handling. */
import { describe, expect, it } from "vitest";
import { scoreAgentMonth, scoreAll } from "~/engine/index.ts";
import { am, builtin, label, scheme } from "../helpers.ts";

describe("missing and undefined are never 0", () => {
  const s = builtin("seed-monthly");

  it("an absent input is status missing with the columns named", () => {
    const r = scoreAgentMonth(s, am({ first_response_s: 5 }));
    const k = r.kpis[0];
    expect(k).toMatchObject({ status: "missing", points: null, value: null, band: null });
    expect(k?.reason).toContain("paid_buyers");
    expect(r.complete).toBe(false);
    expect(r.total).toBe(20); // only first_response scored
  });

  it("a zero denominator is status undefined, even when a direct ratio is given", () => {
    const r = scoreAgentMonth(s, am({ paid_buyers: 0, inquiries: 0, inquiry_conversion: 0.7 }));
    expect(r.kpis[0]).toMatchObject({
      status: "undefined",
      points: null,
      reason: "denominator is 0",
    });
  });

  it("parts win over a direct ratio; the direct ratio is the fallback", () => {
    const parts = scoreAgentMonth(
      s,
      am({ paid_buyers: 40, inquiries: 100, inquiry_conversion: 0.7 }),
    );
    expect(parts.kpis[0]?.value).toBe(0.4);
    const direct = scoreAgentMonth(s, am({ inquiry_conversion: 0.7 }));
    expect(direct.kpis[0]).toMatchObject({ value: 0.7, points: 30 });
  });

  it("incomplete results get no grade and no pay", () => {
    const p = scheme({
      id: "g",
      label,
      mode: "points",
      kpis: [{ id: "satisfaction", bands: [{ points: 100 }] }],
      grades: [{ min: 0, grade: "A" }],
      pay: [{ amount: 1 }],
    });
    expect(scoreAgentMonth(p, am({}))).toMatchObject({ complete: false, grade: null, pay: null });
    expect(scoreAgentMonth(p, am({ satisfaction: 0.5 }))).toMatchObject({ grade: "A", pay: 1 });
  });
});

describe("rule kinds", () => {
  const base = { id: "r", label, mode: "points" as const };

  it("linear: scales between thresholds, clamped", () => {
    const s = scheme({
      ...base,
      kpis: [
        {
          id: "satisfaction",
          type: "linear",
          from: { value: 0.6, points: 0 },
          to: { value: 1, points: 20 },
        },
      ],
    });
    const pts = (v: number) => scoreAgentMonth(s, am({ satisfaction: v })).kpis[0]?.points;
    expect(pts(0.5)).toBe(0);
    expect(pts(0.8)).toBeCloseTo(10, 10); // halfway: 0.2 / 0.4 × 20
    expect(pts(1.2)).toBe(20);
  });

  it("penalties and bonuses sit outside the maxima; missing counts leave the result incomplete", () => {
    const s = scheme({
      ...base,
      inputs: [
        { id: "wrong_data", label, headers: ["数据错误次数"] },
        { id: "praise", label, headers: ["表扬次数"] },
      ],
      kpis: [{ id: "satisfaction", bands: [{ points: 100 }] }],
      adjustments: [
        { id: "wrong", label, input: "wrong_data", points: -10 },
        { id: "bonus", label, input: "praise", points: 5 },
      ],
    });
    const r = scoreAgentMonth(s, am({ satisfaction: 1, wrong_data: 2, praise: 5 }));
    // 100 − 2 × 10 + 5 × 5 = 105 > max 100: bonuses may exceed it
    expect(r.total).toBe(105);
    expect(r.max).toBe(100);
    expect(r.kpis[1]).toMatchObject({ kind: "adjustment", points: -20 });
    expect(scoreAgentMonth(s, am({ satisfaction: 1, praise: 0 })).complete).toBe(false);
  });

  it("veto: zero the total, or cap the grade", () => {
    const common = {
      ...base,
      inputs: [{ id: "critical", label, headers: ["重大事故"] }],
      kpis: [{ id: "satisfaction", bands: [{ points: 100 }] }],
      grades: [{ min: 90, grade: "S" }, { min: 60, grade: "C" }, { grade: "D" }],
    };
    const zero = scheme({
      ...common,
      veto: [{ id: "v", label, input: "critical", effect: "zero" }],
    });
    const r = scoreAgentMonth(zero, am({ satisfaction: 1, critical: 1 }));
    expect(r).toMatchObject({ total: 0, grade: "D", veto: "测试 / test" });
    expect(scoreAgentMonth(zero, am({ satisfaction: 1, critical: 0 }))).toMatchObject({
      total: 100,
      grade: "S",
    });
    const cap = scheme({
      ...common,
      veto: [{ id: "v", label, input: "critical", effect: { capGrade: "C" } }],
    });
    expect(scoreAgentMonth(cap, am({ satisfaction: 1, critical: 1 }))).toMatchObject({
      total: 100,
      grade: "C",
    });
    // The pay is capped with the grade: a C month is paid as the best C total (just under 90).
    const paid = scheme({
      ...common,
      veto: [{ id: "v", label, input: "critical", effect: { capGrade: "C" } }],
      pay: [
        { min: 90, amount: 300 },
        { min: 60, max: 90, amount: 100 },
        { max: 60, amount: 0 },
      ],
    });
    expect(scoreAgentMonth(paid, am({ satisfaction: 1, critical: 1 }))).toMatchObject({
      total: 100,
      grade: "C",
      pay: 100,
    });
    expect(scoreAgentMonth(paid, am({ satisfaction: 1, critical: 0 }))).toMatchObject({
      grade: "S",
      pay: 300,
    });
  });

  it("judgement without a level input: each rater scores on the item's scale, levels are guidance", () => {
    const s = scheme({
      ...base,
      inputs: [
        { id: "a", label, headers: ["a"] },
        { id: "b", label, headers: ["b"] },
      ],
      kpis: [
        {
          id: "j",
          type: "judgement",
          max: 10,
          levels: [
            { label, min: 8, max: 10 },
            { label, min: 0, max: 7 },
          ],
          raters: [{ input: "a" }, { input: "b" }],
        },
      ],
    });
    expect(scoreAgentMonth(s, am({ a: 9, b: 7 })).kpis[0]?.points).toBe(8); // (9 + 7) / 2
    // 7.5 lies between the printed levels but on the 0–10 scale: scored, shown in the lower level
    const between = scoreAgentMonth(s, am({ a: 7.5, b: 7 })).kpis[0];
    expect(between?.points).toBe(7.25);
    expect(between?.band?.index).toBe(1);
    expect(scoreAgentMonth(s, am({ a: 11, b: 7 })).kpis[0]?.error).toBe(
      "a = 11 is outside the item's scale 0–10",
    );
    expect(scoreAgentMonth(s, am({ a: -1, b: 7 })).kpis[0]?.points).toBeNull();
    expect(scoreAgentMonth(s, am({ a: 9 })).kpis[0]?.reason).toBe("missing input: b");
  });

  it("judgement with one of two raters missing: not scored, yet the given score is kept", () => {
    const s = builtin("seed-form3-raters");
    const r = scoreAgentMonth(s, am({ self_presales: 9, work_plan: 90 }));
    const k = r.kpis[0];
    // Never the missing rating as 0 (0.2 × 9 + 0.8 × 0 = 1.8): no points, the month incomplete.
    expect(k).toMatchObject({ status: "missing", points: null, value: null });
    expect(k?.reason).toBe("missing input: sup_presales");
    expect(k?.why).toMatchObject({ raters: [{ zh: "主管", en: "supervisor" }] });
    expect(r.complete).toBe(false);
    expect(r.pay).toBeNull();
    // …but the self score that was given is still there to show, and who did not rate.
    expect(k?.raters).toEqual([
      { input: "self_presales", label: { zh: "自评", en: "self" }, score: 9, weight: 20 },
      { input: "sup_presales", label: { zh: "主管", en: "supervisor" }, score: null, weight: 80 },
    ]);
    // No rater at all: nothing to show (and no rater columns for a month without ratings).
    expect(scoreAgentMonth(s, am({ work_plan: 90 })).kpis[0]?.raters).toBeUndefined();
  });
});

describe("scoreAll", () => {
  it("sorts by month, then agent", () => {
    const s = builtin("seed-monthly");
    const inputs = [am({}, "2026-10", "b"), am({}, "2026-09", "c"), am({}, "2026-10", "a")];
    expect(scoreAll(() => s, inputs).map((r) => `${r.month} ${r.agent}`)).toEqual([
      "2026-09 c",
      "2026-10 a",
      "2026-10 b",
    ]);
  });
});
