import { describe, expect, it } from "vitest";
import { bandsFor, kpiMeta, METRICS, requiredColumns, schemeInputs } from "~/engine/index.ts";
import { builtin } from "./helpers.ts";

describe("scheme views", () => {
  it("requiredColumns lists every way to compute a KPI", () => {
    const cols = requiredColumns(builtin("seed-monthly"));
    expect(cols[0]).toEqual({
      kpi: "inquiry_conversion",
      label: METRICS.inquiry_conversion?.label,
      alternatives: [["paid_buyers", "inquiries"], ["inquiry_conversion"]],
    });
    expect(cols[1]?.alternatives).toEqual([
      ["agent_sales", "paid_buyers", "shop_sales", "shop_buyers"],
      ["agent_sales", "paid_buyers", "shop_aov"],
      ["agent_aov", "shop_sales", "shop_buyers"],
      ["agent_aov", "shop_aov"],
    ]);
    expect(cols[2]?.alternatives).toEqual([["first_response_s"]]);
    expect(requiredColumns(builtin("seed-form3-raters"))[0]?.alternatives).toEqual([
      ["self_presales", "sup_presales"],
    ]);
  });

  it("schemeInputs lists declared columns with headers and the rule their values follow", () => {
    const inputs = schemeInputs(builtin("seed-form2-property"));
    expect(inputs[0]).toEqual({
      id: "appearance_violations",
      headers: ["仪容仪表违规次数", "appearance_violations"],
      label: { zh: "仪容仪表违规次数", en: "appearance violations" },
      kind: "count",
      min: 0,
    });
  });

  it("infers each input's kind and range from its use", () => {
    const rule = (scheme: string, id: string) => {
      const { kind, min, max, levels } =
        schemeInputs(builtin(scheme)).find((i) => i.id === id) ?? {};
      return { kind, min, max, levels: levels?.length };
    };
    const none = { levels: undefined };
    // a rater's score on the item's scale; a plan score out of its part's maximum
    expect(rule("seed-form3-raters", "sup_presales")).toEqual({
      kind: "score",
      min: 0,
      max: 10,
      ...none,
    });
    expect(rule("seed-form3-raters", "work_plan")).toEqual({
      kind: "score",
      min: 0,
      max: 100,
      ...none,
    });
    expect(rule("seed-form19-360", "plan_completion_panel")).toMatchObject({
      kind: "score",
      max: 12,
    });
    // ticks, counts, ratios, parts of a catalogue ratio
    expect(rule("seed-form18-manager", "solved_3d")).toMatchObject({ kind: "tick" });
    expect(rule("seed-form10-supervisor", "late_information")).toMatchObject({
      kind: "count",
      min: 0,
    });
    expect(rule("seed-form9-letter", "data_accuracy")).toMatchObject({
      kind: "ratio",
      min: 0,
      max: 1,
    });
    expect(rule("seed-form9-letter", "revisits_done")).toMatchObject({ kind: "amount", min: 0 });
    // declared in the scheme: a satisfaction score 0–100
    expect(rule("seed-form18-manager", "satisfaction_score")).toMatchObject({
      kind: "score",
      max: 100,
    });
  });

  it("kpiMeta gives label, formula, unit, direction and max", () => {
    const meta = kpiMeta(builtin("seed-indicators"));
    expect(meta[0]).toMatchObject({
      id: "inquiry_conversion",
      unit: "ratio",
      better: "higher",
      max: 35,
      weight: 35,
    });
    expect(meta[0]?.formula.zh).toBe("最终付款人数 / 询单人数");
    expect(meta[4]).toMatchObject({ id: "avg_response", unit: "seconds", better: "lower", max: 5 });
  });

  it("bandsFor orders bands by value and applies the season", () => {
    const views = bandsFor(builtin("seed-monthly"), "first_response", "2026-09");
    expect(views.map((b) => b.rule)).toEqual([
      "ST ≤ 6 → 20",
      "6 < ST ≤ 12 → 15",
      "12 < ST ≤ 20 → 12",
      "20 < ST ≤ 30 → 10",
      "ST > 30 → 0",
    ]);
    expect(views.map((b) => b.tone)).toEqual(["best", "good", "fair", "fair", "poor"]);
    const weighted = bandsFor(builtin("seed-indicators"), "inquiry_conversion", "2026-09");
    expect(weighted.map((b) => b.points)).toEqual([0, 21, 28, 35]);
    expect(bandsFor(builtin("seed-monthly"), "nope", "2026-09")).toEqual([]);
  });
});
