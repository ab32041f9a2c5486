/**
 * What each scheme input holds, so ingest can check every rated value when it
 * is read and fold it the right way: a rater's score (within the item's
 * scale), a level (1…n), a tick (met or not), a count (non-negative whole
 * number), a ratio (a fraction or `95%`) or an amount. Declared on the input
 * (`kind`, `min`, `max`) or else inferred from where the scheme uses it.
 * Scores, levels, ticks and ratios are given once per agent-month; counts
 * and amounts sum over days. Pure.
 */
import { refAlternatives } from "../metric-eval.ts";
import type { Label } from "../types.ts";
import type { RawScheme } from "./raw-schema.ts";
import type { InputKind, InputRule, Kpi } from "./types.ts";

/** Kinds given once a month: a daily row holding one is an error, not a sum. */
export const MONTHLY_KINDS: ReadonlySet<InputKind> = new Set(["score", "level", "tick", "ratio"]);

const byUnit: Record<string, InputKind> = {
  ratio: "ratio",
  score: "score",
  count: "count",
  yuan: "amount",
  multiple: "amount",
  seconds: "amount",
};

/** The rule each declared input follows: declared fields first, then the first use found. */
export function inputRules(raw: RawScheme, kpis: readonly Kpi[]): Map<string, InputRule> {
  const used = new Map<string, InputRule>();
  const use = (id: string, rule: InputRule) => {
    if (!used.has(id)) used.set(id, rule);
  };
  for (const k of kpis) {
    if (k.kind === "judgement") {
      const lo = Math.min(0, ...k.levels.map((l) => l.min));
      for (const r of k.raters) use(r.input, { kind: "score", min: lo, max: k.rawMax });
      if (k.levelInput !== undefined)
        use(k.levelInput, {
          kind: "level",
          min: 1,
          max: k.levels.length,
          levels: k.levels.map((l) => l.label),
        });
    } else if (k.kind === "deduction") use(k.input, { kind: "count", min: 0 });
    else if (k.kind === "checklist") for (const item of k.items) use(item.input, { kind: "tick" });
    else {
      const kind = byUnit[k.unit] ?? "amount";
      const rule: InputRule =
        kind === "score"
          ? { kind, min: 0, max: 100 }
          : kind === "ratio"
            ? { kind, min: 0, max: 1 }
            : { kind, min: 0 };
      use(k.metricRef, rule);
      // The parts of a catalogue ratio (回访: done / planned) are non-negative, summed.
      for (const column of refAlternatives(k.metricRef).flat())
        use(column, { kind: "amount", min: 0 });
    }
  }
  for (const a of raw.adjustments ?? []) use(a.input, { kind: "count", min: 0 });
  for (const v of raw.veto ?? []) use(v.input, { kind: "tick" });
  for (const p of raw.composite?.parts ?? [])
    use(p.input, { kind: "score", min: 0, max: p.max ?? 100 });
  const rules = new Map<string, InputRule>();
  for (const input of raw.inputs ?? []) {
    const inferred = used.get(input.id);
    const kind = input.kind ?? inferred?.kind ?? "amount";
    const sameKind = inferred?.kind === kind ? inferred : undefined;
    const min = input.min ?? sameKind?.min ?? (kind === "amount" ? undefined : 0);
    const max = input.max ?? sameKind?.max ?? (kind === "ratio" ? 1 : undefined);
    const levels: Label[] | undefined = sameKind?.levels;
    rules.set(input.id, {
      kind,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(levels ? { levels } : {}),
    });
  }
  return rules;
}

/** How a rule reads to a rater: "0–10", "1 = 高, 2 = 中", "1/0 (是/否, ✓/✗)". */
export function ruleText(rule: InputRule): Label {
  const range = `${rule.min ?? "…"}–${rule.max ?? "…"}`;
  switch (rule.kind) {
    case "tick":
      return { zh: "1 或 0（是/否，✓/✗）", en: "1 or 0 (是/否, ✓/✗)" };
    case "level": {
      const ls = rule.levels ?? [];
      return {
        zh: ls.map((l, i) => `${i + 1} = ${l.zh}`).join("；"),
        en: ls.map((l, i) => `${i + 1} = ${l.en}`).join("; "),
      };
    }
    case "count":
      return { zh: "次数：0 或正整数", en: "count: a whole number ≥ 0" };
    case "ratio":
      return { zh: "比率：如 95% 或 0.95", en: "ratio: e.g. 95% or 0.95" };
    case "score":
      return { zh: `分数 ${range}`, en: `score ${range}` };
    default:
      return rule.min !== undefined || rule.max !== undefined
        ? { zh: `数值 ${range}`, en: `number ${range}` }
        : { zh: "数值", en: "number" };
  }
}
