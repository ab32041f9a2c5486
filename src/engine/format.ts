/**
 * Human-readable numbers and band rules ("60% > X ≥ 50% → 26", "ST ≤ 6").
 * Ratios show as percentages; seconds and counts as plain numbers.
 */
import type { MetricUnit } from "./metrics.ts";
import type { Interval } from "./scheme/types.ts";

/** Up to `digits` decimals, trailing zeros dropped. */
export function trim(n: number, digits = 2): string {
  const f = digits === 1 ? 10 : digits === 2 ? 100 : 10 ** digits;
  const r = Math.round(n * f) / f;
  return String(r === 0 ? 0 : r);
}

export function formatValue(value: number, unit: MetricUnit): string {
  if (unit === "ratio") return `${trim(value * 100)}%`;
  return trim(value);
}

/** Interval as people write it: "60% > X ≥ 50%", "X ≥ 60%", "ST ≤ 6", "6 < ST ≤ 12". */
export function intervalText(iv: Interval, symbol: string, unit: MetricUnit): string {
  const lo = iv.lo === null ? null : formatValue(iv.lo, unit);
  const hi = iv.hi === null ? null : formatValue(iv.hi, unit);
  const loOp = iv.loInclusive ? "≥" : ">";
  const hiOp = iv.hiInclusive ? "≤" : "<";
  if (lo === null && hi === null) return `any ${symbol}`;
  if (lo === null) return `${symbol} ${hiOp} ${hi}`;
  if (hi === null) return `${symbol} ${loOp} ${lo}`;
  // Higher-is-better style "60% > X ≥ 50%" when lo is the inclusive end; else "6 < ST ≤ 12".
  if (iv.loInclusive && !iv.hiInclusive) return `${hi} > ${symbol} ≥ ${lo}`;
  return `${lo} ${iv.loInclusive ? "≤" : "<"} ${symbol} ${hiOp} ${hi}`;
}

/**
 * A gap's size at display precision, rounded up: the change needed is never
 * shown smaller than it is, and a gap of 0.03 s reads "0.1", not "0".
 */
export function ceilTrim(n: number, digits: number): string {
  const f = 10 ** digits;
  return String(Math.ceil(Math.round(n * f * 1e6) / 1e6) / f);
}

/** Signed change shown in the metric's terms: "+3.2 pp", "−2 s", "+0.05×". */
export function gapText(gap: number, unit: MetricUnit): { zh: string; en: string } {
  const sign = gap < 0 ? "−" : "+";
  const abs = Math.abs(gap);
  if (unit === "ratio") {
    const pp = ceilTrim(abs * 100, 1);
    return { zh: `${sign}${pp} 个百分点`, en: `${sign}${pp} pp` };
  }
  if (unit === "seconds") {
    const s = ceilTrim(abs, 1);
    return { zh: `${sign}${s} 秒`, en: `${sign}${s} s` };
  }
  const n = ceilTrim(abs, 2);
  if (unit === "multiple") return { zh: `${sign}${n}×`, en: `${sign}${n}×` };
  if (unit === "yuan") return { zh: `${sign}${n} 元`, en: `${sign}${n} yuan` };
  return { zh: `${sign}${n}`, en: `${sign}${n}` };
}

/** " 询单转化率 → +4 分": what follows the gap in a next-band hint. */
export function nextSuffix(
  label: { zh: string; en: string },
  gain: number,
): { zh: string; en: string } {
  const g = formatValue(gain, "score");
  return { zh: ` ${label.zh} → +${g} 分`, en: ` ${label.en} → +${g} points` };
}

/** "+3.2 pp 询单转化率 → +4 points": the whole hint, for pages that keep only gap and gain. */
export function nextBandText(
  gap: number,
  unit: MetricUnit,
  label: { zh: string; en: string },
  gain: number,
): { zh: string; en: string } {
  const g = gapText(gap, unit);
  const s = nextSuffix(label, gain);
  return { zh: g.zh + s.zh, en: g.en + s.en };
}

/**
 * Whether a value lies in an interval. A value within a relative 1e-12 of a
 * bound counts as on it: a ratio of sums such as (110/3)/(100/3) comes out as
 * 1.0999999999999999 and must still match "Y ≥ 1.10".
 */
export function contains(iv: Interval, v: number): boolean {
  if (iv.lo !== null) {
    const d = v - iv.lo;
    const tol = 1e-12 * Math.max(1, Math.abs(iv.lo));
    if (d < -tol || (d <= tol && !iv.loInclusive)) return false;
  }
  if (iv.hi !== null) {
    const d = v - iv.hi;
    const tol = 1e-12 * Math.max(1, Math.abs(iv.hi));
    if (d > tol || (d >= -tol && !iv.hiInclusive)) return false;
  }
  return true;
}
