/**
 * A KPI's outermost band stopping exactly at a value the metric really takes,
 * on its exclusive side: `{ min: 0, max: 0.02 }` on 客户退款率 (lower is better,
 * so min is exclusive) leaves a month with no refunds at all in no band;
 * `{ min: 0.9, max: 1 }` on 满意率 (higher is better, max exclusive) leaves a
 * month at 100 %. Both are the best months a team has, and such a month gets
 * no points, no grade and no pay. A gap beyond the outermost band is otherwise
 * a warning (it usually marks the metric's own bound), which read "gap between
 * −∞ and 0%" and let these pass; at 0 (no metric is negative) and at a ratio's
 * 100 % the value itself is left out, so this is an error saying what to write.
 */
import type { Report } from "../scheme/issues.ts";
import type { Band, BandedKpi } from "../scheme/types.ts";
import type { CoverageProblem } from "./coverage.ts";

type Name = (i: number) => string;

/** Reports the case and returns true when the gap `p` (beyond the outermost band) is one. */
export function naturalEnd(
  k: BandedKpi,
  p: CoverageProblem,
  bands: readonly Band[],
  live: readonly { i: number }[],
  limit: number | null,
  row: string,
  rowZh: string,
  name: Name,
  nameZh: Name,
  error: Report,
): boolean {
  if (p.kind !== "gap") return false;
  // p's indexes are as written; `bands` holds the live ones.
  const band = (written: number) => bands[live.findIndex((l) => l.i === written)];
  if (p.below < 0 && p.to === 0 && band(p.above)?.loInclusive === false) {
    const b = band(p.above);
    error(`${b?.path ?? k.path}.min`, {
      en: `${row}: ${name(p.above)} leaves out 0 itself (min is exclusive${k.better === "lower" ? " when lower is better" : ""}), so a month at exactly 0 matches no band: no points, no grade, no pay; to count 0 in it, drop \`min: 0\` or add \`minInclusive: true\``,
      zh: `${rowZh}：${nameZh(p.above)}不含 0 本身（${k.better === "lower" ? "越低越好时" : ""}下限不含等号），恰好为 0 的月份不在任何一档：没有分数、等级和绩效工资；要把 0 算进这一档，删掉 \`min: 0\` 或加上 \`minInclusive: true\``,
    });
    return true;
  }
  if (limit !== null && p.above < 0 && p.from === limit && band(p.below)?.hiInclusive === false) {
    const b = band(p.below);
    const pct = `${Number((limit * 100).toFixed(4))}%`;
    error(`${b?.path ?? k.path}.max`, {
      en: `${row}: ${name(p.below)} leaves out ${pct} itself (max is exclusive${k.better === "higher" ? " when higher is better" : ""}), so a month at exactly ${pct} matches no band: no points, no grade, no pay; to count ${pct} in it, drop \`max: ${limit}\` or add \`maxInclusive: true\``,
      zh: `${rowZh}：${nameZh(p.below)}不含 ${pct} 本身（${k.better === "higher" ? "越高越好时" : ""}上限不含等号），恰好为 ${pct} 的月份不在任何一档：没有分数、等级和绩效工资；要把 ${pct} 算进这一档，删掉 \`max: ${limit}\` 或加上 \`maxInclusive: true\``,
    });
    return true;
  }
  return false;
}
