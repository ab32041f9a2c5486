/**
 * Direct labels at line ends: nudge label positions apart vertically so no
 * two are closer than `gap`, keeping their order. Pure and deterministic.
 */
export function spreadLabels(
  ys: readonly number[],
  gap: number,
  min: number,
  max: number,
): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = new Array<number>(ys.length).fill(0);
  let prev = Number.NEGATIVE_INFINITY;
  for (const o of order) {
    const y = Math.max(o.y, prev + gap, min);
    out[o.i] = y;
    prev = y;
  }
  // Pushed past the bottom: shift the stack back up as one.
  const overflow = Math.max(0, ...out) - max;
  return overflow > 0 ? out.map((y) => y - overflow) : out;
}
