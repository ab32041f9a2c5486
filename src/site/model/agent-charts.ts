/**
 * The charts of an agent page (the total's trend, one trend per KPI, and the
 * KPI charts' data table) as plain input and drawn output, so they can be
 * drawn on a worker thread while the page renders (src/report/chart-pool.ts)
 * or right here (dev, shards).
 * The bands travel by key: every agent with the same scheme, KPI and span
 * shares them, and a worker is sent each set once.
 */
import { kpiTrendAt } from "../../charts/kpiTrend.ts";
import { type RenderedChart, renderResponsive } from "../../charts/rendered.ts";
import { type GradeEdge, type ScoreMonth, scoreTrendAt } from "../../charts/scoreTrend.ts";
import { escapeXml as e } from "../../charts/toSvgString.ts";
import type { Lang, Unit } from "../../charts/types.ts";
import { bandEdges, type MonthBands } from "../../charts/zones.ts";
import { formatBeside, formatPoints, formatValue, pick } from "../i18n.ts";
import type { AgentView } from "./agent-view.ts";

export interface AgentChartsInput {
  lang: Lang;
  agent: string;
  /** The trend months (the span of the agent's latest scheme); absent when the scheme has no KPI. */
  months?: string[];
  score: { values: ScoreMonth[]; grades: GradeEdge[]; max: number };
  /** Per KPI, values aligned to `months`. */
  kpis: {
    label: string;
    unit: Unit;
    values: (number | null)[];
    points: (number | null)[];
    median: (number | null)[];
    bands: string;
  }[];
}

export interface AgentCharts {
  score: RenderedChart;
  kpis: RenderedChart[];
  /**
   * The KPI charts' one data table (their text alternative), body rows as
   * escaped HTML: each month's value and points per KPI, then the team medians.
   */
  dataRows: string;
}

/** The bands a key names (AgentView's `bandsKey`). */
export type BandsOf = (key: string) => readonly MonthBands[];

export function agentChartsInput(view: AgentView, lang: Lang): AgentChartsInput {
  const months = view.trends[0]?.values.map((v) => v.month);
  const resultOf = new Map(view.results.map((r) => [r.month, r]));
  const pointsOf = (month: string, kpi: string) =>
    resultOf.get(month)?.kpis.find((k) => k.id === kpi)?.points ?? null;
  const values = view.results
    .filter((r) => view.line.has(r.scheme))
    .map((r) => ({
      month: r.month,
      value: r.total,
      grade: r.grade,
      complete: r.complete,
      rank: r.rank,
      teamSize: r.of,
    }));
  return {
    lang,
    agent: view.agent.name,
    ...(months ? { months } : {}),
    score: {
      values,
      grades: view.scheme.grades
        .filter((g) => g.min > 0)
        .map((g) => ({ min: g.min, label: g.grade })),
      max: view.scheme.max,
    },
    kpis: view.trends.map((t) => ({
      label: pick(t.kpi.label, lang),
      unit: t.kpi.unit,
      values: t.values.map((v) => v.value),
      points: t.values.map((v) => pointsOf(v.month, t.kpi.id)),
      median: t.teamMedian.map((v) => v.value),
      bands: t.bandsKey,
    })),
  };
}

/**
 * The total's chart is drawn as wide as its card's content on a desktop (the
 * page's 1200 px column less its and the card's padding), so it fills the
 * card there; narrower windows scale it down, phones get their own variant.
 * The KPI charts sit two to a row in the same width (global.css .charts-grid).
 */
const SCORE_CHART_WIDTH = 1136;
const KPI_CHART_WIDTH = 540;

/** The page's charts share one set of style rules (see charts/style-classes.ts). */
export function drawAgentCharts(input: AgentChartsInput, bandsOf: BandsOf): AgentCharts {
  const { lang, agent, months } = input;
  const span = months ?? [];
  const written = new Set<string>();
  const score = renderResponsive(
    scoreTrendAt({
      agent,
      values: input.score.values,
      grades: input.score.grades,
      max: input.score.max,
      ...(months ? { months } : {}),
      lang,
    }),
    SCORE_CHART_WIDTH,
    { written },
  );
  const kpis = input.kpis.map((k) =>
    renderResponsive(
      kpiTrendAt({
        kpi: k.label,
        agent,
        unit: k.unit,
        values: span.map((month, i) => ({
          month,
          value: k.values[i] ?? null,
          points: k.points[i] ?? null,
        })),
        bands: bandsOf(k.bands),
        median: span.map((month, i) => ({ month, value: k.median[i] ?? null })),
        lang,
        height: 210,
      }),
      KPI_CHART_WIDTH,
      { written },
    ),
  );
  return { score, kpis, dataRows: dataRows(input, bandsOf) };
}

function dataRows(input: AgentChartsInput, bandsOf: BandsOf): string {
  const { lang, kpis } = input;
  // As in the charts: a value beside its points never reads as a band edge it did not reach.
  const edges = kpis.map((k) => bandEdges(bandsOf(k.bands)));
  let html = "";
  (input.months ?? []).forEach((month, i) => {
    html += `<tr><th scope="row">${e(month)}</th>`;
    kpis.forEach((k, j) => {
      const value = formatBeside(k.values[i] ?? null, k.unit, lang, edges[j] as number[]);
      html += `<td class="num">${e(value)} <span class="muted">${e(formatPoints(k.points[i] ?? null, lang))}</span></td>`;
    });
    const medians = kpis.map((k) => formatValue(k.median[i] ?? null, k.unit, lang));
    html += `<td class="num muted">${e(medians.join(" / "))}</td></tr>`;
  });
  return html;
}
