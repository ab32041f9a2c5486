/**
 * A renamed sub-account (the roster's `aliases` column) end to end: the
 * exports give August under the new name, the supervisor's rating sheet (as
 * `npm run template` writes it) under the roster agent's; both are one
 * agent-month, scored once.
 */
import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { scoreCommand } from "~/cli/score-command.ts";
import { dayRow, FULL_HEADER, runCommand } from "./run-command.ts";

const RATING_HEADER = "客服,月份,主播洽谈次数/周,2小时内响应,3个工作日内解决,解决率100%";
const project = (ratings: string[], more: string[] = []) => ({
  "data/roster.csv":
    "agent,display_name,role,team,aliases,joined\n店:小美,小美,售前,一组,店:小美01,\n店:阿杰,阿杰,售前,一组,,2026-09-01\n",
  "data/exports/platform.csv": `${[
    FULL_HEADER,
    dayRow("店:小美", "2026-07-01"),
    dayRow("店:小美01", "2026-08-01"),
    dayRow("店:小美01", "2026-08-02"),
    ...more,
  ].join("\n")}\n`,
  "data/exports/评分表.csv": `${RATING_HEADER}\n${ratings.join("\n")}\n`,
});

describe("a renamed sub-account with a rating sheet", () => {
  it("score: the alias's exported month and the roster agent's rating are one agent-month (exit 0)", async () => {
    const run = await runCommand(
      scoreCommand,
      project(["店:小美,2026-07,5,✓,✓,✓", "店:小美,2026-08,4,✓,✓,✓"]),
      ["--scheme", "seed-form11-manager"],
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(
      doc.results.map((r: { agent: string; month: string; complete: boolean; team: string }) => [
        r.agent,
        r.month,
        r.complete,
        r.team,
      ]),
    ).toEqual([
      ["店:小美", "2026-07", true, "一组"],
      ["店:小美", "2026-08", true, "一组"],
    ]);
    // August's days under the alias, summed with its rating: nothing rejected or left over.
    expect(doc.rejected).toEqual([]);
    expect(doc.files.map((f: { read: number; scored: number }) => [f.read, f.scored])).toEqual([
      [3, 3],
      [2, 2],
    ]);
  });

  it("check: a rated-only month of the aliased agent is named at its rating sheet's row; an exported one is not listed", async () => {
    const run = await runCommand(
      checkCommand,
      // 阿杰's September export makes 店:小美's rating that month one no export matches.
      project(
        ["店:小美,2026-08,4,✓,✓,✓", "店:小美,2026-09,5,✓,✓,✓", "店:阿杰,2026-09,5,✓,✓,✓"],
        [dayRow("店:阿杰", "2026-09-01")],
      ),
      ["--scheme", "seed-form11-manager"],
    );
    expect(run.stdout).not.toContain("not in the roster");
    const notes = run.stdout.slice(run.stdout.indexOf("note: agent-months only a rating sheet"));
    expect(notes).toContain(
      "  data/exports/评分表.csv:3: 店:小美 2026-09: rated, but no export has this agent this month",
    );
    expect(notes).not.toContain("2026-08");
  });
});

describe("an alias that reads like a summary row", () => {
  it("is an agent, as a roster agent is: its rows are the roster agent's, not skipped as totals", async () => {
    const run = await runCommand(scoreCommand, {
      "data/roster.csv": "agent,aliases\n店:小美,店:小美汇总\n",
      "data/exports/platform.csv": `${FULL_HEADER}\n${dayRow("店:小美汇总", "2026-08-01")}\n`,
    });
    const doc = JSON.parse(run.stdout);
    expect(doc.skipped).toEqual([]);
    expect(doc.results.map((r: { agent: string }) => r.agent)).toEqual(["店:小美"]);
  });
});
