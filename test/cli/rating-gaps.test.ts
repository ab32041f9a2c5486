/**
 * check names every rating a rater left out, where the sheet is fixed: the
 * empty cell as file:row:header, or the agent-month no sheet row gives.
 */
import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { dayRow, FULL_HEADER, runCommand } from "./run-command.ts";

const exportFile = `${FULL_HEADER}\n${["小美", "阿杰", "丁丁", "七七"].map((a) => dayRow(a, "2026-09-01")).join("\n")}\n`;

describe("rating gaps in check", () => {
  it("names the empty cell (file:row:header), the agent-month without a row, and a rejected row's", async () => {
    const run = await runCommand(
      checkCommand,
      {
        "data/exports/platform.csv": exportFile,
        "data/exports/评分表-2026-09.csv":
          "客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分\n" +
          "小美,2026-09,10,7,90\n" +
          "阿杰,2026-09,9,,85\n" + // the supervisor did not rate
          "丁丁,2026-09,11,7,80\n", // outside 0–10: rejected
        // 七七: no row at all
      },
      ["--scheme", "seed-form3-raters"],
    );
    expect(run.stderr).toContain(
      "data/exports/评分表-2026-09.csv:4:自评-售前服务: score outside 0–10: '11'",
    );
    const notes = run.stdout.slice(run.stdout.indexOf("note: rated items"));
    expect(notes).toContain(
      "  data/exports/评分表-2026-09.csv:3:主管评-售前服务: 阿杰 2026-09: empty, so presales_service is not scored and the month is incomplete (no grade, no pay): fill in the rating\n",
    );
    expect(notes).toContain(
      "  七七 2026-09: presales_service is not scored: no rating sheet row gives 自评-售前服务, 主管评-售前服务 for this agent-month (add the row, or write the name as the exports do)\n",
    );
    expect(notes).toContain(
      "  丁丁 2026-09: presales_service is not scored: no rating sheet row gives 自评-售前服务, 主管评-售前服务 for this agent-month (its row was rejected: see the errors above)\n",
    );
    expect(notes).not.toContain("小美");
  });

  it("says a count kept per day is missing on some days, not that no row gives it", async () => {
    const run = await runCommand(
      checkCommand,
      {
        "data/exports/违规记录.csv":
          "客服,日期,仪容仪表违规次数,考勤违规次数,礼仪违规次数\n" +
          "小美,2026-09-01,1,0,0\n" +
          "小美,2026-09-02,,0,0\n", // the supervisor left a day empty
      },
      ["--scheme", "seed-form2-property"],
    );
    expect(run.stdout).toContain(
      "  小美 2026-09: appearance is not scored: 仪容仪表违规次数 missing on 1 of 2 days\n",
    );
    expect(run.stdout).not.toContain("no rating sheet row gives 仪容仪表违规次数");
  });
});
