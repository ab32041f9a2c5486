/** check's "did you mean" for a header nobody reads that is one mistyped character from a known one. */
import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { headerLookalikes, knownHeaders } from "~/cli/header-hints.ts";
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
