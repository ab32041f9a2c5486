/**
 * A large month read by team. Above `TEAM_PAGES_ABOVE` agents a month page no
 * longer carries every agent's row (3,000 rows are 2.6 MB of HTML): it lists
 * the teams, each linking to its section on a team page (team-pages.ts), and
 * a filter box finds anyone in the month's compact JSON (people-index.ts).
 * Team names are user data: their slugs come from the same readable-slug rules
 * as agents' (pinyin for Chinese, a hash suffix only on a collision).
 */

import { agentSlugs } from "../slug.ts";
import { type MonthGroup, medianTotal } from "./month-view.ts";
import type { SiteResult } from "./site-data.ts";
import type { SiteIndex } from "./site-index.ts";

/**
 * Months with more agents than this get per-team pages. At 80 a month page of
 * five-KPI schemes weighs about 150 KB with its dot plots, under the 200 KB
 * page budget; a team of a few dozen (the sample) keeps its one ranking table.
 */
export const TEAM_PAGES_ABOVE = 80;

/** The slug of agents without a team (taken by no real team: those are slugged first). */
export const NO_TEAM_SLUG = "no-team";

export function hasTeamPages(ix: SiteIndex, month: string): boolean {
  return (ix.byMonth.get(month)?.length ?? 0) > TEAM_PAGES_ABOVE;
}

/** A row's team as the pages group it: "" for none. */
export const teamOf = (row: Pick<SiteResult, "team">): string => row.team ?? "";

const slugCache = new WeakMap<SiteIndex, Map<string, string>>();

/**
 * Every team's slug across the whole site, stable across months and runs:
 * teams are slugged in the order they first appear (earliest month, then
 * name), so a team founded later never takes an address another team has.
 */
export function teamSlugs(ix: SiteIndex): Map<string, string> {
  const cached = slugCache.get(ix);
  if (cached) return cached;
  const firstSeen = new Map<string, string>();
  let hasNone = false;
  for (const r of ix.results) {
    const team = teamOf(r);
    if (team === "") hasNone = true;
    else if ((firstSeen.get(team) ?? "9999-99") > r.month) firstSeen.set(team, r.month);
  }
  const ordered = [...firstSeen.entries()]
    .sort(([a, x], [b, y]) => x.localeCompare(y) || a.localeCompare(b))
    .map(([team]) => team);
  const slugs = agentSlugs(ordered);
  if (hasNone) {
    const taken = new Set(slugs.values());
    let slug = NO_TEAM_SLUG;
    for (let i = 2; taken.has(slug); i++) slug = `${NO_TEAM_SLUG}-${i}`;
    slugs.set("", slug);
  }
  slugCache.set(ix, slugs);
  return slugs;
}

/**
 * Teams in roster order (the order the user keeps them in: 售前二组 after
 * 售前一组, which no collation gives), teams missing from the roster last by name.
 */
export function byRosterOrder(ix: SiteIndex): (a: string, b: string) => number {
  const rosterOrder = new Map<string, number>();
  ix.agents.forEach((a, i) => {
    const team = a.team ?? "";
    if (!rosterOrder.has(team)) rosterOrder.set(team, i);
  });
  const order = (t: string) => rosterOrder.get(t) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => order(a) - order(b) || a.localeCompare(b);
}

/** A month's rows by team ("" for none), each list in the order given. */
export function rowsByTeam(rows: readonly SiteResult[]): Map<string, SiteResult[]> {
  const byTeam = new Map<string, SiteResult[]>();
  for (const r of rows) {
    const list = byTeam.get(teamOf(r));
    if (list) list.push(r);
    else byTeam.set(teamOf(r), [r]);
  }
  return byTeam;
}

/** One team's line in a scheme's list of teams on a large month page. */
export interface TeamLine {
  team: string;
  slug: string;
  count: number;
  medianTotal: number | null;
  best: SiteResult;
  incomplete: number;
}

/** The teams of one scheme's month, in roster order. */
export function teamLines(group: MonthGroup, ix: SiteIndex): TeamLine[] {
  const slugs = teamSlugs(ix);
  const order = byRosterOrder(ix);
  // group.rows are in rank order, so each team's list is too.
  return [...rowsByTeam(group.rows).entries()]
    .sort(([a], [b]) => order(a, b))
    .map(([team, rows]) => ({
      team,
      slug: slugs.get(team) ?? NO_TEAM_SLUG,
      count: rows.length,
      medianTotal: medianTotal(rows),
      best: rows[0] as SiteResult,
      incomplete: rows.filter((r) => !r.complete).length,
    }));
}
