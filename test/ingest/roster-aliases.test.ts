/**
 * The roster's `aliases` column (roster-aliases.ts): a renamed sub-account's
 * months are the roster agent's; a name two agents claim is refused; a month
 * both names have stays apart and is an error.
 */
import { describe, expect, it } from "vitest";
import { parseRoster } from "~/ingest/roster.ts";
import { AliasMonths, aliasesOf, aliasMap } from "~/ingest/roster-aliases.ts";

describe("aliasesOf", () => {
  it("splits on ; ； | 、 / and normalises each name as an export's", () => {
    expect(aliasesOf("棉语旗舰店:小美01；小美 02|Ａｍｙ、 x /y")).toEqual([
      "棉语旗舰店:小美01",
      "小美 02",
      "Amy",
      "x",
      "y",
    ]);
    expect(aliasesOf("")).toEqual([]);
  });
});

describe("aliasMap", () => {
  it("reads the roster's aliases column, and refuses an alias that is a roster agent or another's alias", () => {
    const { roster } = parseRoster(
      "工号,agent,display_name,aliases\n1,棉语旗舰店:小美,小美,棉语旗舰店:小美01\n2,棉语旗舰店:阿杰,阿杰,棉语旗舰店:小美01;棉语旗舰店:小美\n",
      "data/roster.csv",
    );
    const { aliases, problems } = aliasMap(roster.values(), "data/roster.csv");
    expect([...aliases]).toEqual([["棉语旗舰店:小美01", "棉语旗舰店:小美"]]);
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [
        3,
        "aliases",
        "alias '棉语旗舰店:小美01' of '棉语旗舰店:阿杰' is an alias of '棉语旗舰店:小美' too: not used (give each name to one agent)",
      ],
      [
        3,
        "aliases",
        "alias '棉语旗舰店:小美' of '棉语旗舰店:阿杰' is a roster agent of its own: not used (remove that row, or the alias)",
      ],
    ]);
  });
});

describe("AliasMonths", () => {
  it("gives an alias's month to its agent, and keeps a month both names have apart with an error", () => {
    const months = [
      { agent: "小美", month: "2026-06" },
      { agent: "小美", month: "2026-07" },
      { agent: "小美01", month: "2026-07" },
      { agent: "小美01", month: "2026-08" },
    ];
    const m = new AliasMonths(new Map([["小美01", "小美"]]), months);
    expect(months.map((am) => m.agentOf(am))).toEqual(["小美", "小美", "小美01", "小美"]);
    expect(m.problems.map((p) => [p.severity, p.message])).toEqual([
      [
        "error",
        "小美 and its alias 小美01 both have data in 2026-07: the two are scored apart, not added up (a month's rows are summed before scoring); write that month's rows under one name and run again",
      ],
    ]);
  });
});
