/** Grade thresholds out of order, and pay bands with gaps or overlaps (Form 15: 60–69; "80–89" as written: pay-edges.ts). */
import { trim } from "../format.ts";
import type { Report } from "../scheme/issues.ts";
import type { Scheme } from "../scheme/types.ts";
import { coverage, payBandText } from "./coverage.ts";
import { checkPayBottom, checkPayTop, payEdgeGap } from "./pay-edges.ts";

export function checkOutcome(s: Scheme, warning: Report, error: Report): void {
  for (let i = 1; i < s.grades.length; i++) {
    const prev = s.grades[i - 1]?.min;
    const cur = s.grades[i]?.min;
    if (prev === null || (prev !== undefined && cur !== undefined && cur !== null && cur >= prev))
      warning(`grades[${i}].min`, {
        en: `grades out of order: list them best first with falling minimums`,
        zh: "等级顺序错乱：请从最好的等级列起，下限逐级降低",
      });
  }
  const fmt = (v: number | null) => (v === null ? "∞" : trim(v));
  const band = (i: number) => {
    const b = s.pay[i];
    return b ? `pay[${i}]: ${payBandText(b)}` : "";
  };
  checkPayTop(s, error);
  checkPayBottom(s, error);
  for (const p of coverage(s.pay)) {
    if (payEdgeGap(s, p, error)) continue;
    const where = `${band(p.below)}; ${band(p.above)}`;
    const whereZh = `${band(p.below)}；${band(p.above)}`;
    if (p.kind === "gap")
      warning(`pay[${p.above}]`, {
        en: `pay bands leave a gap: totals from ${fmt(p.from)} to ${fmt(p.to)} get no pay (${where})`,
        zh: `绩效工资分档有空档：总分 ${fmt(p.from)} 到 ${fmt(p.to)} 拿不到绩效工资（${whereZh}）`,
      });
    else
      warning(`pay[${p.above}]`, {
        en: `pay bands overlap from ${fmt(p.from)} to ${fmt(p.to)} (${where})`,
        zh: `绩效工资分档在 ${fmt(p.from)} 到 ${fmt(p.to)} 之间重叠（${whereZh}）`,
      });
  }
}
