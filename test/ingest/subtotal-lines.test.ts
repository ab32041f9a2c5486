/**
 * An agent's own summary line under its days (a hand-kept or ERP report: the
 * date cell says 月汇总 or 小计) is skipped as a totals row, never a day, and
 * the month is the sum of the days alone.
 */
import { describe, expect, it } from "vitest";
import { bothReaders, days, QN } from "./qianniu-days.ts";
import { ingestTemp } from "./temp-files.ts";

for (const { how, file } of bothReaders) {
  describe(`an agent's summary line under its days (${how})`, () => {
    it("skips 月汇总 / 小计 in the date cell; the month is the sum of the days alone", async () => {
      const csv = [
        QN,
        days[0],
        days[1],
        "月汇总,棉语旗舰店:小美,70,30,13,20",
        days[2],
        "小计,棉语旗舰店:阿杰,50,25,10,30",
        "日均,棉语旗舰店:阿杰,50,25,10,30",
        "",
      ].join("\n");
      const r = await ingestTemp(file(csv));
      expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
        [4, "totals row"],
        [6, "totals row"],
      ]);
      // 日均 names no summary word of the rule: still a bad date, said as such.
      expect(r.rejected.map((x) => [x.row, x.column])).toEqual([[7, "日期"]]);
      const mei = r.agentMonths.find((m) => m.agent === "棉语旗舰店:小美");
      expect(mei?.days).toBe(2);
    });
  });
}
