import { describe, expect, it } from "vitest";
import type { RankedResult } from "~/analysis/standing.ts";
import { monthGroups } from "~/site/model/month-view.ts";
import { peopleIndex } from "~/site/model/people-index.ts";
import type { SiteIndex } from "~/site/model/site-index.ts";
import { TEAM_PAGE_BYTES, teamPageNumbers, teamPages } from "~/site/model/team-pages.ts";
import { hasTeamPages, TEAM_PAGES_ABOVE, teamLines, teamSlugs } from "~/site/model/teams.ts";
import { kpiView, ranked, schemeView, siteIndex } from "./builders.ts";

const M = "2026-10";
const schemes = [schemeView("pre", []), schemeView("post", [])];

/** `n` agents, agent i in team `teams(i)` (none when undefined); rank = position. */
function month(
  n: number,
  teams: (i: number) => string | undefined,
  scheme = "pre",
): RankedResult[] {
  return Array.from({ length: n }, (_, i) => {
    const team = teams(i);
    return ranked(`客服${String(i).padStart(4, "0")}`, M, 100 - (i % 100), {
      scheme,
      rank: i + 1,
      ...(team === undefined ? {} : { team }),
    });
  });
}

/** The builders' index has no roster teams: give each agent the team of its rows. */
function withRosterTeams(ix: SiteIndex): SiteIndex {
  for (const a of ix.agents) {
    const team = ix.byAgent.get(a.name)?.[0]?.team;
    if (team !== undefined) a.team = team;
  }
  return ix;
}

