/**
 * A monthly series as a line with gaps: a month without a value breaks the
 * line (d3-shape's `defined`), it is never drawn as 0.
 */

import type { ScaleLinear } from "d3";
import { line } from "d3";
import type { MonthScale } from "./frame.ts";
import { path } from "./marks.ts";
import { COLOR, css } from "./style.ts";
import type { Layer, MonthValue } from "./types.ts";

export function isValue(v: number | null | undefined): v is number {
  return v !== null && v !== undefined && Number.isFinite(v);
}

/** One entry per month of the scale, in scale order; absent months are null. */
export function alignToMonths<T extends MonthValue>(
  values: readonly T[],
  months: readonly string[],
): Array<T | MonthValue> {
  const byMonth = new Map(values.map((v) => [v.month, v]));
  return months.map((month) => byMonth.get(month) ?? { month, value: null });
}

/** SVG path `d` of the series, with a gap wherever the value is missing. */
export function seriesPath(
  values: readonly MonthValue[],
  x: MonthScale,
  y: ScaleLinear<number, number>,
): string {
  const gen = line<MonthValue>()
    .defined((d) => isValue(d.value))
    .x((d) => x.center(d.month))
    .y((d) => y(d.value ?? 0))
    .digits(1);
  return gen(alignToMonths(values, x.months)) ?? "";
}

/** The agent's own series as a solid accent line (KPI and total trends draw it alike). */
export function seriesLayer(
  values: readonly MonthValue[],
  x: MonthScale,
  y: ScaleLinear<number, number>,
): Layer {
  return {
    name: "series",
    marks: [
      path(seriesPath(values, x, y), {
        cls: "line",
        style: css({ fill: "none", stroke: COLOR.accent, "stroke-width": 2 }),
      }),
    ],
  };
}
