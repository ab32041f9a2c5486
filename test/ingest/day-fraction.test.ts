/**
 * A response time that is Excel's time of day without its format (00:00:21
 * stored as 0.000243… and shown as General) is refused, never read as
 * 0.0002 seconds and scored in the best band.
 */
import { describe, expect, it } from "vitest";
import { dayFractionClock } from "~/ingest/day-fraction.ts";
import { serial, workbook } from "./spreadsheet/workbooks.ts";
import { ingestTemp } from "./temp-files.ts";

describe("dayFractionClock", () => {
  it.each([
    [21 / 86_400, "00:00:21"],
    [0.000243056, "00:00:21"], // as Excel's General shows it, and a CSV saved from it keeps
    [205 / 86_400, "00:03:25"],
    [3599 / 86_400, "00:59:59"],
  ])("%s is %s", (value, clock) => {
    expect(dayFractionClock(value)).toBe(clock);
  });

  it.each([0, 0.5, 0.04, 1 / 24, 1, 23, 0.3, 0.00001])("%s is a number of seconds", (value) => {
    expect(dayFractionClock(value)).toBeNull();
  });
});

describe("a duration cell without its time format", () => {
  const header = "客服,日期,接待人数,首次响应时间,平均响应时间(分)";

  it("rejects the row naming the clock time, in a CSV and a workbook alike", async () => {
    const r = await ingestTemp({
      "a.csv": `${header}\n小美,2026-10-01,30,0.000243056,0.02\n小美,2026-10-02,30,21,0.5\n`,
      "b.xlsx": workbook({
        S: [
          ["客服", "日期", "接待人数", "首次响应时间", "平均响应时间"],
          ["阿杰", { n: serial("2026-10-01"), z: "yyyy-mm-dd" }, 30, 21 / 86_400, 40 / 86_400],
        ],
      }),
    });
    expect(r.rejected.map((x) => `${x.file}:${x.row}: ${x.reason}`)).toEqual([
      "a.csv:2: '0.000243056' is Excel's time 00:00:21 as a fraction of a day (the cell lost its time format), not seconds: format the column as [h]:mm:ss, or write the seconds",
      "b.xlsx#S:2: '0.000243055555555556' is Excel's time 00:00:21 as a fraction of a day (the cell lost its time format), not seconds: format the column as [h]:mm:ss, or write the seconds",
    ]);
    // Under (分) a small number is minutes (0.5 min = 30 s), and the second bad cell of a row is said too.
    expect(r.problems.map((p) => `${p.file}:${p.row}:${p.column}`)).toContain(
      "b.xlsx#S:2:平均响应时间",
    );
    expect(r.files.map((f) => [f.file, f.read, f.scored, f.rejected])).toEqual([
      ["a.csv", 2, 1, 1],
      ["b.xlsx#S", 1, 0, 1],
    ]);
  });
});
