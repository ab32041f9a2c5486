/** Lookups the pages need, computed once per build from the site data. */
import { median } from "d3-array";
import { nextBandText } from "../../engine/format.ts";
import type { Label } from "../../engine/types.ts";
import type { SchemeView, SiteAgent, SiteData, SiteKpi, SiteResult } from "./site-data.ts";

export interface SiteIndex extends SiteData {
  byMonth: Map<string, SiteResult[]>;
  byAgent: Map<string, SiteResult[]>;
  agentByName: Map<string, SiteAgent>;
  agentBySlug: Map<string, SiteAgent>;
  latestMonth: string | undefined;
  scheme(id: string): SchemeView;
  /** A result item's label: the scheme's KPI label, or the item's own (bonus, veto). */
  kpiLabel(scheme: string, kpi: SiteKpi): Label;
  /** The "what to improve" hint of a KPI, rebuilt from its gap and gain. */
  nextText(scheme: string, kpi: SiteKpi): Label | null;
  /** A band rule's text (SiteKpi keeps its number); "" for none. */
  rule(id: number | undefined): string;
  /** Median of a KPI's value among the agents scored with `scheme` in `month` (memoised). */
  kpiMedian(scheme: string, month: string, kpi: string): number | null;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export function indexSiteData(data: SiteData): SiteIndex {
  const byMonth = groupBy(data.results, (r) => r.month);
  const byAgent = groupBy(data.results, (r) => r.agent);
  for (const list of byAgent.values()) list.sort((a, b) => a.month.localeCompare(b.month));
  // Every agent page asks for the same few hundred medians: compute each once, not per page.
  const medians = new Map<string, number | null>();
  const kpiMedian = (scheme: string, month: string, kpi: string): number | null => {
    const key = `${scheme}\u0000${month}\u0000${kpi}`;
    let m = medians.get(key);
    if (m === undefined) {
      const peers = (byMonth.get(month) ?? []).filter((r) => r.scheme === scheme);
      m = median(peers, (r) => r.kpis.find((k) => k.id === kpi)?.value ?? null) ?? null;
      medians.set(key, m);
    }
    return m;
  };
  const viewOf = (scheme: string, id: string) =>
    data.schemes[scheme]?.kpis.find((k) => k.id === id);
  const kpiLabel = (scheme: string, kpi: SiteKpi): Label =>
    viewOf(scheme, kpi.id)?.label ?? kpi.label ?? { zh: kpi.id, en: kpi.id };
  const nextText = (scheme: string, kpi: SiteKpi): Label | null => {
    const view = viewOf(scheme, kpi.id);
    if (!kpi.next || !view) return null;
    return nextBandText(kpi.next.gap, view.unit, view.label, kpi.next.pointsGain);
  };
  return {
    ...data,
    rule: (id) => (id === undefined ? "" : (data.rules[id] ?? "")),
    kpiMedian,
    kpiLabel,
    nextText,
    byMonth,
    byAgent,
    agentByName: new Map(data.agents.map((a) => [a.name, a])),
    agentBySlug: new Map(data.agents.map((a) => [a.slug, a])),
    latestMonth: data.months.at(-1),
    scheme(id) {
      const s = data.schemes[id];
      if (!s)
        throw new Error(`scheme '${id}' is referenced by a result but missing from the site data`);
      return s;
    },
  };
}
