/**
 * Read-only views of a compiled scheme for ingest, charts and pages: which
 * columns each KPI needs, the declared extra inputs, KPI metadata, and the
 * bands in force in a month.
 */
import { refAlternatives } from "./metric-eval.ts";
import type { Better, InputColumn, MetricUnit, Scheme } from "./scheme/types.ts";
import type { Label } from "./types.ts";
import { weightedPoints } from "./weighting.ts";

export function requiredColumns(
  scheme: Scheme,
): { kpi: string; label: Label; alternatives: string[][] }[] {
  return scheme.kpis.map((k) => {
    let alternatives: string[][];
    if (k.kind === "banded" || k.kind === "linear") alternatives = refAlternatives(k.metricRef);
    else if (k.kind === "judgement")
      alternatives = [[...k.raters.map((r) => r.input), ...(k.levelInput ? [k.levelInput] : [])]];
    else if (k.kind === "deduction") alternatives = [[k.input]];
    else alternatives = [k.items.map((i) => i.input)];
    return { kpi: k.id, label: k.label, alternatives };
  });
}

/** Every column a scheme can read: its KPIs' inputs (each way of computing them), bonuses, vetoes, composite parts. */
export function schemeColumns(scheme: Scheme): string[] {
  return [
    ...requiredColumns(scheme).flatMap((r) => r.alternatives.flat()),
    ...scheme.adjustments.map((a) => a.input),
    ...scheme.vetoes.map((v) => v.input),
    ...(scheme.composite?.parts.map((p) => p.input) ?? []),
  ];
}

/** The scheme's declared inputs with the rule each value must follow (see scheme/input-kinds.ts). */
export function schemeInputs(scheme: Scheme): InputColumn[] {
  return scheme.inputs.map((i) => ({ ...i, headers: [...i.headers] }));
}

export interface KpiMeta {
  id: string;
  label: Label;
  formula: Label;
  unit: MetricUnit;
  better: Better;
  max: number;
  weight?: number;
  /** Judgement items: the levels as the form prints them ("高 8–10、中 4–7、低 0–3"). */
  guidance?: Label;
  /** The letter the paper form uses in its rules ("D ≥ 90%"). */
  symbol?: string;
}
export function kpiMeta(scheme: Scheme): KpiMeta[] {
  return scheme.kpis.map((k) => ({
    id: k.id,
    label: k.label,
    formula: k.formula,
    unit: k.unit,
    better: k.better,
    max: k.max,
    ...(k.weight !== undefined ? { weight: k.weight } : {}),
    ...(k.kind === "judgement" && k.levels.length > 1
      ? {
          guidance: {
            zh: k.levels.map((l) => `${l.label.zh} ${l.min}–${l.max}`).join("、"),
            en: k.levels.map((l) => `${l.label.en} ${l.min}–${l.max}`).join(", "),
          },
        }
      : {}),
    ...("symbol" in k && k.symbol ? { symbol: k.symbol } : {}),
  }));
}

export interface BandView {
  lo: number | null;
  hi: number | null;
  loInclusive: boolean;
  hiInclusive: boolean;
  /** Points added to the total (weighted points in weighted mode). */
  points: number;
  rule: string;
  tone: "best" | "good" | "fair" | "poor";
}

/**
 * The bands of a banded KPI in force in `month` (`YYYY-MM`), ordered by value
 * ascending (lowest values first, whatever the direction), so a chart can lay
 * them along its axis. Tone ranks points: the top band is best, 0 points poor.
 * Empty for unknown KPIs and for non-banded kinds.
 */
export function bandsFor(scheme: Scheme, kpiId: string, month: string): BandView[] {
  const k = scheme.kpis.find((x) => x.id === kpiId);
  if (k?.kind !== "banded") return [];
  const set = k.byMonth[Number(month.slice(5, 7)) || 0] ?? k.base;
  const top = Math.max(...set.bands.map((b) => b.points));
  const scale = (p: number) => weightedPoints(p, k.weight, scheme.mode);
  const key = (b: { lo: number | null; hi: number | null }) =>
    b.lo ?? (b.hi ?? 0) - Number.MAX_VALUE;
  return [...set.bands]
    .sort((a, b) => key(a) - key(b))
    .map((b) => ({
      lo: b.lo,
      hi: b.hi,
      loInclusive: b.loInclusive,
      hiInclusive: b.hiInclusive,
      points: scale(b.points),
      rule: b.rule,
      tone:
        b.points >= top
          ? "best"
          : b.points <= 0
            ? "poor"
            : b.points >= top * 0.75
              ? "good"
              : "fair",
    }));
}
