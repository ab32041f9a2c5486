/**
 * The compare page's data, split so no request grows with the whole centre:
 * an index (agents, months, schemes with bands) and one small file per agent,
 * fetched only when that agent is chosen.
 */
import type { SchemeView } from "../model/site-data.ts";
import type { SiteIndex } from "../model/site-index.ts";

export interface CompareIndex {
  months: string[];
  schemes: Record<string, Pick<SchemeView, "id" | "label" | "max" | "kpis" | "bands">>;
  agents: { name: string; slug: string; team?: string; role?: string; scheme: string }[];
  /** Preselected: the top of each scheme's ranking in the latest month. */
  defaults: string[];
}

export interface CompareAgent {
  name: string;
  slug: string;
  /** [month, scheme, total, max, grade, rank, of, { kpi: [value, points] }] */
  months: CompareMonth[];
}

export interface CompareMonth {
  month: string;
  scheme: string;
  total: number;
  max: number;
  grade: string | null;
  rank: number;
  of: number;
  kpis: Record<string, [number | null, number | null]>;
}

export function compareIndex(ix: SiteIndex): CompareIndex {
  const agents = ix.agents.flatMap((a) => {
    const latest = ix.byAgent.get(a.name)?.at(-1);
    if (!latest) return [];
    return [{ name: a.name, slug: a.slug, scheme: latest.scheme, ...pickDefined(a) }];
  });
  // Preselect the top three of the largest scheme group: agents on one form compare cleanly.
  const latestRows = ix.latestMonth ? (ix.byMonth.get(ix.latestMonth) ?? []) : [];
  const sizes = new Map<string, number>();
  for (const r of latestRows) sizes.set(r.scheme, (sizes.get(r.scheme) ?? 0) + 1);
  const biggest = [...sizes.entries()].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  )[0]?.[0];
  const defaults = latestRows
    .filter((r) => r.scheme === biggest)
    .sort((a, b) => a.rank - b.rank || a.agent.localeCompare(b.agent))
    .slice(0, 3)
    .map((r) => ix.agentByName.get(r.agent)?.slug)
    .filter((s): s is string => s !== undefined);
  const schemes: CompareIndex["schemes"] = {};
  for (const [id, s] of Object.entries(ix.schemes)) {
    schemes[id] = { id: s.id, label: s.label, max: s.max, kpis: s.kpis, bands: s.bands };
  }
  return { months: ix.months, schemes, agents, defaults };
}

function pickDefined(a: { team?: string; role?: string }): { team?: string; role?: string } {
  return {
    ...(a.team !== undefined ? { team: a.team } : {}),
    ...(a.role !== undefined ? { role: a.role } : {}),
  };
}

export function compareAgent(ix: SiteIndex, name: string, slug: string): CompareAgent {
  const months = (ix.byAgent.get(name) ?? []).map((r) => {
    const kpis: CompareMonth["kpis"] = {};
    for (const k of r.kpis) kpis[k.id] = [k.value, k.points];
    return {
      month: r.month,
      scheme: r.scheme,
      total: r.total,
      max: r.max,
      grade: r.grade,
      rank: r.rank,
      of: r.of,
      kpis,
    };
  });
  return { name, slug, months };
}
