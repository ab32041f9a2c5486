/**
 * The plot frame shared by the month-based charts: size and margins, the
 * month band scale (one column per month, values at the column centre) and
 * the wrapper that assembles a `ChartGeometry`.
 */
import { round1 } from "./marks.ts";
import type { ChartGeometry, DataTable, Layer } from "./types.ts";

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  width: number;
  height: number;
  margin: Margins;
  /** Plot area edges. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function frame(width: number, height: number, margin: Margins): Frame {
  return {
    width,
    height,
    margin,
    left: margin.left,
    right: width - margin.right,
    top: margin.top,
    bottom: height - margin.bottom,
  };
}

export interface MonthScale {
  months: string[];
  /** Left edge of a month's column. */
  start(month: string): number;
  /** Centre of a month's column, where its value is drawn. */
  center(month: string): number;
  step: number;
}

/**
 * One equal column per month across the plot width, in the given order: what
 * d3's `scaleBand().padding(0)` computes (left + i × step, centred), without its
 * interning map, which showed in profiles of thousand-page builds.
 */
export function monthScale(months: readonly string[], f: Frame): MonthScale {
  const index = new Map<string, number>();
  for (const m of months) if (!index.has(m)) index.set(m, index.size);
  // d3's arithmetic, step for step, so positions match to the last bit.
  const step = (f.right - f.left) / Math.max(1, index.size);
  const first = f.left + (f.right - f.left - step * index.size) * 0.5;
  const start = (m: string): number => {
    const i = index.get(m);
    return i === undefined ? Number.NaN : first + step * i;
  };
  return { months: [...months], start, center: (m) => start(m) + step / 2, step };
}

/** Sorted distinct `YYYY-MM` months of several lists (string order is time order). */
export function monthsOf(...lists: ReadonlyArray<ReadonlyArray<{ month: string }>>): string[] {
  const set = new Set<string>();
  for (const list of lists) for (const item of list) set.add(item.month);
  return [...set].sort();
}

export function geometry(
  f: Frame,
  title: string,
  desc: string,
  layers: Layer[],
  table: DataTable,
): ChartGeometry {
  return {
    width: f.width,
    height: f.height,
    viewBox: `0 0 ${round1(f.width)} ${round1(f.height)}`,
    title,
    desc,
    layers: layers.filter((l) => l.marks.length > 0),
    table,
  };
}
