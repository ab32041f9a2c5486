/** The appraisal form explains judgement items: raters and weights, counts, checklist items by name, composite parts. */
import { describe, expect, it } from "vitest";
import { kpiMeta, scoreAgentMonth } from "~/engine/index.ts";
import type { KpiResult } from "~/engine/types.ts";
import type { SiteKpi, SiteResult } from "~/site/model/site-data.ts";
import { checklistValue, compositeRows, kpiDetail } from "~/site/parts/explain.ts";
import { am, builtin } from "../../engine/helpers.ts";

const site = (k: KpiResult | undefined): SiteKpi => {
  if (!k) throw new Error("no kpi");
  return { ...k, band: null, next: null };
};

describe("explained on the form", () => {
  it("each rater's score and weight, and the form's level guidance", () => {
    const s = builtin("seed-form3-raters");
    const r = scoreAgentMonth(s, am({ self_presales: 10, sup_presales: 7, work_plan: 90 }));
    const guidance = kpiMeta(s)[0]?.guidance;
    expect(kpiDetail(site(r.kpis[0]), guidance, "zh")).toBe(
      '<br><small class="muted">自评 10 × 20% + 主管 7 × 80% · 参考：成交率、付款率、响应速度高 8–10、中 4–7、低 0–3</small>',
    );
    expect(kpiDetail(site(r.kpis[0]), guidance, "en")).toContain(
      "self 10 × 20% + supervisor 7 × 80%",
    );
  });

  it("a rater who did not rate is named beside the score the other rater gave", () => {
    const s = builtin("seed-form3-raters");
    const r = scoreAgentMonth(s, am({ self_presales: 9, work_plan: 90 }));
    expect(kpiDetail(site(r.kpis[0]), undefined, "zh")).toBe(
      '<br><small class="muted">自评 9 × 20% + 主管 未评分 × 80%</small>',
    );
    expect(kpiDetail(site(r.kpis[0]), undefined, "en")).toContain(
      "self 9 × 20% + supervisor not rated × 80%",
    );
  });

  it("the composite's parts: the form as a score out of 100, and the plan, with weights", () => {
    const r = scoreAgentMonth(
      builtin("seed-form3-raters"),
      am({ self_presales: 10, sup_presales: 7, work_plan: 90 }),
    );
    const html = compositeRows({ ...r, kpis: [] } as unknown as SiteResult, "en");
    expect(html).toContain("This form: 7.6 / 10 → 76 × 40% = 30.4");
    expect(html).toContain("Monthly work plan: 90 / 100 → 90 × 60% = 54");
  });

  it("a checklist shows how many were met and names the unmet ones", () => {
    const r = scoreAgentMonth(
      builtin("seed-form18-manager"),
      am({ responded_2h: 1, solved_3d: 0, solve_rate_full: 1 }),
    );
    const k = site(r.kpis[1]);
    expect(checklistValue(k, "en")).toBe("2 of 3 met");
    expect(checklistValue(k, "zh")).toBe("2/3 项达标");
    expect(kpiDetail(k, undefined, "zh")).toContain("未达标：3个工作日内解决");
  });

  it("each deduction and penalty with its count", () => {
    const r = scoreAgentMonth(
      builtin("seed-form10-supervisor"),
      am({
        quick_arrival_met: 1,
        accurate_answers_met: 1,
        courtesy_met: 1,
        resolution_met: 1,
        suggestions_met: 1,
        incorrect_data: 2,
        not_found: 0,
        late_information: 0,
      }),
    );
    expect(kpiDetail(site(r.kpis[5]), undefined, "en")).toContain("2 times, −10 each");
    const f2 = scoreAgentMonth(
      builtin("seed-form2-property"),
      am({ appearance_violations: 2, attendance_violations: 0, courtesy_violations: 0 }),
    );
    expect(kpiDetail(site(f2.kpis[0]), undefined, "zh")).toContain("2 次，每次 −1");
  });

  it("a letter grade, and names from schemes are escaped", () => {
    const r = scoreAgentMonth(
      builtin("seed-form9-letter"),
      am({ revisits_done: 95, revisits_planned: 100, data_accuracy: 1 }),
    );
    expect(kpiDetail(site(r.kpis[0]), undefined, "en")).toContain("grade C");
    const evil = site({
      ...(r.kpis[0] as KpiResult),
      raters: [{ input: "x", label: { zh: "<b>", en: "<b>" }, score: 1, weight: 100 }],
    });
    expect(kpiDetail(evil, undefined, "en")).toContain("&lt;b&gt; 1 × 100%");
  });
});
