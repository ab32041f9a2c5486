/** Rounding at output only: the engine keeps exact values. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round((value + Number.EPSILON * Math.sign(value)) * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

export function roundOrNull(value: number | null | undefined, decimals: number): number | null {
  return value === null || value === undefined ? null : round(value, decimals);
}
