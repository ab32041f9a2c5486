/**
 * Axis marks: month labels under the columns and a value axis with grid
 * lines. Ticks are plain text marks, so no DOM axis is needed.
 */
import type { ScaleLinear } from "d3";
import type { Frame, MonthScale } from "./frame.ts";
import { textWidth } from "./labelLayout.ts";
import { line, text } from "./marks.ts";
import { COLOR, css, MUTED_TEXT } from "./style.ts";
import type { Layer } from "./types.ts";

// Built once: a style string is a class's lookup key (style-classes.ts).
const AXIS_LINE = css({ stroke: COLOR.muted });
const GRID_LINE = css({ stroke: COLOR.grid, "stroke-width": 0.5 });

/**
 * Month labels; when the columns are narrower than a label, only every n-th
 * is written (the last always), so they never touch. The first label is
 * pushed right to clear the value axis, so a label after it that it would
 * then touch is left out too (on a phone, "2025-11" ran into "2026-02").
 */
export function monthAxis(
  x: MonthScale,
  f: Frame,
  minLabelWidth = textWidth("2026-10") + 8,
): Layer {
  const every = Math.max(1, Math.ceil(minLabelWidth / Math.max(x.step, 1)));
  const last = x.months.length - 1;
  const gap = minLabelWidth - textWidth("2026-10");
  const kept: { m: string; x: number; half: number }[] = [];
  x.months.forEach((m, i) => {
    if (i !== last && (i % every !== 0 || last - i < every)) return;
    // The first label starts no further left than the plot, clear of the value axis's lowest tick.
    const half = textWidth(m) / 2;
    const at = Math.max(x.center(m), f.left + half);
    const prev = kept.at(-1);
    if (prev && at - half < prev.x + prev.half + gap) {
      // The last month is always labelled: it replaces the one it would touch.
      if (i !== last) return;
      kept.pop();
    }
    kept.push({ m, x: at, half });
  });
  const marks = kept.map((k) =>
    text(k.x, f.bottom + 14, k.m, "middle", { cls: "tick x", style: MUTED_TEXT }),
  );
  marks.push(line(f.left, f.bottom, f.right, f.bottom, { cls: "axis", style: AXIS_LINE }));
  return { name: "x-axis", marks };
}

/** Value ticks with horizontal grid lines across the plot. */
export function valueAxis(
  y: ScaleLinear<number, number>,
  f: Frame,
  label: (v: number) => string,
  count = 5,
): Layer {
  const marks = y
    .ticks(count)
    .flatMap((v) => [
      line(f.left, y(v), f.right, y(v), { cls: "grid", style: GRID_LINE }),
      text(f.left - 4, y(v) + 3.5, label(v), "end", { cls: "tick y", style: MUTED_TEXT }),
    ]);
  return { name: "y-axis", marks };
}
