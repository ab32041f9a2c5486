/** The period outside the table: banner lines, file and sheet names, --month; conflicts and partial ranges. */
import { describe, expect, it } from "vitest";
import { resolvePeriod } from "~/ingest/period/period-sources.ts";
import { periodIn, yearlessMonthIn } from "~/ingest/period/period-text.ts";
import { monthOf, yearOf } from "~/ingest/period/row-period.ts";
import type { Reason } from "~/reasons/reason.ts";
import { reasonText } from "~/reasons/reason-text.ts";

const errorText = (why: Reason) => reasonText(why, "en");

describe("periodIn", () => {
  it.each([
    ["统计时间：2026-10-01 至 2026-10-31", "2026-10"],
    ["统计时间: 2026-10-01 00:00:00 ~ 2026-10-31 23:59:59", "2026-10"],
    ["日期范围 2026.10.01-2026.10.31", "2026-10"],
    ["2026/2/1 到 2026/2/28", "2026-02"],
    ["2026年10月1日-2026年10月31日", "2026-10"],
    ["2026年10月", "2026-10"],
    ["26年10月客服数据", "2026-10"],
    ["售前明细-2026-10", "2026-10"],
    ["售前明细_202610", "2026-10"],
    ["客服绩效-202610", "2026-10"],
    ["客服绩效-202610 (1)", "2026-10"],
    ["赤兔20261001-20261031", "2026-10"],
    ["2026_10 客服绩效", "2026-10"],
    ["客服绩效_2026-10-01_2026-10-31", "2026-10"],
    ["客服绩效_20261001_20261031", "2026-10"],
    ["接待_2026_10_01_2026_10_31", "2026-10"],
  ])("%s → %s", (text, month) => {
    expect(periodIn(text)).toMatchObject({ month });
  });

  it.each([
    "导出时间：2026-11-02 10:31",
    "接待数据20261102",
    "接待数据20261102-200112",
    "接待数据_20261102_200112",
    "导出_2026_11_02",
    "客服绩效",
    "2026-13",
    "123456789",
  ])("%s names no period", (text) => {
    expect(periodIn(text)).toBeNull();
  });

  it("refuses a range that is not one calendar month, naming it", () => {
    expect(periodIn("统计时间：2026-10-01 至 2026-10-15")).toEqual({
      text: "2026-10-01 至 2026-10-15",
      notMonth: { from: "2026-10-01", to: "2026-10-15" },
    });
    expect(periodIn("20260915-20261014")).toMatchObject({
      notMonth: { from: "2026-09-15", to: "2026-10-14" },
    });
    const refused = resolvePeriod({
      banner: [["统计时间：2026-10-01 至 2026-10-15"]],
      bannerFirstRow: 1,
      path: "/x/a.xlsx",
    });
    expect(refused && "error" in refused && errorText(refused.error)).toBe(
      "banner row 1 '2026-10-01 至 2026-10-15': the period 2026-10-01 – 2026-10-15 is not one calendar month (scores are monthly: export the whole month, 1st to last day)",
    );
  });
});

describe("resolvePeriod", () => {
  const none = { banner: [], bannerFirstRow: 1, path: "/x/赤兔售前明细.xlsx" };

  it("takes the period from each source and says where it came from", () => {
    expect(
      resolvePeriod({
        ...none,
        banner: [["数据来源：赤兔"], ["统计时间：2026-10-01 至 2026-10-31"]],
      }),
    ).toEqual({ month: "2026-10", from: "banner row 2 '2026-10-01 至 2026-10-31'" });
    expect(resolvePeriod({ ...none, path: "/x/售前-2026-10.csv" })).toEqual({
      month: "2026-10",
      from: "file name '2026-10'",
    });
    expect(resolvePeriod({ ...none, sheet: "2026年10月" })).toEqual({
      month: "2026-10",
      from: "sheet name '2026年10月'",
    });
    expect(resolvePeriod({ ...none, month: "2026-10" })).toEqual({
      month: "2026-10",
      from: "--month",
    });
    expect(resolvePeriod(none)).toBeNull();
  });

  it("lists every source that agrees", () => {
    expect(
      resolvePeriod({
        ...none,
        banner: [["2026年10月"]],
        path: "/x/202610.xlsx",
        month: "2026-10",
      }),
    ).toEqual({ month: "2026-10", from: "banner row 1 '2026年10月', file name '202610', --month" });
  });

  it("refuses two sources that disagree, naming both", () => {
    expect(
      resolvePeriod({
        ...none,
        banner: [["统计时间：2026-10-01 至 2026-10-31"]],
        path: "/x/售前-2026-09.xlsx",
      }),
    ).toEqual({
      error: {
        code: "period-conflict",
        first: { where: "banner row 1 '2026-10-01 至 2026-10-31'", month: "2026-10" },
        other: { where: "file name '2026-09'", month: "2026-09" },
      },
    });
    const conflict = resolvePeriod({
      ...none,
      sheet: "10月",
      path: "/x/202609.xlsx",
      month: "2026-10",
    });
    expect(conflict && "error" in conflict && errorText(conflict.error)).toBe(
      "period conflict: file name '202609' says 2026-09, --month says 2026-10",
    );
    expect(conflict && "error" in conflict && reasonText(conflict.error, "zh")).toBe(
      "统计周期冲突：文件名 '202609' 是 2026-09，--month 是 2026-10",
    );
  });
});

