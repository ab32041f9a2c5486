/** The data-quality page's agents not in the roster: published names, what they may mean, where first written. */
import { describe, expect, it } from "vitest";
import type { RosterEntry } from "~/ingest/roster.ts";
import { notInRosterList } from "~/report/not-in-roster.ts";

describe("notInRosterList", () => {
  it("gives each agent its first row, when known", () => {
    const roster = new Map<string, RosterEntry>([
      ["暖阳家居旗舰店:林晓", { agent: "暖阳家居旗舰店:林晓", displayName: "小林" }],
    ]);
    const at = new Map([["小林", "data/exports/评分表.csv:5"]]);
    expect(
      notInRosterList(
        ["小林", "王五"],
        roster,
        (a) => a,
        (a) => at.get(a),
      ),
    ).toEqual([
      {
        agent: "小林",
        alike: [{ agent: "暖阳家居旗舰店:林晓", why: "display name" }],
        at: "data/exports/评分表.csv:5",
      },
      { agent: "王五", alike: [] },
    ]);
  });
});
