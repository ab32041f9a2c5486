import { describe, expect, it } from "vitest";
import { improveSentence } from "~/site/model/improve.ts";
import type { KpiView, SiteKpi } from "~/site/model/site-data.ts";

const view = (unit: KpiView["unit"], better: KpiView["better"] = "higher"): KpiView => ({
  id: "k",
  label: { zh: "客户满意率", en: "customer satisfaction" },
  formula: { zh: "", en: "" },
  unit,
  better,
  max: 30,
});
const kpi = (value: number, gap: number, pointsGain: number): SiteKpi =>
  ({
    id: "k",
    value,
    points: 25,
    max: 30,
    status: "scored",
    next: { rule: 0, gap, pointsGain },
  }) as unknown as SiteKpi;

describe("improveSentence", () => {
  it("says the gap, the value to reach and the points, as a supervisor would", () => {
    expect(improveSentence(kpi(0.862, 0.038, 5), view("ratio"), "客户满意率", "zh")).toBe(
      "客户满意率 再提高 3.8 个百分点（到 90%）可多得 5 分",
    );
    expect(
      improveSentence(kpi(0.862, 0.038, 5), view("ratio"), "customer satisfaction", "en"),
    ).toBe("Raise customer satisfaction by 3.8 percentage points (to 90%) for 5 more points");
  });

  it("shortens times and lowers rates that should be lower", () => {
    expect(improveSentence(kpi(14, -2, 4), view("seconds", "lower"), "首次响应时间", "zh")).toBe(
      "首次响应时间 再缩短 2 秒（到 12 秒）可多得 4 分",
    );
    expect(
      improveSentence(kpi(0.054, -0.004, 5), view("ratio", "lower"), "refund rate", "en"),
    ).toBe("Lower refund rate by 0.4 percentage points (to 5%) for 5 more points");
  });

  it("uses English plural rules: one point, one second", () => {
    expect(improveSentence(kpi(13, -1, 1), view("seconds", "lower"), "first response", "en")).toBe(
      "Cut first response by 1 second (to 12 s) for 1 more point",
    );
  });

  it("says nothing for a KPI without a next band", () => {
    const top = { ...kpi(0.95, 0, 0), next: null } as SiteKpi;
    expect(improveSentence(top, view("ratio"), "x", "zh")).toBe("");
  });
});
