/**
 * A chart ready for a page: the figure's id, the SVG markup, the caption and
 * the data table. Plain strings, so a chart can be drawn on another thread
 * and handed to the page.
 */
import { chartId } from "./chartId.ts";
import { toSvgString } from "./toSvgString.ts";
import type { ChartGeometry, DataTable } from "./types.ts";

export interface RenderedChart {
  /** The figure's id; the SVG's is `${id}-svg`. */
  id: string;
  svg: string;
  title: string;
  table: DataTable;
}

export function renderChart(
  g: ChartGeometry,
  opts: { id?: string | undefined; written?: Set<string> | undefined } = {},
): RenderedChart {
  const id = opts.id ?? chartId(g);
  const svg = toSvgString(g, `${id}-svg`, opts.written ? { written: opts.written } : {});
  return { id, svg, title: g.title, table: g.table };
}
