/**
 * An agent's own summary line under its days (a hand-kept or ERP report: the
 * date cell says 月汇总 or 小计) is skipped as a totals row, never a day, and
 * the month is the sum of the days alone.
 */
import { describe, expect, it } from "vitest";
import { ingestTemp } from "./temp-files.ts";

const QN = "日期,旺旺,接待人数,询单人数,询单->最终付款人数,平均响应(秒)";
const days = [
  "2026-09-01,棉语旗舰店:小美,40,20,8,21.5",
  "2026-09-02,棉语旗舰店:小美,30,10,5,18",
  "2026-09-01,棉语旗舰店:阿杰,50,25,10,30",
];

// A quote in the first line sends the whole file through the string parser instead of the byte lane.
const quoted = (csv: string) => csv.replace(/^[^\n,]*/, (first) => `"${first}"`);

for (const viaStrings of [false, true]) {
  const how = viaStrings ? "string parser" : "byte lane";
  const file = (csv: string) => ({ "接待数据.csv": viaStrings ? quoted(csv) : csv });
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
