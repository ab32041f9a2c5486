/** Rounds for output only: scores are kept exact until they are shown. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}
