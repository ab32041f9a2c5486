/**
 * The team pages of a large month (teams.ts): every team a section, teams in
 * roster order packed onto numbered pages (`/months/YYYY-MM/teams/3/#team-…`)
 * of at most about 150 KB of ranking rows each. A page per team would be
 * 9,600 small pages at 3,000 agents × 24 months, doubling the build; packed
 * it is about 1,000. A team too big for one page (or every agent of a team
 * without a roster: one "team" of 3,000) goes on as many pages of its own as
 * its rows need, each a part of it, in rank order.
 */
import { type MonthGroup, monthGroups } from "./month-view.ts";
import type { SchemeView } from "./site-data.ts";
import type { SiteIndex } from "./site-index.ts";
import { byRosterOrder, hasTeamPages, NO_TEAM_SLUG, rowsByTeam, teamSlugs } from "./teams.ts";

/** Estimated HTML of the ranking rows one page may carry (the page budget is 200 KB). */
export const TEAM_PAGE_BYTES = 150 * 1024;
/** A ranking row's HTML: name, team, total, grade, pay, change, and a heat-map cell per KPI. */
const rowBytes = (scheme: SchemeView) => 400 + 150 * scheme.kpis.length;
/** A table's head: a sort button per column. */
const TABLE_BYTES = 2000;

export interface TeamSection {
  /** "" for agents without a team. */
  team: string;
  slug: string;
  /** The team's rows per scheme; ranks stay the month's (against the whole scheme). */
  groups: MonthGroup[];
  count: number;
  /** A team on several pages: which part this is, and its rows' places in the team (1-based). */
  part?: { index: number; of: number; from: number; to: number };
}

export interface TeamPageView {
  month: string;
  /** 1-based. */
  page: number;
  pages: number;
  sections: TeamSection[];
}

/** The fragment of a team's section on its page. */
export const teamAnchor = (slug: string) => `team-${slug}`;

const cache = new WeakMap<SiteIndex, Map<string, TeamPageView[]>>();

/** Every team page of a month: none for a month at or under the threshold. */
export function teamPages(ix: SiteIndex, month: string): TeamPageView[] {
  const byMonth = cache.get(ix) ?? new Map<string, TeamPageView[]>();
  cache.set(ix, byMonth);
  const cached = byMonth.get(month);
  if (cached) return cached;
  const pages: TeamSection[][] = [];
  if (hasTeamPages(ix, month)) {
    const slugs = teamSlugs(ix);
    const order = byRosterOrder(ix);
    let page: TeamSection[] = [];
    let bytes = 0;
    const flush = () => {
      if (page.length > 0) pages.push(page);
      page = [];
      bytes = 0;
    };
    for (const [team, rows] of [...rowsByTeam(ix.byMonth.get(month) ?? [])].sort(([a], [b]) =>
      order(a, b),
    )) {
      const groups = monthGroups(rows, ix);
      const slug = slugs.get(team) ?? NO_TEAM_SLUG;
      const size = groups.reduce((n, g) => n + groupBytes(g, g.rows.length), 0);
      if (size > TEAM_PAGE_BYTES) {
        flush();
        const parts = splitGroups(groups);
        let from = 1;
        parts.forEach((part, i) => {
          const count = part.reduce((n, g) => n + g.rows.length, 0);
          const index = { index: i + 1, of: parts.length, from, to: from + count - 1 };
          pages.push([{ team, slug, groups: part, count: rows.length, part: index }]);
          from += count;
        });
        continue;
      }
      if (page.length > 0 && bytes + size > TEAM_PAGE_BYTES) flush();
      page.push({ team, slug, groups, count: rows.length });
      bytes += size;
    }
    flush();
  }
  const views = pages.map((sections, i) => ({ month, page: i + 1, pages: pages.length, sections }));
  byMonth.set(month, views);
  return views;
}

/** Team → the number of the page its section (or its first part) is on. */
export function teamPageNumbers(ix: SiteIndex, month: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const view of teamPages(ix, month))
    for (const section of view.sections)
      if (!out.has(section.team)) out.set(section.team, view.page);
  return out;
}

/** Agent → the number of the team page their row is on. */
export function agentPageNumbers(ix: SiteIndex, month: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const view of teamPages(ix, month))
    for (const section of view.sections)
      for (const group of section.groups)
        for (const row of group.rows) out.set(row.agent, view.page);
  return out;
}

/** The estimated HTML of a ranking table of `rows` rows of the group's scheme. */
const groupBytes = (g: MonthGroup, rows: number) => TABLE_BYTES + rows * rowBytes(g.scheme);

/** A team's groups cut into pages' worth, in order: each part a slice of the groups' rows. */
function splitGroups(groups: readonly MonthGroup[]): MonthGroup[][] {
  const parts: MonthGroup[][] = [];
  let part: MonthGroup[] = [];
  let bytes = 0;
  for (const group of groups) {
    let at = 0;
    while (at < group.rows.length) {
      const room = Math.floor((TEAM_PAGE_BYTES - bytes - TABLE_BYTES) / rowBytes(group.scheme));
      if (room < 1 && part.length > 0) {
        parts.push(part);
        part = [];
        bytes = 0;
        continue;
      }
      const take = Math.max(1, Math.min(room, group.rows.length - at));
      part.push({ ...group, rows: group.rows.slice(at, at + take) });
      bytes += groupBytes(group, take);
      at += take;
    }
  }
  if (part.length > 0) parts.push(part);
  return parts;
}
