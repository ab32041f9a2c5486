/**
 * Assembles what the site reads from scored results: published agent names
 * (display names, or aliases when pseudonymised) and their slugs, scheme
 * views with the bands in force each month, standings, and data quality.
 */

import type { RankedResult } from "../analysis/standing.ts";
import { rankResults } from "../analysis/standing.ts";
import { bandsFor, kpiMeta, type Scheme } from "../engine/index.ts";
import type { AgentMonthResult, Label } from "../engine/types.ts";
import type {
  QualityData,
  SchemeView,
  SiteAgent,
  SiteData,
  SiteKpi,
  SiteResult,
} from "../site/model/site-data.ts";
import { agentSlugs } from "../site/slug.ts";

export interface SiteDataInput {
  title: Label;
  results: readonly AgentMonthResult[];
  schemes: ReadonlyMap<string, Scheme>;
  quality: QualityData;
  pseudonymized?: boolean;
  /** Published name → roster joined/left dates, for the agent pages. */
  tenure?: ReadonlyMap<string, { joined?: string; left?: string }>;
  /** Published name → the slug the site in the output folder gave it (previous-slugs.ts). */
  previousSlugs?: ReadonlyMap<string, string>;
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
    ...(scheme.pay.length > 0 ? { pays: true } : {}),
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

/** Six significant digits: more than any page shows, fewer bytes than a full double. */
const sig6 = (x: number | null) => (x === null ? null : Number(x.toPrecision(6)));

/** Numbers for rule texts, each text stored once (see SiteKpi). */
class RuleTable {
  readonly rules: string[] = [];
  private readonly ids = new Map<string, number>();
  id(rule: string): number {
    let id = this.ids.get(rule);
    if (id === undefined) {
      id = this.rules.length;
      this.rules.push(rule);
      this.ids.set(rule, id);
    }
    return id;
  }
}

/** Drops what the pages rebuild from the scheme (labels, hint texts): see SiteKpi. */
function slimResult(r: RankedResult, listed: ReadonlySet<string>, rules: RuleTable): SiteResult {
  return {
    ...r,
    kpis: r.kpis.map((k) => {
      const kpi: SiteKpi = {
        id: k.id,
        value: sig6(k.value),
        points: k.points,
        max: k.max,
        status: k.status,
        band: k.band && { index: k.band.index, rule: rules.id(k.band.rule) },
        next: k.next && {
          rule: rules.id(k.next.rule),
          gap: k.next.gap,
          pointsGain: k.next.pointsGain,
        },
      };
      if (!listed.has(k.id)) kpi.label = k.label;
      // The code is enough for the pages (and smaller); the English words only when there is none.
      if (k.why !== undefined) kpi.why = k.why;
      else if (k.reason !== undefined) kpi.reason = k.reason;
      if (k.weightedBy !== undefined) kpi.weightedBy = k.weightedBy;
      if (k.weight !== undefined) kpi.weight = k.weight;
      if (k.rating !== undefined) kpi.rating = k.rating;
      if (k.raters !== undefined) kpi.raters = k.raters;
      if (k.items !== undefined) kpi.items = k.items;
      if (k.each !== undefined) kpi.each = k.each;
      if (k.letter !== undefined) kpi.letter = k.letter;
      if (k.error !== undefined) kpi.error = k.error;
      return kpi;
    }),
  };
}

/** The results under their published names (roster display names or aliases), kept unique. */
export function publishResults(
  results: readonly AgentMonthResult[],
  publishedName: (name: string) => string,
): AgentMonthResult[] {
  const names = [...new Set(results.map((r) => r.agent))].sort();
  const published = uniqueNames(names, publishedName);
  return results.map((r) => ({ ...r, agent: published.get(r.agent) ?? r.agent }));
}

/** `results` are already published (see publishResults). */
export function assembleSiteData(input: SiteDataInput): SiteData {
  const renamed = input.results;
  const months = [...new Set(renamed.map((r) => r.month))].sort();
  // Slug priority: first month seen, then name (an agent who joins later never takes an address).
  const firstMonth = new Map<string, string>();
  for (const r of renamed) {
    const seen = firstMonth.get(r.agent);
    if (seen === undefined || r.month < seen) firstMonth.set(r.agent, r.month);
  }
  const slugs = agentSlugs(
    [...firstMonth.keys()].sort(
      (a, b) =>
        (firstMonth.get(a) as string).localeCompare(firstMonth.get(b) as string) ||
        (a < b ? -1 : a > b ? 1 : 0),
    ),
    input.previousSlugs,
  );
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
      ...input.tenure?.get(r.agent),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const schemes: Record<string, SchemeView> = {};
  for (const id of new Set(renamed.map((r) => r.scheme))) {
    const scheme = input.schemes.get(id);
    if (scheme) schemes[id] = schemeView(scheme, months);
  }
  const listedKpis = new Map(
    Object.values(schemes).map((v) => [v.id, new Set(v.kpis.map((k) => k.id))] as const),
  );
  const rules = new RuleTable();
  const results = rankResults(renamed).map((r) =>
    slimResult(r, listedKpis.get(r.scheme) ?? new Set(), rules),
  );
  return {
    title: input.title,
    pseudonymized: input.pseudonymized ?? false,
    months,
    agents,
    results,
    rules: rules.rules,
    schemes,
    quality: input.quality,
  };
}
