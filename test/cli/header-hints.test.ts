/** check's "did you mean" for a header nobody reads that is one mistyped character from a known one. */
import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { headerLookalikes, knownHeaders, raterColumnHint } from "~/cli/header-hints.ts";
import { loadProfiles } from "~/ingest/profiles.ts";
import { dayRow, FULL_HEADER, runCommand } from "./run-command.ts";

const { profiles } = loadProfiles();
const known = knownHeaders(profiles, [{ headers: ["主管评-服务态度"] }]);
const hints = (h: string) => headerLookalikes(h, known, profiles);

describe("headerLookalikes", () => {
  it("finds the header one wrong character away (a settled 延 header too, units aside)", () => {
    expect(hints("询单人数廷")).toEqual(["询单人数"]);
    expect(hints("首次响应时问(秒)")).toContain("首次响应时间");
    expect(hints("主管评-服务态渡")).toEqual(["主管评-服务态度"]);
  });

  it("stays quiet for another column, a short header or one a profile writes but no column reads", () => {
    expect(hints("新平均响应时长（秒）")).toEqual([]); // a word more: another column
    expect(hints("销售量")).toEqual([]); // 千牛 writes it beside 销售额
    expect(hints("备注")).toEqual([]);
    expect(hints("店铺名称")).toEqual([]);
  });
});

describe("check", () => {
  it("says which known header an ignored one may be a typo of", async () => {
    const header = FULL_HEADER.replace("询单人数", "询单人数廷");
    const run = await runCommand(checkCommand, {
      "data/exports/a.csv": `${header},备注\n${dayRow("小美", "2026-09-01")},x\n`,
    });
    expect(run.stdout).toContain("  询单人数廷 (1 file(s)): a typo? did you mean 询单人数\n");
    expect(run.stdout).toContain("  备注 (1 file(s))\n");
  });
});

describe("a rating sheet kept one row per rater", () => {
  it("says the 评分人 column is not read and which columns to write instead", async () => {
    const run = await runCommand(
      checkCommand,
      {
        "data/exports/platform.csv": `${FULL_HEADER}\n${dayRow("小美", "2026-09-01")}\n`,
        "data/exports/评分表.csv":
          "客服,月份,评分人,分数\n小美,2026-09,主管,7\n小美,2026-09,本人,9\n",
      },
      ["--scheme", "seed-form3-raters"],
    );
    expect(run.stdout).toContain(
      "    a 评分人 column (one row per rater) is not read: a rating sheet has one row per agent and month, each rater's score in a column of its own headed as the scheme has it (自评-售前服务, 主管评-售前服务); `npm run template` writes one\n",
    );
    // Its rows give no column: none repeats the export's month.
    expect(run.stderr).not.toContain("already given at data/exports/platform.csv");
  });

  it("stays quiet without a rater column or without raters in any scheme", () => {
    expect(raterColumnHint(["备注"], ["主管评-服务态度"])).toBeNull();
    expect(raterColumnHint(["评分人"], [])).toBeNull();
    expect(raterColumnHint([" Rater "], ["sup"])).toContain("a  Rater  column");
  });
});