describe("a month without its year (10月)", () => {
  const none = { banner: [], bannerFirstRow: 1, path: "/x/主管评分表.csv" };

  it("is no period in a name or banner, but is found as a month that needs its year", () => {
    expect(periodIn("10月评分表")).toBeNull();
    expect(yearlessMonthIn("10月评分表")).toEqual({ month: 10, text: "10月" });
    expect(yearlessMonthIn("售前 3 月考核")).toEqual({ month: 3, text: "3 月" });
    for (const t of ["2026年10月", "10月1日-10月31日", "13月", "客服绩效"])
      expect([t, yearlessMonthIn(t)]).toEqual([t, null]);
  });

  it("a table named only by it is refused, saying to write the year", () => {
    const refused = resolvePeriod({ ...none, path: "/x/10月评分表.csv" });
    expect(refused).toEqual({
      error: { code: "period-no-year", where: "file name '10月'", example: "YYYY-10" },
    });
    expect(refused && "error" in refused && errorText(refused.error)).toBe(
      "file name '10月' names a month without its year: write it as YYYY-10, the year first, or add a 月份/month column",
    );
    expect(refused && "error" in refused && reasonText(refused.error, "zh")).toBe(
      "文件名 '10月' 给出的月份没有年份：请写成 YYYY-10（年份在前），或加上“月份”列",
    );
    // Another source with the year wins; none at all is still "no period".
    expect(
      resolvePeriod({ ...none, path: "/x/10月评分表.csv", banner: [["2026年10月 评分表"]] }),
    ).toMatchObject({ month: "2026-10" });
    expect(resolvePeriod(none)).toBeNull();
  });

  it("in a month cell takes the year of the table's one period when it is that month", () => {
    const p = monthOf("10月");
    expect(p).toMatchObject({ yearless: 10, error: { code: "month-no-year" } });
    const period = { month: "2026-10", where: "file name '2026-10'" };
    expect(yearOf(p, "10月", period)).toEqual({
      stamp: "2026-10",
      month: "2026-10",
      day: 0,
      error: null,
      yearless: 0,
    });
    expect(yearOf(monthOf("１０月份"), "１０月份", period)).toMatchObject({ month: "2026-10" });
  });

  it("is refused when the table's period is another month, or when it has none", () => {
    const period = { month: "2026-10", where: "file name '2026-10'" };
    const other = yearOf(monthOf("9月"), "9月", period).error;
    expect(other && errorText(other)).toBe(
      "month without a year: '9月', and file name '2026-10' says 2026-10, another month (write it with its year, e.g. 2026-09)",
    );
    expect(other && reasonText(other, "zh")).toBe(
      "月份缺少年份：'9月'，而文件名 '2026-10' 是 2026-10，不是同一个月（请连同年份填写，如 2026-09）",
    );
    const alone = yearOf(monthOf("10月"), "10月", null).error;
    expect(alone && errorText(alone)).toBe(
      "month without a year: '10月' (write it as YYYY-10, the year first: no one period in the file name, sheet name or lines above the header gives the year)",
    );
    expect(monthOf("2026-10").yearless).toBe(0);
  });
});
