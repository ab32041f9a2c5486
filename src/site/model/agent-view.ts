/** One agent across all months: the latest form, KPI trends against bands, what to improve. */
import type { BandView, MonthValue } from "../../charts/types.ts";
import type { KpiView, SchemeView, SiteAgent, SiteKpi, SiteResult } from "./site-data.ts";
import type { SiteIndex } from "./site-index.ts";

export interface KpiTrendView {
  kpi: KpiView;
  values: MonthValue[];
  teamMedian: MonthValue[];
  bands: { month: string; bands: BandView[] }[];
  /** Names `bands`, which every agent with this scheme, KPI and span shares. */
  bandsKey: string;
}

export interface AgentView {
  agent: SiteAgent;
  results: SiteResult[];
  latest: SiteResult;
  scheme: SchemeView;
  /** The latest scheme and its earlier versions the trends span (see sameLine). */
  line: ReadonlySet<string>;
  trends: KpiTrendView[];
  /** KPIs of the latest month that can still gain points, biggest gain first. */
  improve: SiteKpi[];
}

function kpiValue(r: SiteResult, id: string): number | null {
  return r.kpis.find((k) => k.id === id)?.value ?? null;
}

/**
 * The team medians and bands of a scheme's KPI over a span of months are the
 * same for every agent with that span: built once per index and shared, so a
 * view per page is cheap and thousands of pages do not hold thousands of copies.
 */
type Shared = Pick<KpiTrendView, "teamMedian" | "bands" | "bandsKey">;
const sharedSeries = new WeakMap<SiteIndex, Map<string, Shared>>();

function shared(ix: SiteIndex, schemes: SchemeView[], kpi: string, span: string[]): Shared {
  let perIndex = sharedSeries.get(ix);
  if (!perIndex) {
    perIndex = new Map();
    sharedSeries.set(ix, perIndex);
  }
  const ids = [...new Set(schemes.map((s) => s.id))];
  // One scheme over the span keys as before; versions name each month's scheme.
  const by = ids.length === 1 ? ids[0] : schemes.map((s) => s.id).join("\u0001");
  const key = `${by}\u0000${kpi}\u0000${span[0]}\u0000${span.at(-1)}`;
  let series = perIndex.get(key);
  if (!series) {
    series = {
      bandsKey: key,
      teamMedian: span.map((month, i) => ({
        month,
        value: ix.kpiMedian((schemes[i] as SchemeView).id, month, kpi),
      })),
      bands: span.map((month, i) => ({
        month,
        bands: (schemes[i] as SchemeView).bands[kpi]?.[month] ?? [],
      })),
    };
    perIndex.set(key, series);
  }
  return series;
}

/** Computed per page (both languages): cheap, since the team series are shared. */
export function agentView(ix: SiteIndex, agent: SiteAgent): AgentView | undefined {
  const results = ix.byAgent.get(agent.name) ?? [];
  const latest = results.at(-1);
  if (!latest) return undefined;
  const scheme = ix.scheme(latest.scheme);
  // Trends follow the months scored with the latest scheme, or with an earlier version of it
  // (schemesFrom: the same KPIs, maximum and grades, other bands), each month against its own bands.
  const line = new Set(
    results.map((r) => r.scheme).filter((id) => sameLine(ix.scheme(id), scheme)),
  );
  const months = ix.months;
  const bySchemeMonth = new Map(
    results.filter((r) => line.has(r.scheme)).map((r) => [r.month, r] as const),
  );
  const first = results.find((r) => line.has(r.scheme))?.month ?? latest.month;
  const span = months.filter((m) => m >= first && m <= latest.month);
  // The scheme of each month of the span: the agent's own that month, else the latest.
  const schemes = span.map((m) => ix.scheme(bySchemeMonth.get(m)?.scheme ?? scheme.id));
  const trends = scheme.kpis.map((kpi) => ({
    kpi,
    values: span.map((month) => {
      const r = bySchemeMonth.get(month);
      return { month, value: r ? kpiValue(r, kpi.id) : null };
    }),
    ...shared(ix, schemes, kpi.id, span),
  }));
  const improve = latest.kpis
    .filter((k) => k.status === "scored" && k.next !== null)
    .sort((a, b) => (b.next?.pointsGain ?? 0) - (a.next?.pointsGain ?? 0));
  return { agent, results, latest, scheme, line, trends, improve };
}

/**
 * A scheme's KPIs (and units), maximum and grades as one string, made once per
 * scheme: sameLine runs for every result of every agent (~144,000 times at
 * 3,000 agents × 24 months), and the scheme views live as long as the site data.
 */
const shapes = new WeakMap<SchemeView, string>();

function shapeOf(s: SchemeView): string {
  let shape = shapes.get(s);
  if (shape === undefined) {
    shape = JSON.stringify([s.max, s.kpis.map((k) => [k.id, k.unit]), s.grades]);
    shapes.set(s, shape);
  }
  return shape;
}

/** Versions of one scheme: the same KPIs (and units), maximum and grades; bands and pay may differ. */
function sameLine(a: SchemeView, b: SchemeView): boolean {
  return a.id === b.id || shapeOf(a) === shapeOf(b);
}
