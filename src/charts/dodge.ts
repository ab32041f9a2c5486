/**
 * Beeswarm placement: each dot sits at its exact x and is stacked upward to
 * the first free slot, so dots never overlap. Deterministic: input order is
 * the sort order (by x, then by the given tiebreak index).
 */

/** Row offsets (0 = baseline, 1 = one dot up, …) for dots at `xs` with radius `r`. */
export function dodgeRows(xs: readonly number[], r: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const rows = new Array<number>(xs.length).fill(0);
  const placed: Array<{ x: number; row: number }> = [];
  const minGap = 2 * r;
  for (const { x, i } of order) {
    const taken = new Set(placed.filter((p) => Math.abs(p.x - x) < minGap).map((p) => p.row));
    let row = 0;
    while (taken.has(row)) row++;
    rows[i] = row;
    placed.push({ x, row });
  }
  return rows;
}
