/** check names a rating whose agent no export has that month (a typo, a nickname), where it is written. */
import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { ratedOnly } from "~/cli/rated-only.ts";
import { scoreAgentMonth } from "~/engine/index.ts";
import { am, builtin } from "../engine/helpers.ts";
import { dayRow, FULL_HEADER, runCommand } from "./run-command.ts";

describe("agent-months only a rating sheet gives", () => {
  it("are named at their first row with the exported agent they probably meant", async () => {
    // Form 11: 咨询转化率 from the exports, the rest from the supervisor's sheet.
    const run = await runCommand(
      checkCommand,
      {
        "data/exports/platform.csv": `${FULL_HEADER}\n${dayRow("店:小美", "2026-09-01")}\n${dayRow("店:阿杰", "2026-09-01")}\n`,
        "data/exports/评分表.csv":
          "客服,月份,主播洽谈次数/周,2小时内响应,3个工作日内解决,解决率100%\n" +
          "店:小美,2026-09,5,✓,✓,✓\n" +
          "店:小美美,2026-09,5,✓,✓,✓\n" + // a typo
          "阿杰,2026-09,5,✓,✓,✓\n" + // the nick of 店:阿杰
          "王五,2026-09,5,✓,✓,✓\n", // no one like it
      },
      ["--scheme", "seed-form11-manager"],
    );
    const notes = run.stdout.slice(run.stdout.indexOf("note: agent-months only a rating sheet"));
    expect(notes).toContain(
      "  data/exports/评分表.csv:3: 店:小美美 2026-09: rated, but no export has this agent this month: did you mean 店:小美? Write the name as the exports do, or the rating scores a person of its own\n",
    );
    expect(notes).toContain(
      "  data/exports/评分表.csv:4: 阿杰 2026-09: rated, but no export has this agent this month: did you mean 店:阿杰?",
    );
    expect(notes).toContain(
      "  data/exports/评分表.csv:5: 王五 2026-09: rated, but no export has this agent this month. Write the name",
    );
    // An agent with both its exports and its rating is not listed.
    expect(notes).not.toMatch(/ 店:小美 2026-09/);
  });

  it("are named at the rating sheet's row of that month, not the agent's first export row of another", async () => {
    // 阿杰 is exported in August only; September's rating is the row to fix (not platform.csv:3).
    const run = await runCommand(
      checkCommand,
      {
        "data/exports/platform.csv": `${FULL_HEADER}\n${dayRow("小美", "2026-08-01")}\n${dayRow("阿杰", "2026-08-01")}\n${dayRow("小美", "2026-09-01")}\n`,
        "data/exports/评分表.csv":
          "客服,月份,主播洽谈次数/周,2小时内响应,3个工作日内解决,解决率100%\n" +
          "小美,2026-08,5,✓,✓,✓\n" +
          "阿杰,2026-08,5,✓,✓,✓\n" +
          "小美,2026-09,5,✓,✓,✓\n" +
          "阿杰,2026-09,5,✓,✓,✓\n",
      },
      ["--scheme", "seed-form11-manager"],
    );
    const notes = run.stdout.slice(run.stdout.indexOf("note: agent-months only a rating sheet"));
    expect(notes).toContain(
      "  data/exports/评分表.csv:5: 阿杰 2026-09: rated, but no export has this agent this month.",
    );
  });

  it("as data for the data-quality page: the agent-month and whom it may mean", () => {
    const form11 = builtin("seed-form11-manager");
    const months = [
      am({ inquiries: 100, paid_buyers: 50 }, "2026-09", "店:小美"),
      am(
        { streamer_talks_week: 5, responded_2h: 1, solved_3d: 1, solve_rate_full: 1 },
        "2026-09",
        "店:小美美",
      ),
    ];
    const results = months.map((m) => scoreAgentMonth(form11, m));
    expect(ratedOnly(months, results, new Map([[form11.id, form11]]))).toEqual([
      { agent: "店:小美美", month: "2026-09", meant: ["店:小美"] },
    ]);
  });
});
