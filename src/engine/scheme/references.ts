/**
 * Semantic checks zod cannot express: unknown metrics, undeclared inputs,
 * missing weights, letter grades without points, duplicate ids. All reported.
 */
import { formatValue } from "../format.ts";
import { METRICS, type MetricUnit } from "../metrics.ts";
import { own } from "../own.ts";
import type { Report } from "./issues.ts";
import type { RawBand, RawScheme } from "./raw-schema.ts";

/** A ratio's bound as written and in percent ("0.45 (45%)"): the studio's fields are in percent. */
const bound = (v: number, unit?: MetricUnit) =>
  unit === "ratio" ? `${v} (${formatValue(v, unit)})` : String(v);

const aboveMax = (min: number, max: number, unit?: MetricUnit) => ({
  en: `min ${bound(min, unit)} is above max ${bound(max, unit)}`,
  zh: `下限 ${bound(min, unit)} 高于上限 ${bound(max, unit)}`,
});

function checkBand(
  b: RawBand,
  path: string,
  gradePoints: Record<string, number> | undefined,
  error: Report,
  unit?: MetricUnit,
) {
  if (b.min !== undefined && b.max !== undefined && b.min > b.max)
    error(`${path}.min`, aboveMax(b.min, b.max, unit));
  if (b.points === undefined && b.grade === undefined)
    error(path, {
      en: "a band needs points or a grade",
      zh: "每一档都要有分值（points）或等级（grade）",
    });
  if (b.grade !== undefined && own(gradePoints, b.grade) === undefined)
    error(`${path}.grade`, {
      en: `grade '${b.grade}' has no points: add it to gradePoints`,
      zh: `等级 '${b.grade}' 没有对应的分值：请把它加进 gradePoints`,
    });
}

export function checkReferences(s: RawScheme, error: Report): void {
  const inputs = new Set((s.inputs ?? []).map((i) => i.id));
  const needInput = (id: string, path: string) => {
    if (!inputs.has(id))
      error(path, {
        en: `input '${id}' is not declared under inputs`,
        zh: `输入 '${id}' 没有在 inputs 下声明`,
      });
  };
  const seen = new Set<string>();
  s.kpis.forEach((k, i) => {
    const at = `kpis[${i}]`;
    if (seen.has(k.id))
      error(`${at}.id`, { en: `duplicate KPI id '${k.id}'`, zh: `考核项 id 重复：'${k.id}'` });
    seen.add(k.id);
    if (s.mode === "weighted" && k.weight === undefined)
      error(`${at}.weight`, {
        en: "weighted mode needs a weight",
        zh: "加权模式（weighted）下每项都要有权重（weight）",
      });
    if (k.type === undefined || k.type === "banded" || k.type === "linear") {
      const ref = k.metric ?? k.id;
      const metric = own(METRICS, ref);
      if (!metric && !inputs.has(ref))
        error(`${at}.metric`, {
          en: `unknown metric '${ref}': use a catalogue metric or a declared input`,
          zh: `未知的指标 '${ref}'：请用指标目录里的指标，或已声明的输入`,
        });
      if (!metric && !k.unit)
        error(`${at}.unit`, {
          en: `input metric '${ref}' needs a unit`,
          zh: `输入指标 '${ref}' 需要单位（unit）`,
        });
    }
    if (k.type === undefined || k.type === "banded") {
      const unit = own(METRICS, k.metric ?? k.id)?.unit ?? k.unit;
      for (const [j, b] of k.bands.entries())
        checkBand(b, `${at}.bands[${j}]`, k.gradePoints, error, unit);
      for (const [m, season] of (k.seasons ?? []).entries())
        for (const [j, b] of season.bands.entries())
          checkBand(b, `${at}.seasons[${m}].bands[${j}]`, k.gradePoints, error, unit);
    } else if (k.type === "judgement") {
      for (const [j, r] of k.raters.entries()) needInput(r.input, `${at}.raters[${j}].input`);
      const weighted = k.raters.filter((r) => r.weight !== undefined).length;
      if (weighted !== 0 && weighted !== k.raters.length)
        error(`${at}.raters`, {
          en: "give every rater a weight, or none (equal average)",
          zh: "要么给每位评分人都设权重，要么都不设（等权平均）",
        });
      if (k.level !== undefined) needInput(k.level, `${at}.level`);
      k.levels.forEach((l, j) => {
        if (l.min > l.max) error(`${at}.levels[${j}].min`, aboveMax(l.min, l.max));
        if (l.max > k.max)
          error(`${at}.levels[${j}].max`, {
            en: `max ${l.max} is above the item's ${k.max}`,
            zh: `上限 ${l.max} 高于该项满分 ${k.max}`,
          });
      });
    } else if (k.type === "deduction") needInput(k.input, `${at}.input`);
    else if (k.type === "checklist")
      for (const [j, it] of k.items.entries()) needInput(it.input, `${at}.items[${j}].input`);
  });
  for (const [i, a] of (s.adjustments ?? []).entries())
    needInput(a.input, `adjustments[${i}].input`);
  s.veto?.forEach((v, i) => {
    needInput(v.input, `veto[${i}].input`);
    const effect = v.effect;
    if (effect !== "zero" && !s.grades?.some((g) => g.grade === effect.capGrade))
      error(`veto[${i}].effect.capGrade`, {
        en: `grade '${effect.capGrade}' is not among grades`,
        zh: `等级 '${effect.capGrade}' 不在 grades 里`,
      });
  });
  for (const [i, p] of (s.composite?.parts ?? []).entries())
    needInput(p.input, `composite.parts[${i}].input`);
}
