/**
 * The value (y) domain: it must hold every value and the band edges that give
 * the values meaning, with some room around them.
 */

/**
 * Extent of `values` and `edges`, padded by `pad` of the span on each side.
 * Non-negative data keeps a non-negative domain; ratios in [0, 1] stay there.
 */
export function paddedDomain(
  values: readonly number[],
  edges: readonly number[] = [],
  opts: { pad?: number; clamp?: [number, number] } = {},
): [number, number] {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const list of [values, edges]) {
    for (const v of list) {
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo > hi) return opts.clamp ?? [0, 1];
  // A (near-)single value: size the padding on the value itself, or on 1 near zero,
  // so the scale never degenerates.
  let span = hi - lo;
  if (!(span > 1e-9 * Math.max(1, Math.abs(hi)))) span = Math.abs(hi) > 1e-9 ? Math.abs(hi) : 1;
  const pad = span * (opts.pad ?? 0.12);
  const nonNegative = lo >= 0;
  lo -= pad;
  hi += pad;
  if (nonNegative) lo = Math.max(0, lo);
  if (opts.clamp) {
    lo = Math.max(opts.clamp[0], lo);
    hi = Math.min(opts.clamp[1], hi);
  }
  return [lo, hi];
}
