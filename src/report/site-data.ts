/**
 * Assembles what the site reads from scored results: published agent names
 * (display names, or aliases when pseudonymised) and their slugs, scheme
 * views with the bands in force each month, standings, and data quality.
 */

import { rankResults } from "../analysis/standing.ts";
import { bandsFor, kpiMeta, type Scheme } from "../engine/index.ts";
import type { AgentMonthResult, Label } from "../engine/types.ts";
import type { QualityData, SchemeView, SiteAgent, SiteData } from "../site/model/site-data.ts";
import { agentSlugs } from "../site/slug.ts";

export interface SiteDataInput {
  title: Label;
  results: readonly AgentMonthResult[];
  schemes: ReadonlyMap<string, Scheme>;
  quality: QualityData;
  /** Export name → the name to publish (a roster display name or an alias). */
  publishedName?: (name: string) => string;
  pseudonymized?: boolean;
}

export function schemeView(scheme: Scheme, months: readonly string[]): SchemeView {
  const kpis = kpiMeta(scheme);
  const bands: SchemeView["bands"] = {};
  for (const k of kpis) {
    const perMonth: Record<string, ReturnType<typeof bandsFor>> = {};
    for (const m of months) perMonth[m] = bandsFor(scheme, k.id, m);
    bands[k.id] = perMonth;
  }
  return {
    id: scheme.id,
    label: scheme.label,
    max: scheme.max,
    kpis,
    grades: scheme.grades.map((g) => ({ grade: g.grade, min: g.min ?? 0 })),
    bands,
  };
}

/** Published names must stay unique: a display name shared by two agents falls back to the export name. */
function uniqueNames(
  names: readonly string[],
  publish: (n: string) => string,
): Map<string, string> {
  const wanted = new Map(names.map((n) => [n, publish(n)]));
  const count = new Map<string, number>();
  for (const p of wanted.values()) count.set(p, (count.get(p) ?? 0) + 1);
  return new Map(
    names.map((n) => [
      n,
      (count.get(wanted.get(n) as string) ?? 0) > 1 ? n : (wanted.get(n) as string),
    ]),
  );
}

export function assembleSiteData(input: SiteDataInput): SiteData {
  const names = [...new Set(input.results.map((r) => r.agent))].sort();
  const published = uniqueNames(names, input.publishedName ?? ((n) => n));
  const renamed = input.results.map((r) => ({ ...r, agent: published.get(r.agent) ?? r.agent }));
  const months = [...new Set(renamed.map((r) => r.month))].sort();
  const slugs = agentSlugs(published.values());
  const latest = new Map<string, AgentMonthResult>();
  for (const r of renamed) {
    const seen = latest.get(r.agent);
    if (!seen || seen.month <= r.month) latest.set(r.agent, r);
  }
  const agents: SiteAgent[] = [...latest.values()]
    .map((r) => ({
      name: r.agent,
      slug: slugs.get(r.agent) as string,
      ...(r.role !== undefined ? { role: r.role } : {}),
      ...(r.team !== undefined ? { team: r.team } : {}),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const schemes: Record<string, SchemeView> = {};
  for (const id of new Set(renamed.map((r) => r.scheme))) {
    const scheme = input.schemes.get(id);
    if (scheme) schemes[id] = schemeView(scheme, months);
  }
  return {
    title: input.title,
    pseudonymized: input.pseudonymized ?? false,
    months,
    agents,
    results: rankResults(renamed),
    schemes,
    quality: input.quality,
  };
}
