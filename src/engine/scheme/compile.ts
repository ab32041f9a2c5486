/**
 * Compiles a validated raw scheme once: metrics resolved to evaluators, bands
 * given explicit inclusivity and rule text, season bands indexed by month,
 * maxima computed. Scoring then only walks arrays.
 */
import { formatValue } from "../format.ts";
import { compileRef } from "../metric-eval.ts";
import { METRICS } from "../metrics.ts";
import type { Label } from "../types.ts";
import { weightedPoints } from "../weighting.ts";
import { compileBands, presetNextText, toInterval } from "./compile-bands.ts";
import { inputRules } from "./input-kinds.ts";
import type { RawKpi, RawScheme } from "./raw-schema.ts";
import type { BandSet, InputColumn, Kpi, PayBand, Scheme } from "./types.ts";

const maxOf = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);

function compileKpi(
  k: RawKpi,
  i: number,
  mode: Scheme["mode"],
  inputLabels: Map<string, Label>,
): Kpi {
  const path = `kpis[${i}]`;
  const common = {
    id: k.id,
    path,
    row: i + 1,
    ...(k.weight !== undefined ? { weight: k.weight } : {}),
  };
  const scale = (rawMax: number) => weightedPoints(rawMax, k.weight, mode);
  if (k.type !== "judgement" && k.type !== "deduction" && k.type !== "checklist") {
    const ref = k.metric ?? k.id;
    const metric = METRICS[ref];
    const unit = k.unit ?? metric?.unit ?? "count";
    const better = k.better ?? metric?.better ?? "higher";
    const label = k.label ?? metric?.label ?? inputLabels.get(ref) ?? { zh: k.id, en: k.id };
    const base = {
      ...common,
      label,
      unit,
      better,
      metricRef: ref,
      evaluate: compileRef(ref),
      formula: k.formula ?? metric?.formula ?? label,
      symbol: k.symbol ?? "X",
      integer: k.integer ?? false,
      ...(metric ? { metric } : {}),
    };
    if (k.type === "linear") {
      const rawMax = Math.max(k.from.points, k.to.points);
      const f = (p: { value: number; points: number }) =>
        `${formatValue(p.value, unit)} → ${formatValue(p.points, "score")}`;
      return {
        ...base,
        kind: "linear",
        from: k.from,
        to: k.to,
        rawMax,
        max: scale(rawMax),
        rule: `${f(k.from)} … ${f(k.to)} (linear)`,
      };
    }
    const opts = { better, symbol: base.symbol, unit, gradePoints: k.gradePoints };
    const baseSet: BandSet = {
      bands: compileBands(k.bands, `${path}.bands`, opts),
      path: `${path}.bands`,
    };
    const seasons: BandSet[] = (k.seasons ?? []).map((s, m) => ({
      bands: compileBands(s.bands, `${path}.seasons[${m}].bands`, opts),
      path: `${path}.seasons[${m}]`,
      months: s.months,
      ...(s.label ? { label: s.label } : {}),
    }));
    for (const set of [baseSet, ...seasons]) presetNextText(set, label, mode, k.weight);
    const byMonth = Array.from(
      { length: 13 },
      (_, month) => seasons.find((s) => s.months?.includes(month)) ?? baseSet,
    );
    const rawMax = maxOf([baseSet, ...seasons].flatMap((s) => s.bands.map((b) => b.points)));
    return {
      ...base,
      kind: "banded",
      base: baseSet,
      seasons,
      byMonth,
      rawMax,
      max: scale(rawMax),
      ...(k.gradePoints ? { gradePoints: k.gradePoints } : {}),
    };
  }
  const label = k.label ?? { zh: k.id, en: k.id };
  const score = {
    ...common,
    label,
    formula: label,
    unit: "score" as const,
    better: "higher" as const,
    rawMax: k.max,
    max: scale(k.max),
  };
  if (k.type === "judgement") {
    const equal = k.raters.every((r) => r.weight === undefined);
    return {
      ...score,
      kind: "judgement",
      levels: k.levels.map((l, j) => ({ ...l, path: `${path}.levels[${j}]` })),
      ...(k.level !== undefined ? { levelInput: k.level } : {}),
      raters: k.raters.map((r) => ({
        input: r.input,
        weight: equal ? 1 : (r.weight ?? 0),
        ...(r.label ? { label: r.label } : {}),
      })),
    };
  }
  if (k.type === "deduction") {
    const wipe = k.wipeoutAt !== undefined ? `; ≥ ${k.wipeoutAt} → 0` : "";
    return {
      ...score,
      kind: "deduction",
      input: k.input,
      each: k.each,
      ...(k.wipeoutAt !== undefined ? { wipeoutAt: k.wipeoutAt } : {}),
      rule: `${k.max} − ${k.each} × n, ≥ 0${wipe}`,
    };
  }
  return {
    ...score,
    kind: "checklist",
    each: k.each,
    items: k.items,
    rule: `all met → ${k.max}; each unmet −${k.each}`,
  };
}

export function compileScheme(s: RawScheme): Scheme {
  const inputLabels = new Map((s.inputs ?? []).map((i) => [i.id, i.label] as const));
  const kpis = s.kpis.map((k, i) => compileKpi(k, i, s.mode, inputLabels));
  const rules = inputRules(s, kpis);
  const inputs: InputColumn[] = (s.inputs ?? []).map((i) => ({
    id: i.id,
    label: i.label,
    headers: i.headers,
    ...(rules.get(i.id) ?? { kind: "amount" }),
  }));
  const formMax = kpis.reduce((a, k) => a + k.max, 0);
  const composite = s.composite && {
    form: s.composite.form,
    parts: s.composite.parts.map((p) => ({
      input: p.input,
      label: p.label,
      weight: p.weight,
      max: p.max ?? 100,
    })),
  };
  // Every part of a composite counts as a score out of 100: the maximum is the sum of the weights.
  const max = composite
    ? composite.form + composite.parts.reduce((a, p) => a + p.weight, 0)
    : formMax;
  const pay: PayBand[] = (s.pay ?? []).map((p, i) => ({
    ...toInterval(p, "higher"),
    amount: p.amount,
    path: `pay[${i}]`,
  }));
  return {
    id: s.id,
    label: s.label,
    mode: s.mode,
    max,
    formMax,
    kpis,
    pay,
    inputs,
    adjustments: s.adjustments ?? [],
    vetoes: s.veto ?? [],
    grades: (s.grades ?? []).map((g) => ({ min: g.min ?? null, grade: g.grade })),
    ...(s.role !== undefined ? { role: s.role } : {}),
    ...(s.source !== undefined ? { source: s.source } : {}),
    ...(s.description !== undefined ? { description: s.description } : {}),
    ...(composite ? { composite } : {}),
  };
}
