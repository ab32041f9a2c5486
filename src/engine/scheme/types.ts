/**
 * A compiled scheme: the raw file resolved once (metrics compiled, bands
 * normalised with explicit inclusivity and precomputed rule text) so scoring
 * is a tight loop. Pure types.
 */
import type { Evaluator } from "../metric-eval.ts";
import type { Better, MetricDef, MetricUnit } from "../metrics.ts";
import type { Label } from "../types.ts";

export type { Better, MetricUnit };
export type SchemeMode = "points" | "weighted";

/** A value interval; null = unbounded. */
export interface Interval {
  lo: number | null;
  hi: number | null;
  loInclusive: boolean;
  hiInclusive: boolean;
}

export interface Band extends Interval {
  /** Points (points mode) or 0–100 rating (weighted mode). */
  points: number;
  grade?: string;
  /** e.g. "60% > X ≥ 50% → 26" */
  rule: string;
  /** Position in the source, e.g. `kpis[0].bands[1]`. */
  path: string;
  /** Index of the nearest band that scores more, in the better direction; -1 if none. */
  next: number;
  /** Precomputed tail of the next-band text: " 询单转化率 → +4 分" (set once the KPI's label is known). */
  nextSuffix?: Label;
}

export interface BandSet {
  bands: Band[];
  path: string;
  label?: Label;
  /** Months 1–12; absent for the default set. */
  months?: number[];
}

interface KpiBase {
  id: string;
  label: Label;
  /** `kpis[2]` */
  path: string;
  /** Row number as printed (1-based). */
  row: number;
  weight?: number;
  /** Max points this KPI can add to the total (after weighting). */
  max: number;
  /** Max raw points or rating (before weighting). */
  rawMax: number;
  formula: Label;
  unit: MetricUnit;
  better: Better;
}

export interface MetricKpi extends KpiBase {
  metricRef: string;
  metric?: MetricDef;
  evaluate: Evaluator;
  symbol: string;
  integer: boolean;
}
export interface BandedKpi extends MetricKpi {
  kind: "banded";
  base: BandSet;
  seasons: BandSet[];
  /** Index 0–12 by month number → the band set in force. */
  byMonth: BandSet[];
  /** Letter KPIs: each letter's points, as the scheme lists them. */
  gradePoints?: Record<string, number>;
}
export interface LinearKpi extends MetricKpi {
  kind: "linear";
  from: { value: number; points: number };
  to: { value: number; points: number };
  rule: string;
}
export interface JudgementKpi extends KpiBase {
  kind: "judgement";
  levels: { label: Label; min: number; max: number; path: string }[];
  levelInput?: string;
  raters: { input: string; label?: Label; weight: number }[];
}
export interface DeductionKpi extends KpiBase {
  kind: "deduction";
  input: string;
  each: number;
  wipeoutAt?: number;
  rule: string;
}
export interface ChecklistKpi extends KpiBase {
  kind: "checklist";
  each: number;
  items: { input: string; label: Label }[];
  rule: string;
}
export type Kpi = BandedKpi | LinearKpi | JudgementKpi | DeductionKpi | ChecklistKpi;

/** What a scheme input holds (see input-kinds.ts). */
export type InputKind = "score" | "level" | "tick" | "count" | "ratio" | "amount";
export interface InputRule {
  kind: InputKind;
  /** Inclusive bounds a value must lie within. */
  min?: number;
  max?: number;
  /** Level inputs: the levels' labels, best first (level 1 = the first). */
  levels?: Label[];
}
export interface InputColumn extends InputRule {
  id: string;
  label: Label;
  headers: string[];
}
export interface Adjustment {
  id: string;
  label: Label;
  input: string;
  points: number;
}
export interface Veto {
  id: string;
  label: Label;
  input: string;
  effect: "zero" | { capGrade: string };
}
export interface GradeBand {
  min: number | null;
  grade: string;
}
export interface PayBand extends Interval {
  amount: number;
  path: string;
}
export interface Composite {
  form: number;
  parts: { input: string; label: Label; weight: number; max: number }[];
}

export interface Scheme {
  id: string;
  label: Label;
  role?: string;
  mode: SchemeMode;
  /** Maximum total without bonuses (composite: of the final result). */
  max: number;
  /** Maximum of the form alone (before the composite). */
  formMax: number;
  source?: string;
  description?: Label;
  inputs: InputColumn[];
  kpis: Kpi[];
  adjustments: Adjustment[];
  vetoes: Veto[];
  composite?: Composite;
  /** Best first. */
  grades: GradeBand[];
  pay: PayBand[];
}
