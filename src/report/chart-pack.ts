/**
 * A page's drawn charts as they cross from the chart worker to the page
 * (chart-pool.ts): the SVG strings and the data rows travel as one string,
 * each field a slice of it. A page's ~25 SVG strings of 2–20 KB each arrived
 * as as many young objects, which the renderer's heap copied from scavenge to
 * scavenge while the page was in flight (a large report receives ~1 GB of
 * them). One string of more than 128 KB is allocated in the large-object
 * space, where a scavenge does not copy it, and a slice is a reference to it.
 */
import type { RenderedChart } from "../charts/rendered.ts";
import type { AgentCharts } from "../site/model/agent-charts.ts";

export interface PackedCharts {
  /** The charts with their SVG strings and data rows empty… */
  charts: AgentCharts;
  /** …which are these, concatenated in the order mapStrings visits them… */
  text: string;
  /** …ending at these offsets into `text`. */
  ends: number[];
}

/** A chart with its SVG, then its phone variant if any, replaced by `take`'s strings. */
function mapChartStrings(chart: RenderedChart, take: (s: string) => string): RenderedChart {
  const svg = take(chart.svg);
  return chart.phone === undefined
    ? { ...chart, svg }
    : { ...chart, svg, phone: take(chart.phone) };
}

/** The page's charts with each string replaced by `take`'s, visited in one fixed order. */
function mapStrings(charts: AgentCharts, take: (s: string) => string): AgentCharts {
  const score = mapChartStrings(charts.score, take);
  const kpis = charts.kpis.map((k) => mapChartStrings(k, take));
  return { score, kpis, dataRows: take(charts.dataRows) };
}

export function packCharts(charts: AgentCharts): PackedCharts {
  const parts: string[] = [];
  const ends: number[] = [];
  let at = 0;
  const emptied = mapStrings(charts, (s) => {
    parts.push(s);
    at += s.length;
    ends.push(at);
    return "";
  });
  return { charts: emptied, text: parts.join(""), ends };
}

export function unpackCharts({ charts, text, ends }: PackedCharts): AgentCharts {
  let k = 0;
  let from = 0;
  return mapStrings(charts, () => {
    const to = ends[k++] as number;
    const s = text.slice(from, to);
    from = to;
    return s;
  });
}
