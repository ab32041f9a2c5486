/**
 * The roster's `aliases` column (roster-aliases.ts): a renamed sub-account's
 * rows are the roster agent's, read so at ingest (agent-cells.ts) before any
 * agent-month is keyed; a name two agents claim is refused; a day given under
 * both names is a duplicate.
 */
import { describe, expect, it } from "vitest";
import { ParseCache } from "~/ingest/parse-cache.ts";
import { parseRoster } from "~/ingest/roster.ts";
import { aliasesOf, aliasMap } from "~/ingest/roster-aliases.ts";
import { tempDir } from "../support/temp-dir.ts";
import { HEADER, ingestTemp } from "./temp-files.ts";

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

/** The ingest option the roster gives: alias → roster agent, as load-and-score.ts passes it. */
function aliasesFrom(roster: string): [string, string][] {
  return [...aliasMap(parseRoster(roster, "data/roster.csv").roster.values(), "r").aliases];
}

const RATINGS = [{ id: "sup_score", headers: ["主管评"] }];
const day = (agent: string, date: string) => `${agent},${date},10,5,10,100`;

describe("ingest reads an alias's rows as the roster agent's", () => {
  it("two aliases in one month (renamed 01 → 02 on the 15th): one agent-month with all its days", async () => {
    const aliases = aliasesFrom("agent,aliases\n小美,小美01;小美02\n");
    const rows = [
      day("小美01", "2026-08-01"),
      day("小美01", "2026-08-14"),
      day("小美02", "2026-08-15"),
      day("小美02", "2026-08-31"),
    ];
    const r = await ingestTemp({ "aug.csv": `${HEADER}\n${rows.join("\n")}\n` }, { aliases });
    expect(r.rejected).toEqual([]);
    expect(r.agentMonths.map((m) => [m.agent, m.month, m.days, m.values.inquiries])).toEqual([
      ["小美", "2026-08", 4, 40],
    ]);
    // Spellings: an alias is no other spelling of the agent's name (no warning).
    expect(r.problems).toEqual([]);
    expect(r.firstRows).toEqual(new Map([["小美", "aug.csv:2"]]));
  });

  it("an export under the alias and a rating sheet under the roster agent: one agent-month", async () => {
    const r = await ingestTemp(
      {
        "a-export.csv": `${HEADER}\n${day("店:小美01", "2026-08-01")}\n${day("店:小美", "2026-07-01")}\n`,
        "b-ratings.csv": "客服,月份,主管评\n店:小美,2026-08,9\n店:小美,2026-09,8\n",
      },
      { extraColumns: RATINGS, aliases: [["店:小美01", "店:小美"]] },
    );
    expect(r.rejected).toEqual([]);
    expect(
      r.agentMonths.map((m) => [m.agent, m.month, m.values.inquiries, m.values.sup_score]),
    ).toEqual([
      ["店:小美", "2026-07", 10, undefined],
      ["店:小美", "2026-08", 10, 9],
      ["店:小美", "2026-09", undefined, 8],
    ]);
    // Only September is rated only, at its rating sheet's row; August's export (under the
    // alias) gave it a value.
    expect(r.ratedRows).toEqual(new Map([["店:小美\u00002026-09", "b-ratings.csv:3"]]));
  });

  it("a day given under both names is a duplicate naming the first row; every row is counted", async () => {
    const r = await ingestTemp(
      {
        "a.csv": `${HEADER}\n${day("小美", "2026-08-14")}\n${day("小美", "2026-08-15")}\n`,
        "b.csv": `${HEADER}\n${day("小美01", "2026-08-15")}\n${day("小美01", "2026-08-16")}\n`,
      },
      { aliases: [["小美01", "小美"]] },
    );
    expect(r.rejected.map((x) => [x.file, x.row, x.reason])).toEqual([
      ["b.csv", 2, "duplicate: 小美 2026-08-15 already given at a.csv:3"],
    ]);
    expect(r.agentMonths.map((m) => [m.agent, m.days])).toEqual([["小美", 3]]);
    for (const f of r.files) expect(f.scored + f.rejected + f.skipped).toBe(f.read);
  });

  it("the parse cache parses a file again when the aliases change", async () => {
    const files = { "aug.csv": `${HEADER}\n${day("小美01", "2026-08-01")}\n` };
    const cacheDir = tempDir("kpi-cache");
    const agents = async (aliases: [string, string][]) => {
      const cache = new ParseCache(cacheDir);
      const r = await ingestTemp(files, { cache, aliases });
      return { agents: r.agentMonths.map((m) => m.agent), misses: cache.misses };
    };
    expect(await agents([])).toEqual({ agents: ["小美01"], misses: 1 });
    expect(await agents([["小美01", "小美"]])).toEqual({ agents: ["小美"], misses: 1 });
  });
});
