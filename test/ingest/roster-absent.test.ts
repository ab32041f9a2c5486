/**
 * Roster agents without data in a month the run has (roster-absent.ts): a
 * whole team is named as such, a single agent as one of the team's, and an
 * agent outside their joined/left months, or a month the run does not have,
 * says nothing.
 */
import { describe, expect, it } from "vitest";
import type { RosterEntry } from "~/ingest/roster.ts";
import { rosterAbsences } from "~/ingest/roster-absent.ts";

const roster = new Map<string, RosterEntry>(
  (
    [
      { agent: "小美", team: "售前一组" },
      { agent: "阿杰", team: "售前一组", joined: "2026-10-20" },
      { agent: "阿伟", team: "售前一组", left: "2026-06-19" },
      { agent: "阿珍", team: "售后组" },
      { agent: "小雨", team: "售后组" },
      // Moved to 售后 in October: counted with the team of the month.
      { agent: "丁丁", team: "售前一组", periods: [{ from: "2026-10", team: "售后组", row: 9 }] },
    ] as RosterEntry[]
  ).map((e) => [e.agent, e]),
);

describe("rosterAbsences", () => {
  it("names a whole team without data, and an agent without data among the team's", () => {
    const seen = new Map([
      ["2026-09", new Set(["小美", "阿珍", "小雨", "丁丁"])],
      ["2026-10", new Set(["小美"])],
    ]);
    const got = rosterAbsences(seen, roster, "data/roster.csv");
    expect(got.map((p) => p.why)).toEqual([
      {
        code: "roster-no-data",
        month: "2026-10",
        team: "售前一组",
        agents: ["阿杰"],
        absent: 1,
        of: 2,
      },
      {
        code: "roster-no-data",
        month: "2026-10",
        team: "售后组",
        agents: ["丁丁", "小雨", "阿珍"],
        absent: 3,
        of: 3,
      },
    ]);
    expect(got[0]?.message).toBe(
      "2026-10: no data for 1 of the 2 agents of team 售前一组 the roster has this month (阿杰): not scored this month; check the export for their names, or write a left date for an agent who has gone (one on leave needs nothing)",
    );
    expect(got[1]?.message).toContain("the team's export for 2026-10 may be missing");
  });

  it("lists ten names and counts the rest", () => {
    const big = new Map<string, RosterEntry>(
      Array.from({ length: 12 }, (_, i) => {
        const agent = `客服${String(i).padStart(2, "0")}`;
        return [agent, { agent, team: "售后组" }];
      }),
    );
    const [p] = rosterAbsences(new Map([["2026-10", new Set<string>()]]), big, "r.csv");
    expect(p?.message).toContain("客服09 and 2 more)");
  });
});
