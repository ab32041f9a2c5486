/**
 * The team pages of a large month (teams.ts): every team a section, teams in
 * roster order packed onto numbered pages (`/months/YYYY-MM/teams/3/#team-…`)
 * of at most about 150 KB of ranking rows each. A page per team would be
 * 9,600 small pages at 3,000 agents × 24 months, doubling the build; packed
 * it is about 1,000. A team too big for one page has a page of its own.
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
    for (const [team, rows] of [...rowsByTeam(ix.byMonth.get(month) ?? [])].sort(([a], [b]) =>
      order(a, b),
    )) {
      const groups = monthGroups(rows, ix);
      const size = groups.reduce((n, g) => n + TABLE_BYTES + g.rows.length * rowBytes(g.scheme), 0);
      if (page.length > 0 && bytes + size > TEAM_PAGE_BYTES) {
        pages.push(page);
        page = [];
        bytes = 0;
      }
      page.push({ team, slug: slugs.get(team) ?? NO_TEAM_SLUG, groups, count: rows.length });
      bytes += size;
    }
    if (page.length > 0) pages.push(page);
  }
  const views = pages.map((sections, i) => ({ month, page: i + 1, pages: pages.length, sections }));
  byMonth.set(month, views);
  return views;
}

/** Team → the number of the page its section is on. */
export function teamPageNumbers(ix: SiteIndex, month: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const view of teamPages(ix, month))
    for (const section of view.sections) out.set(section.team, view.page);
  return out;
}
