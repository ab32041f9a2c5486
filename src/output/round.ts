/**
 * Rounding at output only: the engine keeps exact values. Half away from
 * zero, where a value a float's hair from the half counts as the half: a
 * month's Σ销售额 added in another order (one export or the same days split
 * over several files, rows shuffled) lands a few 1e-16 either side of
 * 142.26875, and must still print 142.2688 both times. The margin is 64 units
 * in the last place of the scaled value: above the error of a sum of a
 * month's days (a few units per term), and relative, so a large amount
 * (a shop's month of sales) is not pushed across a digit it holds.
 */
const HALF_MARGIN = 64 * Number.EPSILON;

export function round(value: number, decimals: number): number {
  const scaled = value * 10 ** decimals;
  const r = Math.round(scaled + scaled * HALF_MARGIN) / 10 ** decimals;
  return Object.is(r, -0) ? 0 : r;
}

export function roundOrNull(value: number | null | undefined, decimals: number): number | null {
  return value === null || value === undefined ? null : round(value, decimals);
}
