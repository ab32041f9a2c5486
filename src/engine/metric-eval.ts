/**
 * Compiles a metric into a fast evaluator over an agent-month's values, and
 * lists the column sets that can compute it. Pure; no I/O.
 * An evaluator returns the value, NaN when a denominator is 0 (undefined), or
 * undefined when an input is absent (missing). Missing is never read as 0.
 */
import { METRICS, type MetricDef } from "./metrics.ts";

export type Values = Record<string, number>;
export type Evaluator = (values: Values) => number | undefined;

/** A ref is a catalogue metric id, or else a column id. */
export function compileRef(ref: string): Evaluator {
  const metric = METRICS[ref];
  if (metric && !(metric.kind === "column" && metric.column === ref)) return compileMetric(metric);
  return (v) => v[ref];
}

export function compileMetric(metric: MetricDef): Evaluator {
  if (metric.kind === "column") {
    const col = metric.column;
    return (v) => v[col];
  }
  const num = compileRef(metric.num);
  const den = compileRef(metric.den);
  const fallback = metric.fallback;
  return (v) => {
    const n = num(v);
    const d = den(v);
    // Parts win; a 0 denominator is undefined even when a direct ratio exists.
    if (n !== undefined && d !== undefined) return d === 0 ? Number.NaN : n / d;
    if (Number.isNaN(n) || Number.isNaN(d)) return Number.NaN;
    return fallback === undefined ? undefined : v[fallback];
  };
}

/** Column sets that can each compute the ref (any one set suffices). */
export function refAlternatives(ref: string): string[][] {
  const metric = METRICS[ref];
  if (!metric) return [[ref]];
  if (metric.kind === "column") return [[metric.column]];
  const out: string[][] = [];
  for (const a of refAlternatives(metric.num)) {
    for (const b of refAlternatives(metric.den)) out.push([...new Set([...a, ...b])]);
  }
  if (metric.fallback !== undefined) out.push([metric.fallback]);
  return out;
}

const alternativesByRef = new Map<string, readonly (readonly string[])[]>();

/** refAlternatives, worked out once per ref and shared: for callers that only read it. */
export function sharedAlternatives(ref: string): readonly (readonly string[])[] {
  let out = alternativesByRef.get(ref);
  if (out === undefined) {
    out = refAlternatives(ref);
    alternativesByRef.set(ref, out);
  }
  return out;
}

/** What is absent, per way of computing the ref: [[paid_buyers, inquiries], [inquiry_conversion]]. */
export function missingInputs(ref: string, values: Values): string[][] {
  return sharedAlternatives(ref)
    .map((cols) => cols.filter((c) => values[c] === undefined))
    .filter((cols) => cols.length > 0);
}
