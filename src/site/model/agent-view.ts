/** One agent across all months: the latest form, KPI trends against bands, what to improve. */
import type { BandView, MonthValue } from "../../charts/types.ts";
import type { KpiView, SchemeView, SiteAgent, SiteKpi, SiteResult } from "./site-data.ts";
import type { SiteIndex } from "./site-index.ts";

export interface KpiTrendView {
  kpi: KpiView;
  values: MonthValue[];
  teamMedian: MonthValue[];
  bands: { month: string; bands: BandView[] }[];
}

export interface AgentView {
  agent: SiteAgent;
  results: SiteResult[];
  latest: SiteResult;
  scheme: SchemeView;
  trends: KpiTrendView[];
  /** KPIs of the latest month that can still gain points, biggest gain first. */
  improve: SiteKpi[];
}

function kpiValue(r: SiteResult, id: string): number | null {
  return r.kpis.find((k) => k.id === id)?.value ?? null;
}

/** Both languages' pages of an agent share one view (computed once per build). */
const views = new WeakMap<SiteIndex, Map<string, AgentView | undefined>>();

export function agentView(ix: SiteIndex, agent: SiteAgent): AgentView | undefined {
  let perIndex = views.get(ix);
  if (!perIndex) {
    perIndex = new Map();
    views.set(ix, perIndex);
  }
  if (perIndex.has(agent.name)) return perIndex.get(agent.name);
  const view = computeAgentView(ix, agent);
  perIndex.set(agent.name, view);
  return view;
}

function computeAgentView(ix: SiteIndex, agent: SiteAgent): AgentView | undefined {
  const results = ix.byAgent.get(agent.name) ?? [];
  const latest = results.at(-1);
  if (!latest) return undefined;
  const scheme = ix.scheme(latest.scheme);
  // Trends follow the months scored with the latest scheme, so bands and values are comparable.
  const months = ix.months;
  const bySchemeMonth = new Map(
    results.filter((r) => r.scheme === scheme.id).map((r) => [r.month, r] as const),
  );
  const first = results.find((r) => r.scheme === scheme.id)?.month ?? latest.month;
  const span = months.filter((m) => m >= first && m <= latest.month);
  const trends = scheme.kpis.map((kpi) => ({
    kpi,
    values: span.map((month) => {
      const r = bySchemeMonth.get(month);
      return { month, value: r ? kpiValue(r, kpi.id) : null };
    }),
    teamMedian: span.map((month) => ({ month, value: ix.kpiMedian(scheme.id, month, kpi.id) })),
    bands: span.map((month) => ({ month, bands: scheme.bands[kpi.id]?.[month] ?? [] })),
  }));
  const improve = latest.kpis
    .filter((k) => k.status === "scored" && k.next !== null)
    .sort((a, b) => (b.next?.pointsGain ?? 0) - (a.next?.pointsGain ?? 0));
  return { agent, results, latest, scheme, trends, improve };
}
