/**
 * Scores banded (incl. letter-grade) and linear KPIs: metric value → band →
 * points, with the rule that matched and the distance to the next band up.
 * Missing input → status missing; zero denominator → undefined; never 0 points.
 */

import type { KpiReason } from "../../reasons/reason.ts";
import { reasonText } from "../../reasons/reason-text.ts";
import { contains, formatValue, gapText } from "../format.ts";
import { missingInputs, type Values } from "../metric-eval.ts";
import type { BandedKpi, LinearKpi, MetricKpi, SchemeMode } from "../scheme/types.ts";
import type { KpiResult, NextBand } from "../types.ts";
import { weightedPoints } from "../weighting.ts";
import { emptyKpiResult } from "./empty-result.ts";

function unscored(k: MetricKpi, raw: number | undefined, values: Values): KpiResult {
  const missing = raw === undefined;
  const why: KpiReason = missing
    ? { code: "missing-input", any: missingInputs(k.metricRef, values) }
    : { code: "zero-denominator" };
  return {
    ...emptyKpiResult(k),
    status: missing ? "missing" : "undefined",
    reason: reasonText(why, "en"),
    why,
  };
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
  readonly #unit: MetricKpi["unit"];
  readonly #suffix: NextBandSuffix;

  constructor(
    rule: string,
    gap: number,
    pointsGain: number,
    unit: MetricKpi["unit"],
    suffix: NextBandSuffix,
  ) {
    this.rule = rule;
    this.gap = gap;
    this.pointsGain = pointsGain;
    this.#unit = unit;
    this.#suffix = suffix;
  }

  get text(): NextBand["text"] {
    const g = gapText(this.gap, this.#unit);
    const suffix = this.#suffix ?? { zh: "", en: "" };
    return { zh: g.zh + suffix.zh, en: g.en + suffix.en };
  }
}

type NextBandSuffix = BandedKpi["base"]["bands"][number]["nextSuffix"];

const scaled = (points: number, k: MetricKpi, mode: SchemeMode) =>
  weightedPoints(points, k.weight, mode);

export function scoreBanded(
  k: BandedKpi,
  values: Values,
  month: number,
  mode: SchemeMode,
): KpiResult {
  const raw = k.evaluate(values);
  if (raw === undefined || Number.isNaN(raw)) return unscored(k, raw, values);
  const bands = (k.byMonth[month] ?? k.base).bands;
  let index = -1;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (b && contains(b, raw)) {
      index = i;
      break;
    }
  }
  const band = bands[index];
  if (!band) {
    const why: KpiReason = { code: "no-band", shown: formatValue(raw, k.unit) };
    return {
      ...unscored(k, Number.NaN, values),
      value: raw,
      reason: reasonText(why, "en"),
      why,
    };
  }
  const points = scaled(band.points, k, mode);
  let next: NextBand | null = null;
  const up = bands[band.next];
  if (up) {
    const gap = (k.better === "higher" ? (up.lo ?? raw) : (up.hi ?? raw)) - raw;
    next = new NextStep(up.rule, gap, scaled(up.points, k, mode) - points, k.unit, band.nextSuffix);
  }
  const result: KpiResult = {
    id: k.id,
    label: k.label,
    value: raw,
    points,
    max: k.max,
    status: "scored",
    band: { index, rule: band.rule },
    next,
  };
  if (mode === "weighted") result.rating = band.points;
  if (k.weight !== undefined) result.weight = k.weight;
  if (band.grade !== undefined) result.letter = band.grade;
  return result;
}

export function scoreLinear(k: LinearKpi, values: Values, mode: SchemeMode): KpiResult {
  const raw = k.evaluate(values);
  if (raw === undefined || Number.isNaN(raw)) return unscored(k, raw, values);
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