describe("team pages of a large month", () => {
  it(`start above ${TEAM_PAGES_ABOVE} agents in a month`, () => {
    const at = siteIndex(
      month(TEAM_PAGES_ABOVE, () => "A"),
      schemes,
    );
    const above = siteIndex(
      month(TEAM_PAGES_ABOVE + 1, () => "A"),
      schemes,
    );
    expect(hasTeamPages(at, M)).toBe(false);
    expect(teamPages(at, M)).toEqual([]);
    expect(hasTeamPages(above, M)).toBe(true);
    expect(teamPages(above, M).map((p) => p.sections.map((s) => s.slug))).toEqual([["a"]]);
  });

  it("slug team names safely: pinyin, a hash only on a collision, agents without a team apart", () => {
    const names = ["售前一组", "售前 一组", '<a href="x">/../组', "No Team", undefined];
    const ix = siteIndex(
      month(5, (i) => names[i]),
      schemes,
    );
    const slugs = teamSlugs(ix);
    // Same month: the name first in collation order keeps the bare slug.
    expect(slugs.get("售前 一组")).toBe("shou-qian-yi-zu");
    expect(slugs.get("售前一组")).toMatch(/^shou-qian-yi-zu-[a-z0-9]{4}$/);
    expect(slugs.get("No Team")).toBe("no-team");
    // No real team loses its address to the agents without one.
    expect(slugs.get("")).toBe("no-team-2");
    for (const slug of slugs.values()) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(slugs.values()).size).toBe(slugs.size);
  });

  it("keep a team's slug when a later month adds a team whose name slugs the same", () => {
    const early = month(3, () => "售前一组").map((r) => ({ ...r, month: "2026-09" }));
    const later = month(3, () => "售前 一组");
    const ix = siteIndex([...early, ...later], schemes);
    expect(teamSlugs(ix).get("售前一组")).toBe("shou-qian-yi-zu");
    expect(teamSlugs(ix).get("售前 一组")).not.toBe("shou-qian-yi-zu");
  });

  it("list a scheme's teams in roster order with head count, median and the best of each", () => {
    const rows = month(90, (i) => (i % 3 === 0 ? "二组" : i % 3 === 1 ? "一组" : undefined));
    const ix = withRosterTeams(siteIndex(rows, schemes));
    // The roster (agent order) meets 二组 first.
    ix.agents.sort((a, b) => a.name.localeCompare(b.name));
    const [group] = monthGroups(ix.byMonth.get(M) ?? [], ix);
    const lines = teamLines(group as NonNullable<typeof group>, ix);
    expect(lines.map((l) => [l.team, l.slug, l.count])).toEqual([
      ["二组", "er-zu", 30],
      ["一组", "yi-zu", 30],
      ["", "no-team", 30],
    ]);
    expect(lines[0]?.best.rank).toBe(1);
    expect(lines[1]?.best.rank).toBe(2);
    expect(lines[0]?.medianTotal).toBe(100 - 43.5);
  });

  it("give each team a section with its rows per scheme, ranked against the whole scheme", () => {
    const rows = [
      ...month(60, (i) => (i < 30 ? "一组" : "二组")),
      ...month(30, () => "一组", "post").map((r) => ({ ...r, agent: `${r.agent}b` })),
    ];
    const ix = siteIndex(rows, schemes);
    const [page, ...rest] = teamPages(ix, M);
    expect(rest).toEqual([]);
    const one = page?.sections.find((t) => t.team === "一组");
    const two = page?.sections.find((t) => t.team === "二组");
    expect(one?.count).toBe(60);
    expect(one?.groups.map((g) => [g.scheme.id, g.rows.length])).toEqual([
      ["post", 30],
      ["pre", 30],
    ]);
    expect(two?.groups[0]?.rows[0]?.rank).toBe(31);
  });

  it("pack teams in roster order onto pages under the byte budget; a team too big for one goes on pages of its own, in parts", () => {
    // 12 KPIs: a row is about 2.2 KB, so 150 KB holds about 65 rows.
    const wide = [
      schemeView(
        "pre",
        Array.from({ length: 12 }, (_, i) => kpiView(`k${i}`)),
      ),
    ];
    const sizes = [40, 40, 40, 200, 10];
    const starts = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
    const teamOfIndex = (i: number) => `T${starts.findLastIndex((s) => s <= i)}`;
    const ix = withRosterTeams(siteIndex(month(330, teamOfIndex), wide));
    const pages = teamPages(ix, M);
    expect(pages.map((p) => p.sections.map((s) => s.team))).toEqual([
      ["T0"],
      ["T1"],
      ["T2"],
      ["T3"],
      ["T3"],
      ["T3"],
      ["T4"],
    ]);
    expect(pages.every((p) => p.pages === 7)).toBe(true);
    expect(teamPageNumbers(ix, M).get("T3")).toBe(4);
    // T3's 200 rows: 68 a page at about 2.2 KB each, in rank order, each row once.
    const t3 = pages.slice(3, 6).map((p) => p.sections[0]);
    expect(t3.map((s) => s?.part)).toEqual([
      { index: 1, of: 3, from: 1, to: 68 },
      { index: 2, of: 3, from: 69, to: 136 },
      { index: 3, of: 3, from: 137, to: 200 },
    ]);
    expect(t3.every((s) => s?.count === 200)).toBe(true);
    const ranks = t3.flatMap((s) => s?.groups.flatMap((g) => g.rows.map((r) => r.rank)) ?? []);
    expect(ranks).toEqual(Array.from({ length: 200 }, (_, i) => 121 + i));
    // The find-an-agent box sends each agent to the page holding their row.
    const people = peopleIndex(ix, M).people;
    expect(people.find((p) => p[6] === 121)?.[4]).toBe(4);
    expect(people.find((p) => p[6] === 200)?.[4]).toBe(5);
    expect(people.find((p) => p[6] === 320)?.[4]).toBe(6);
    // 5 KPIs: a row is about 1.2 KB, so three teams of 40 share a page.
    const five = [
      schemeView(
        "pre",
        Array.from({ length: 5 }, (_, i) => kpiView(`k${i}`)),
      ),
    ];
    const narrow = withRosterTeams(siteIndex(month(330, teamOfIndex), five));
    expect(teamPages(narrow, M).map((p) => p.sections.map((s) => s.team))).toEqual([
      ["T0", "T1", "T2"],
      ["T3"],
      ["T3"],
      ["T4"],
    ]);
    expect(TEAM_PAGE_BYTES).toBeLessThan(200 * 1024);
  });

  it("cut agents without a team (no roster) into pages under the budget, rows in rank order across schemes", () => {
    const rows = [
      ...month(300, () => undefined),
      ...month(100, () => undefined, "post").map((r) => ({ ...r, agent: `${r.agent}b` })),
    ];
    const wide = [
      schemeView(
        "pre",
        Array.from({ length: 12 }, (_, i) => kpiView(`k${i}`)),
      ),
      schemeView(
        "post",
        Array.from({ length: 12 }, (_, i) => kpiView(`k${i}`)),
      ),
    ];
    const pages = teamPages(siteIndex(rows, wide), M);
    expect(pages.length).toBe(6);
    const seen = pages.flatMap((p) =>
      p.sections.flatMap((s) => s.groups.flatMap((g) => g.rows.map((r) => r.agent))),
    );
    expect(new Set(seen).size).toBe(400);
    expect(seen).toHaveLength(400);
    for (const p of pages) {
      const bytes = p.sections.reduce(
        (n, s) => n + s.groups.reduce((m, g) => m + 2000 + g.rows.length * (400 + 150 * 12), 0),
        0,
      );
      expect(bytes).toBeLessThanOrEqual(TEAM_PAGE_BYTES);
    }
  });

  it("publish a compact people file: name, slugs, team, scheme, rank, total, grade", () => {
    const ix = siteIndex(
      month(90, () => "一组"),
      schemes,
    );
    const file = peopleIndex(ix, M);
    expect(file.schemes).toEqual([{ zh: "pre", en: "pre" }]);
    expect(file.people[0]).toEqual(["客服0000", "a-0", "一组", "yi-zu", 1, 0, 1, 100, ""]);
  });
});
