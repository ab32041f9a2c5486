/** Test builders: small ranked results, scheme views and site indexes without a pipeline run. */

import type { RankedResult } from "~/analysis/standing.ts";
import type { BandView } from "~/charts/types.ts";
import type { KpiResult } from "~/engine/types.ts";
import type { KpiView, SchemeView, SiteData, SiteResult } from "~/site/model/site-data.ts";
import { indexSiteData, type SiteIndex } from "~/site/model/site-index.ts";

const label = (text: string) => ({ zh: text, en: text });

export function kpiView(id: string, over: Partial<KpiView> = {}): KpiView {
  return {
    id,
    label: label(id),
    formula: label(id),
    unit: "ratio",
    better: "higher",
    max: 10,
    ...over,
  };
}

export function band(over: Partial<BandView>): BandView {
  return {
    lo: null,
    hi: null,
    loInclusive: true,
    hiInclusive: false,
    points: 0,
    rule: "",
    tone: "fair",
    ...over,
  };
}

export function kpi(
  id: string,
  value: number | null,
  points: number | null,
  gain?: number,
): KpiResult {
  return {
    id,
    label: label(id),
    value,
    points,
    max: 10,
    status: value === null ? "missing" : "scored",
    band: null,
    next:
      gain === undefined
        ? null
        : { rule: "", gap: 0.01, text: label(`+${gain}`), pointsGain: gain },
  };
}

export function ranked(
  agent: string,
  month: string,
  total: number,
  over: Partial<RankedResult> = {},
): RankedResult {
  return {
    agent,
    month,
    scheme: "s",
    total,
    max: 100,
    complete: true,
    grade: null,
    pay: null,
    kpis: [],
    rank: 1,
    of: 1,
    delta: null,
    outlier: 0,
    ...over,
  };
}

export function schemeView(id: string, kpis: KpiView[], months: string[] = []): SchemeView {
  const bands: SchemeView["bands"] = {};
  for (const k of kpis) {
    bands[k.id] = Object.fromEntries(months.map((m) => [m, [band({ lo: 0.5, points: 10 })]]));
  }
  return {
    id,
    label: label(id),
    max: 100,
    kpis,
    grades: [
      { grade: "A", min: 90 },
      { grade: "B", min: 0 },
    ],
    bands,
  };
}

export function siteIndex(results: RankedResult[], schemes: SchemeView[]): SiteIndex {
  const months = [...new Set(results.map((r) => r.month))].sort();
  const names = [...new Set(results.map((r) => r.agent))].sort();
  // The site keeps rule texts once, by number, as the report's assembly does.
  const rules: string[] = [];
  const ruleId = (text: string) => {
    if (!rules.includes(text)) rules.push(text);
    return rules.indexOf(text);
  };
  const siteResults: SiteResult[] = results.map((r) => ({
    ...r,
    kpis: r.kpis.map(({ band, next, ...k }) => ({
      ...k,
      band: band && { index: band.index, rule: ruleId(band.rule) },
      next: next && { rule: ruleId(next.rule), gap: next.gap, pointsGain: next.pointsGain },
    })),
  }));
  const data: SiteData = {
    title: label("t"),
    pseudonymized: false,
    months,
    agents: names.map((name, i) => ({ name, slug: `a-${i}` })),
    results: siteResults,
    rules,
    schemes: Object.fromEntries(schemes.map((s) => [s.id, s])),
    quality: { files: [], rejected: [], skipped: [], problems: [], warnings: [] },
  };
  return indexSiteData(data);
}
