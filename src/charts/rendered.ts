/**
 * A chart ready for a page: the figure's id, the SVG markup, the caption and
 * the data table. Plain strings, so a chart can be drawn on another thread
 * and handed to the page.
 */
import { chartId } from "./chartId.ts";
import { PHONE_WIDTH } from "./labelLayout.ts";
import { toSvgString } from "./toSvgString.ts";
import type { ChartGeometry, DataTable } from "./types.ts";

export interface RenderedChart {
  /** The figure's id; the SVG's is `${id}-svg`. */
  id: string;
  svg: string;
  /** A variant drawn for phones (fewer ticks and labels, same text size), when the chart is wider than a phone. */
  phone?: string;
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

/** The width of a 390 px phone's content column: a chart this wide or less needs no phone variant. */
const PHONE_COLUMN = 353;

/**
 * A chart drawn at its desktop width and, if that is wider than a phone's
 * column, again at phone width: the page shows one or the other by a media
 * query (global.css), so chart text is never scaled below its drawn size.
 * `draw` runs once per width: a chart that works out its width-independent
 * part beforehand (kpiTrendAt, scoreTrendAt) does that work once.
 */
export function renderResponsive(
  draw: (width: number) => ChartGeometry,
  width: number,
  opts: { id?: string | undefined; written?: Set<string> | undefined } = {},
): RenderedChart {
  const g = draw(width);
  if (width <= PHONE_COLUMN) return renderChart(g, opts);
  const id = opts.id ?? chartId(g);
  const written = opts.written ? { written: opts.written } : {};
  return {
    id,
    svg: toSvgString(g, `${id}-svg`, { ...written, cls: "has-phone" }),
    phone: toSvgString(draw(PHONE_WIDTH), `${id}-svg-phone`, { ...written, cls: "phone" }),
    title: g.title,
    table: g.table,
  };
}
