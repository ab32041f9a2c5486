/**
 * Where a distribution's threshold labels go above its plot (distribution.ts):
 * rows, so that no threshold's dashed line crosses another's label. Pure.
 */

/**
 * The row above the plot of each threshold's label (-1: off the scale), row 0
 * nearest the plot. A threshold's dashed line runs from its label's row down
 * to the axis, so a label goes a row above every line that starts under its
 * text: no line ever crosses another threshold's label (on a phone the line
 * of 45% once cut "≥38% · 16" in two). From the right, each label takes the
 * lowest row above the lines under it.
 */
export function thresholdRows(
  xs: readonly number[],
  widths: readonly number[],
  left: number,
  right: number,
): number[] {
  const rows = xs.map(() => -1);
  for (let i = xs.length - 1; i >= 0; i--) {
    const tx = xs[i] ?? Number.NaN;
    if (!(tx >= left && tx <= right)) continue;
    const end = tx + 2 + (widths[i] ?? 0) + 4;
    let row = 0;
    for (let j = i + 1; j < xs.length; j++) {
      const xj = xs[j] ?? Number.NaN;
      if (xj > end) break;
      if ((rows[j] ?? -1) >= 0) row = Math.max(row, (rows[j] ?? 0) + 1);
    }
    rows[i] = row;
  }
  return rows;
}
