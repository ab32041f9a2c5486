/**
 * Semantic checks zod cannot express: unknown metrics, undeclared inputs,
 * missing weights, letter grades without points, duplicate ids. All reported.
 */
import { METRICS } from "../metrics.ts";
import { own } from "../own.ts";
import type { RawBand, RawScheme } from "./raw-schema.ts";

type Report = (path: string, message: string) => void;

function checkBand(
  b: RawBand,
  path: string,
  gradePoints: Record<string, number> | undefined,
  error: Report,
) {
  if (b.min !== undefined && b.max !== undefined && b.min > b.max)
    error(`${path}.min`, `min ${b.min} is above max ${b.max}`);
  if (b.points === undefined && b.grade === undefined)
    error(path, "a band needs points or a grade");
  if (b.grade !== undefined && own(gradePoints, b.grade) === undefined)
    error(`${path}.grade`, `grade '${b.grade}' has no points: add it to gradePoints`);
}

export function checkReferences(s: RawScheme, error: Report): void {
  const inputs = new Set((s.inputs ?? []).map((i) => i.id));
  const needInput = (id: string, path: string) => {
    if (!inputs.has(id)) error(path, `input '${id}' is not declared under inputs`);
  };
  const seen = new Set<string>();
  s.kpis.forEach((k, i) => {
    const at = `kpis[${i}]`;
    if (seen.has(k.id)) error(`${at}.id`, `duplicate KPI id '${k.id}'`);
    seen.add(k.id);
    if (s.mode === "weighted" && k.weight === undefined)
      error(`${at}.weight`, "weighted mode needs a weight");
    if (k.type === undefined || k.type === "banded" || k.type === "linear") {
      const ref = k.metric ?? k.id;
      const metric = own(METRICS, ref);
      if (!metric && !inputs.has(ref))
        error(
          `${at}.metric`,
          `unknown metric '${ref}': use a catalogue metric or a declared input`,
        );
      if (!metric && !k.unit) error(`${at}.unit`, `input metric '${ref}' needs a unit`);
    }
    if (k.type === undefined || k.type === "banded") {
      for (const [j, b] of k.bands.entries())
        checkBand(b, `${at}.bands[${j}]`, k.gradePoints, error);
      for (const [m, season] of (k.seasons ?? []).entries())
        for (const [j, b] of season.bands.entries())
          checkBand(b, `${at}.seasons[${m}].bands[${j}]`, k.gradePoints, error);
    } else if (k.type === "judgement") {
      for (const [j, r] of k.raters.entries()) needInput(r.input, `${at}.raters[${j}].input`);
      const weighted = k.raters.filter((r) => r.weight !== undefined).length;
      if (weighted !== 0 && weighted !== k.raters.length)
        error(`${at}.raters`, "give every rater a weight, or none (equal average)");
      if (k.level !== undefined) needInput(k.level, `${at}.level`);
      k.levels.forEach((l, j) => {
        if (l.min > l.max) error(`${at}.levels[${j}].min`, `min ${l.min} is above max ${l.max}`);
        if (l.max > k.max)
          error(`${at}.levels[${j}].max`, `max ${l.max} is above the item's ${k.max}`);
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
      error(`veto[${i}].effect.capGrade`, `grade '${effect.capGrade}' is not among grades`);
  });
  for (const [i, p] of (s.composite?.parts ?? []).entries())
    needInput(p.input, `composite.parts[${i}].input`);
}
