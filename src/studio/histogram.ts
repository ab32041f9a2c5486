/**
 * A KPI's distribution for the studio's band chart: equal-width bins over the
 * values and every band edge (old and new), so both sets of edges sit on the
 * same axis. Pure.
 */

export interface Histogram {
  lo: number;
  hi: number;
  bins: { x0: number; x1: number; count: number }[];
  max: number;
}

export function histogram(
  values: readonly number[],
  edges: readonly number[],
  bins = 30,
): Histogram {
  // A loop, not Math.min(...values): tens of thousands of arguments, copied on every edit.
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const list of [values, edges])
    for (const v of list)
      if (Number.isFinite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
  if (lo > hi) {
    lo = 0;
    hi = 1;
  }
  if (hi === lo) {
    lo -= 0.5;
    hi += 0.5;
  }
  const pad = (hi - lo) * 0.04;
  lo -= pad;
  hi += pad;
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    const i = Math.min(bins - 1, Math.floor((v - lo) / width));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return {
    lo,
    hi,
    bins: counts.map((count, i) => ({ x0: lo + i * width, x1: lo + (i + 1) * width, count })),
    max: counts.reduce((a, b) => Math.max(a, b), 1),
  };
}

/** The finite edges of a band list, each once, ascending. */
export function bandEdges(bands: readonly { lo: number | null; hi: number | null }[]): number[] {
  const out = new Set<number>();
  for (const b of bands) {
    if (b.lo !== null) out.add(b.lo);
    if (b.hi !== null) out.add(b.hi);
  }
  return [...out].sort((a, b) => a - b);
}
