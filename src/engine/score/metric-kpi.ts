/**
 * Scores banded (incl. letter-grade) and linear KPIs: metric value → band →
 * points, with the rule that matched and the distance to the next band up.
 * Missing input → status missing; zero denominator → undefined; never 0 points.
 */

import type { KpiReason } from "../../reasons/reason.ts";
import { reasonText } from "../../reasons/reason-text.ts";
import { formatValue, gapText } from "../format.ts";
import { missingInputs, sharedAlternatives, type Values } from "../metric-eval.ts";
import type { BandedKpi, LinearKpi, MetricKpi, SchemeMode } from "../scheme/types.ts";
import type { KpiResult, NextBand } from "../types.ts";
import { weightedPoints } from "../weighting.ts";
import { bandTables, findBand, type KpiTables, type StepUp } from "./band-table.ts";
import { emptyKpiResult } from "./empty-result.ts";

/**
 * Why ingest had no value for a column, by column id ("reviews": "missing on 3
 * of 30 days (延迟统计)"): an agent-month's `missing`, added to the reason of a
 * KPI it leaves without input.
 */
export type SourceReasons = Readonly<Record<string, string>>;

function unscored(
  k: MetricKpi,
  raw: number | undefined,
  values: Values,
  sources?: SourceReasons,
): KpiResult {
  const missing = raw === undefined;
  let why: KpiReason;
  if (missing) {
    const base = { code: "missing-input" as const, any: missingInputs(k.metricRef, values) };
    why = sources ? withSourceReasons(base, k, sources) : base;
  } else why = { code: "zero-denominator" };
  return {
    ...emptyKpiResult(k),
    status: missing ? "missing" : "undefined",
    reason: reasonText(why, "en"),
    why,
  };
}

/** The reason with why ingest had no value for the KPI's columns ("reviews: missing on 3 of 30 days"). */
function withSourceReasons(
  why: Extract<KpiReason, { code: "missing-input" }>,
  k: MetricKpi,
  missing: SourceReasons,
): KpiReason {
  const columns = sharedAlternatives(k.metricRef).flat();
  const sources = [...new Set(columns)]
    .filter((c) => missing[c] !== undefined)
    .map((c): [string, string] => [c, missing[c] as string]);
  return sources.length === 0 ? why : { ...why, sources };
}

/**
 * The next band up. Its sentence ("+3.2 pp 询单转化率 → +4 points") is written
 * when read: scoring a large centre makes hundreds of thousands of these and
 * most are never shown.
 */
class NextStep implements NextBand {
  readonly rule: string;
  readonly gap: number;
  readonly pointsGain: number;
  // Private (#) fields stay out of JSON and deep equality; so does `text`, a prototype getter
  // (no output writes it: the site rebuilds the sentence from gap and gain).
  readonly #step: StepUp;

  constructor(step: StepUp, gap: number) {
    this.rule = step.rule;
    this.gap = gap;
    this.pointsGain = step.pointsGain;
    this.#step = step;
  }

  get text(): NextBand["text"] {
    const g = gapText(this.gap, this.#step.unit);
    const suffix = this.#step.suffix ?? { zh: "", en: "" };
    return { zh: g.zh + suffix.zh, en: g.en + suffix.en };
  }
}

const scaled = (points: number, k: MetricKpi, mode: SchemeMode) =>
  weightedPoints(points, k.weight, mode);

/** The band the value falls in, by the band set in force that month (`tables`: see band-table.ts). */
export function scoreBanded(
  k: BandedKpi,
  values: Values,
  month: number,
  mode: SchemeMode,
  tables: KpiTables = bandTables(k, mode),
  sources?: SourceReasons,
): KpiResult {
  const raw = k.evaluate(values);
  if (raw === undefined || Number.isNaN(raw)) return unscored(k, raw, values, sources);
  const table = tables.byMonth[month] ?? tables.base;
  const row = table.rows[findBand(table, raw)];
  if (row === undefined) {
    const why: KpiReason = { code: "no-band", shown: formatValue(raw, k.unit) };
    return {
      ...unscored(k, Number.NaN, values),
      value: raw,
      reason: reasonText(why, "en"),
      why,
    };
  }
  const up = row.up;
  const result: KpiResult = {
    id: k.id,
    label: k.label,
    value: raw,
    points: row.points,
    max: k.max,
    status: "scored",
    band: row.ref,
    next: up === null ? null : new NextStep(up, (up.bound ?? raw) - raw),
  };
  if (mode === "weighted") result.rating = row.band.points;
  if (k.weight !== undefined) result.weight = k.weight;
  if (row.band.grade !== undefined) result.letter = row.band.grade;
  return result;
}

export function scoreLinear(
  k: LinearKpi,
  values: Values,
  mode: SchemeMode,
  sources?: SourceReasons,
): KpiResult {
  const raw = k.evaluate(values);
  if (raw === undefined || Number.isNaN(raw)) return unscored(k, raw, values, sources);
  const { from, to } = k;
  const span = to.value - from.value;
  const t =
    span === 0 ? (raw >= to.value ? 1 : 0) : Math.min(1, Math.max(0, (raw - from.value) / span));
  const rating = from.points + t * (to.points - from.points);
  return {
    id: k.id,
    label: k.label,
    value: raw,
    points: scaled(rating, k, mode),
    max: k.max,
    ...(mode === "weighted" ? { rating, weight: k.weight ?? 0 } : {}),
    status: "scored",
    band: { index: 0, rule: k.rule },
    next: null,
  };
}
