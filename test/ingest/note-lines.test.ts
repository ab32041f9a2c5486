/**
 * Lines that are nobody's, as exports and hand-kept sheets carry them: a
 * 数据说明 block under a 千牛 table, a 考核人 signature line and a group title
 * in the 序号 column of a rating sheet. Each is skipped and counted with its
 * reason; a row that may hold data without its agent is still rejected.
 */
import { describe, expect, it } from "vitest";
import { schemeInputs } from "~/engine/index.ts";
import { builtin } from "../engine/helpers.ts";
import { bothReaders, days, QN } from "./qianniu-days.ts";
import { ingestTemp } from "./temp-files.ts";

for (const { how, file } of bothReaders) {
  describe(`note lines under a table (${how})`, () => {
    it("skips a 数据说明 block in the date column; the days score as without it", async () => {
      const footer = [
        "",
        "数据说明：",
        "1. 询单人数：付款时效结束后统计的询单人数,,,,,",
        "注：以上数据仅供参考，以最终结算为准",
        "数据来源：千牛-接待中心",
      ];
      const csv = `客服接待数据\n统计周期：2026-09-01 至 2026-09-30\n${QN}\n${[...days, ...footer].join("\n")}\n`;
      const r = await ingestTemp(file(csv));
      expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(r.files[0]).toMatchObject({ read: 8, scored: 3, rejected: 0, skipped: 5 });
      expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
        [7, "blank row"],
        [8, "note line (no agent, date or number)"],
        [9, "note line (no agent, date or number)"],
        [10, "note line (no agent, date or number)"],
        [11, "note line (no agent, date or number)"],
      ]);
      const mei = r.agentMonths.find((m) => m.agent === "棉语旗舰店:小美");
      expect(mei?.days).toBe(2);
    });

    it("still rejects a row without its agent that has a date or a number", async () => {
      const csv = `${QN}\n${days[0]}\n2026-09-03,,40,20,8,21.5\n,,40,20,8,21.5\n2026-09-04,-,,,,\n`;
      const r = await ingestTemp(file(csv));
      expect(r.rejected.map((x) => [x.row, x.reason])).toEqual([
        [3, "agent is empty"],
        [4, "agent is empty"],
        [5, "agent is empty"],
      ]);
    });
  });
}

describe("a rating sheet as typed in Excel", () => {
  it("skips group titles in the 序号 column and the signature lines; rates the agents", async () => {
    const csv = [
      "2026年9月 售前客服绩效评分表,,,,,",
      "序号,客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分,备注",
      "售前一组,,,,,,",
      "1,小美,2026-09,8,9,95,表现突出",
      ",,,,,,",
      "售前二组,,,,,,",
      "2,阿杰,2026-09,7,8,88,",
      "考核人：张主管,,,,审核人：,,日期：2026-10-08",
      "被考核人签字：,,,,,,",
    ].join("\n");
    const extraColumns = schemeInputs(builtin("seed-form3-raters"));
    const r = await ingestTemp({ "评分表.csv": csv }, { extraColumns });
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.files[0]).toMatchObject({ read: 7, scored: 2, rejected: 0, skipped: 5 });
    expect(r.agentMonths.map((m) => m.agent).sort()).toEqual(["小美", "阿杰"].sort());
  });
});
