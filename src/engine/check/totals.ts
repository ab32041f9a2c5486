/**
 * Sum checks: maxima (points mode) or weights (weighted mode) that do not add
 * up to 100, a KPI whose top points disagree with its printed weight
 * (Form 6 rows 2 and 3: 20 points against 15%; Form 18: 10 against 5%), and a
 * composite whose weights do not add up to 100.
 */
import { trim } from "../format.ts";
import type { Report } from "../scheme/issues.ts";
import type { Scheme } from "../scheme/types.ts";

export function checkTotals(s: Scheme, warning: Report): void {
  const rows = (f: (k: Scheme["kpis"][number]) => number) =>
    s.kpis.map((k) => `${trim(f(k))} (row ${k.row} ${k.id})`).join(" + ");
  const rowsZh = (f: (k: Scheme["kpis"][number]) => number) =>
    s.kpis.map((k) => `${trim(f(k))}（第 ${k.row} 行 ${k.id}）`).join(" + ");
  if (s.mode === "points") {
    // A composite takes the form as a score out of 100, whatever its maxima add up to.
    if (!s.composite && Math.abs(s.formMax - 100) > 1e-9)
      warning("kpis", {
        en: `the maxima add up to ${trim(s.formMax)}, not 100: ${rows((k) => k.max)}`,
        zh: `各项满分合计 ${trim(s.formMax)}，不是 100：${rowsZh((k) => k.max)}`,
      });
    const weights = s.kpis.filter((k) => k.weight !== undefined);
    const sumW = weights.reduce((a, k) => a + (k.weight ?? 0), 0);
    if (weights.length === s.kpis.length && Math.abs(sumW - 100) > 1e-9)
      warning("kpis", {
        en: `the weights add up to ${trim(sumW)}%, not 100%: ${rows((k) => k.weight ?? 0)}`,
        zh: `权重合计 ${trim(sumW)}%，不是 100%：${rowsZh((k) => k.weight ?? 0)}`,
      });
    for (const k of weights) {
      if (k.weight !== undefined && Math.abs(k.rawMax - k.weight) > 1e-9)
        warning(`${k.path}.weight`, {
          en: `row ${k.row} (${k.id}): the top band gives ${trim(k.rawMax)} points but the weight is ${trim(k.weight)}%`,
          zh: `第 ${k.row} 行（${k.id}）：最高一档给 ${trim(k.rawMax)} 分，但权重是 ${trim(k.weight)}%`,
        });
    }
  } else {
    const sumW = s.kpis.reduce((a, k) => a + (k.weight ?? 0), 0);
    if (Math.abs(sumW - 100) > 1e-9)
      warning("kpis", {
        en: `the weights add up to ${trim(sumW)}, not 100: ${rows((k) => k.weight ?? 0)}`,
        zh: `权重合计 ${trim(sumW)}，不是 100：${rowsZh((k) => k.weight ?? 0)}`,
      });
    for (const k of s.kpis) {
      if (k.rawMax !== 100)
        warning(`${k.path}`, {
          en: `row ${k.row} (${k.id}): the top rating is ${trim(k.rawMax)}, not 100`,
          zh: `第 ${k.row} 行（${k.id}）：最高分值是 ${trim(k.rawMax)}，不是 100`,
        });
    }
  }
  if (s.composite) {
    const sum = s.composite.form + s.composite.parts.reduce((a, p) => a + p.weight, 0);
    if (Math.abs(sum - 100) > 1e-9)
      warning("composite", {
        en: `the composite weights add up to ${trim(sum)}%, not 100%`,
        zh: `综合成绩各部分权重合计 ${trim(sum)}%，不是 100%`,
      });
  }
}
