/**
 * Axis marks: month labels under the columns and a value axis with grid
 * lines. Ticks are plain text marks, so no DOM axis is needed.
 */
import type { ScaleLinear } from "d3";
import type { Frame, MonthScale } from "./frame.ts";
import { FONT, textWidth } from "./labelLayout.ts";
import { line, text } from "./marks.ts";
import { COLOR, css } from "./style.ts";
import type { Layer } from "./types.ts";

const TICK_TEXT = css({ fill: COLOR.muted, "font-size": `${FONT}px` });

/**
 * Month labels; when the columns are narrower than a label, only every n-th
 * is written (the last always), so they never touch.
 */
export function monthAxis(
  x: MonthScale,
  f: Frame,
  minLabelWidth = textWidth("2026-10") + 8,
): Layer {
  const every = Math.max(1, Math.ceil(minLabelWidth / Math.max(x.step, 1)));
  const last = x.months.length - 1;
  const marks = x.months
    .filter((_, i) => i === last || (i % every === 0 && last - i >= every))
    .map((m) => {
      // The first label starts no further left than the plot, clear of the value axis's lowest tick.
      const half = textWidth(m) / 2;
      return text(Math.max(x.center(m), f.left + half), f.bottom + 14, m, "middle", {
        cls: "tick x",
        style: TICK_TEXT,
      });
    });
  marks.push(
    line(f.left, f.bottom, f.right, f.bottom, { cls: "axis", style: css({ stroke: COLOR.muted }) }),
  );
  return { name: "x-axis", marks };
}

/** Value ticks with horizontal grid lines across the plot. */
export function valueAxis(
  y: ScaleLinear<number, number>,
  f: Frame,
  label: (v: number) => string,
  count = 5,
): Layer {
  const marks = y.ticks(count).flatMap((v) => [
    line(f.left, y(v), f.right, y(v), {
      cls: "grid",
      style: css({ stroke: COLOR.grid, "stroke-width": 0.5 }),
    }),
    text(f.left - 4, y(v) + 3.5, label(v), "end", { cls: "tick y", style: TICK_TEXT }),
  ]);
  return { name: "y-axis", marks };
}
