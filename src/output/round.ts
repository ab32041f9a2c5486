/**
 * Rounding at output only: the engine keeps exact values. Half away from
 * zero, where a value a float's hair from the half counts as the half: a
 * month's Σ销售额 added in another order (one export or the same days split
 * over several files, rows shuffled) lands a few 1e-16 either side of
 * 142.26875, and must still print 142.2688 both times. 1e-12 of the value is
 * far above such a sum's error and far below any digit the data holds.
 */
export function round(value: number, decimals: number): number {
  const scaled = value * 10 ** decimals;
  const r = Math.round(scaled + Math.sign(scaled) * Math.abs(scaled) * 1e-12) / 10 ** decimals;
  return Object.is(r, -0) ? 0 : r;
}

export function roundOrNull(value: number | null | undefined, decimals: number): number | null {
  return value === null || value === undefined ? null : round(value, decimals);
}
