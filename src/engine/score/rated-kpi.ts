/**
 * Scores items that are not metric bands: judgement items (raters within a
 * level's range), per-occurrence deductions, and checklists. An input that is
 * present but invalid is an input error: reported, never scored.
 */

import { inputErrorText } from "../../reasons/input-error-text.ts";
import type { InputExpectation } from "../../reasons/reason.ts";
import type { Values } from "../metric-eval.ts";
import type { ChecklistKpi, DeductionKpi, JudgementKpi, Kpi, SchemeMode } from "../scheme/types.ts";
import type { ChecklistItem, KpiResult, Label, RaterScore } from "../types.ts";
import { weightedPoints } from "../weighting.ts";
import { emptyKpiResult as base, because } from "./empty-result.ts";

const missing = (k: Kpi, inputs: string[], raters?: Label[]): KpiResult =>
  because({ ...base(k) }, { code: "missing-inputs", inputs, ...(raters ? { raters } : {}) });
const invalid = (k: Kpi, input: string, value: number, expected: InputExpectation): KpiResult => {
  const why = { code: "input-error", input, value, expected } as const;
  return because({ ...base(k), error: inputErrorText(why, "en") }, why);
};
const scored = (
  k: Kpi,
  mode: SchemeMode,
  raw: number,
  value: number,
  rule: string,
  index = 0,
): KpiResult => ({
  ...base(k),
  value,
  points: weightedPoints(raw, k.weight, mode),
  ...(mode === "weighted" ? { rating: raw } : {}),
  status: "scored",
  band: { index, rule },
});

/** The lowest score a judgement item's scale allows (0 unless a level starts below). */
export function scaleMin(k: JudgementKpi): number {
  return Math.min(0, ...k.levels.map((l) => l.min));
}

/**
 * Each rater scores the item on the item's own scale (0–max). With a level
 * input, every score must lie in the chosen level's range; without one, the
 * levels are guidance and the combined score is shown in the first level
 * (best first) whose minimum it reaches.
 */
export function scoreJudgement(k: JudgementKpi, v: Values, mode: SchemeMode): KpiResult {
  const absent = k.raters.map((r) => r.input).filter((id) => v[id] === undefined);
  if (k.levelInput !== undefined && v[k.levelInput] === undefined) absent.push(k.levelInput);
  if (absent.length > 0) return partlyRated(k, v, absent);
  let chosen = -1;
  if (k.levelInput !== undefined) {
    const lv = v[k.levelInput] ?? 0;
    if (!Number.isInteger(lv) || lv < 1 || lv > k.levels.length)
      return invalid(k, k.levelInput, lv, { kind: "level", levels: k.levels.length });
    chosen = lv - 1;
  }
  const lo = scaleMin(k);
  let sum = 0;
  let weights = 0;
  for (const r of k.raters) weights += r.weight;
  const raters: RaterScore[] = [];
  for (const r of k.raters) {
    const s = v[r.input] ?? 0;
    const lvl = k.levels[chosen];
    const [min, max] = lvl ? [lvl.min, lvl.max] : [lo, k.rawMax];
    if (!(s >= min && s <= max)) {
      const range: InputExpectation = lvl
        ? { kind: "range", lo: lvl.min, hi: lvl.max, level: lvl.label }
        : { kind: "scale", lo, hi: k.rawMax };
      return invalid(k, r.input, s, range);
    }
    sum += s * r.weight;
    raters.push({
      input: r.input,
      label: raterLabel(r),
      score: s,
      weight: (100 * r.weight) / weights,
    });
  }
  const combined = sum / weights;
  if (chosen < 0) chosen = k.levels.findIndex((l) => combined >= l.min);
  const lvl = k.levels[chosen];
  const rule = lvl ? `${lvl.label.zh} ${lvl.min}–${lvl.max}` : `${lo}–${k.rawMax}`;
  return { ...scored(k, mode, combined, combined, rule, Math.max(chosen, 0)), raters };
}

const raterLabel = (r: JudgementKpi["raters"][number]): Label =>
  r.label ?? { zh: r.input, en: r.input };

/**
 * A judgement item some rater (or the level) left empty: not scored (never a
 * missing rating counted as 0), the month incomplete. The scores that were
 * given stay on the result, the others null, so the form and the downloads
 * still show what each rater gave and who did not rate.
 */
function partlyRated(k: JudgementKpi, v: Values, absent: string[]): KpiResult {
  const labels = k.raters.filter((r) => absent.includes(r.input)).map(raterLabel);
  const r = missing(k, absent, labels.length === absent.length ? labels : undefined);
  if (!k.raters.some((x) => v[x.input] !== undefined)) return r;
  let weights = 0;
  for (const x of k.raters) weights += x.weight;
  r.raters = k.raters.map((x) => ({
    input: x.input,
    label: raterLabel(x),
    score: v[x.input] ?? null,
    weight: (100 * x.weight) / weights,
  }));
  return r;
}

export function scoreDeduction(k: DeductionKpi, v: Values, mode: SchemeMode): KpiResult {
  const n = v[k.input];
  if (n === undefined) return missing(k, [k.input]);
  if (!Number.isInteger(n) || n < 0) return invalid(k, k.input, n, { kind: "count" });
  const wiped = k.wipeoutAt !== undefined && n >= k.wipeoutAt;
  const raw = wiped ? 0 : Math.max(0, k.rawMax - n * k.each);
  return { ...scored(k, mode, raw, n, k.rule), each: -k.each };
}

export function scoreChecklist(k: ChecklistKpi, v: Values, mode: SchemeMode): KpiResult {
  const absent = k.items.map((i) => i.input).filter((id) => v[id] === undefined);
  if (absent.length > 0) return missing(k, absent);
  let unmet = 0;
  const items: ChecklistItem[] = [];
  for (const item of k.items) {
    const met = v[item.input];
    if (met !== 0 && met !== 1)
      return invalid(k, item.input, met ?? Number.NaN, { kind: "tick", words: "met" });
    if (met === 0) unmet++;
    items.push({ input: item.input, label: item.label, met: met === 1 });
  }
  return { ...scored(k, mode, Math.max(0, k.rawMax - unmet * k.each), unmet, k.rule), items };
}
