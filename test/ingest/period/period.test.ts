/** The period outside the table: banner lines, file and sheet names, --month; conflicts and partial ranges. */
import { describe, expect, it } from "vitest";
import { resolvePeriod } from "~/ingest/period/period-sources.ts";
import { periodIn } from "~/ingest/period/period-text.ts";
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
    ["售前明细-2026-10", "2026-10"],
    ["售前明细_202610", "2026-10"],
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
