/**
 * The month's people as the filter box on a large month page fetches them:
 * one short array per agent (about 80 bytes), a tenth of results.json. Both
 * languages share the file: names, teams, grades and slugs have no language;
 * scheme labels come in both.
 */
import type { Label } from "../../engine/types.ts";
import type { SiteIndex } from "./site-index.ts";
import { agentPageNumbers } from "./team-pages.ts";
import { teamOf, teamSlugs } from "./teams.ts";

/** name, agent slug ("" without an agent page), team ("" for none), team slug, the team page holding their row, scheme index, rank, total, grade ("" for none). */
export type PersonRow = [string, string, string, string, number, number, number, number, string];

export interface PeopleIndex {
  month: string;
  schemes: Label[];
  people: PersonRow[];
}

export function peopleIndex(ix: SiteIndex, month: string): PeopleIndex {
  const rows = [...(ix.byMonth.get(month) ?? [])].sort(
    (a, b) => a.scheme.localeCompare(b.scheme) || a.rank - b.rank || a.agent.localeCompare(b.agent),
  );
  const schemeIds = [...new Set(rows.map((r) => r.scheme))];
  const teams = teamSlugs(ix);
  const pages = agentPageNumbers(ix, month);
  return {
    month,
    schemes: schemeIds.map((id) => ix.scheme(id).label),
    people: rows.map((r) => [
      r.agent,
      ix.agentByName.get(r.agent)?.slug ?? "",
      teamOf(r),
      teams.get(teamOf(r)) ?? "",
      pages.get(r.agent) ?? 0,
      schemeIds.indexOf(r.scheme),
      r.rank,
      r.total,
      r.grade ?? "",
    ]),
  };
}
