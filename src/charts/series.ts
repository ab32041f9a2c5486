/**
 * A monthly series as a line with gaps: a month without a value breaks the
 * line (d3-shape's `defined`), it is never drawn as 0.
 */

import type { ScaleLinear } from "d3";
import type { MonthScale } from "./frame.ts";
import { path, round1 } from "./marks.ts";
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
  // Usually already aligned (the charts align once, then draw): keep the array.
  if (values.length === months.length && values.every((v, i) => v.month === months[i])) {
    return values as Array<T | MonthValue>;
  }
  const byMonth = new Map(values.map((v) => [v.month, v]));
  return months.map((month) => byMonth.get(month) ?? { month, value: null });
}

/**
 * SVG path `d` of the series, with a gap wherever the value is missing: what
 * d3's `line().defined(…).digits(1)` writes (a lone point is `Mx,yZ`), built
 * directly because it runs for every chart of a thousand-page build
 * (test/charts/series.test.ts checks it against d3).
 */
export function seriesPath(
  values: readonly MonthValue[],
  x: MonthScale,
  y: ScaleLinear<number, number>,
): string {
  let d = "";
  let run = 0;
  for (const v of alignToMonths(values, x.months)) {
    if (!isValue(v.value)) {
      if (run === 1) d += "Z";
      run = 0;
      continue;
    }
    d += `${run === 0 ? "M" : "L"}${round1(x.center(v.month))},${round1(y(v.value))}`;
    run++;
  }
  return run === 1 ? `${d}Z` : d;
}

const SERIES_LINE = css({ fill: "none", stroke: COLOR.accent, "stroke-width": 2 });

/** The agent's own series as a solid accent line (KPI and total trends draw it alike). */
export function seriesLayer(
  values: readonly MonthValue[],
  x: MonthScale,
  y: ScaleLinear<number, number>,
): Layer {
  return {
    name: "series",
    marks: [path(seriesPath(values, x, y), { cls: "line", style: SERIES_LINE })],
  };
}
