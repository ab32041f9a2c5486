/** One sheet per day (9.1, 9月1日, 0901, 2026-09-01): each sheet's rows are that day's. */
import { describe, expect, it } from "vitest";
import { sheetDay } from "~/ingest/period/sheet-day.ts";
import { serial, workbook } from "../spreadsheet/workbooks.ts";
import { ingestTemp } from "../temp-files.ts";

const inputs = (sheet: string, path = "/x/售后-2026-09.xlsx") => ({
  banner: [],
  bannerFirstRow: 1,
  path,
  sheet,
});

describe("sheetDay", () => {
  it.each([
    ["9.1", "2026-09-01"],
    ["9-30", "2026-09-30"],
    ["9/2", "2026-09-02"],
    ["9月3日", "2026-09-03"],
    ["9月4号", "2026-09-04"],
    ["0905", "2026-09-05"],
    ["2026-09-06", "2026-09-06"],
    ["2026年9月7日", "2026-09-07"],
    ["8日", "2026-09-08"],
    ["9号", "2026-09-09"],
  ])("%s in 售后-2026-09.xlsx is %s", (sheet, date) => {
    expect(sheetDay(inputs(sheet))).toMatchObject({ date });
  });

  it("says where the day and its year came from", () => {
    expect(sheetDay(inputs("9.1"))).toEqual({
      date: "2026-09-01",
      from: "sheet name '9.1', file name '2026-09'",
    });
    expect(sheetDay(inputs("2026-09-01", "/x/客服.xlsx"))).toEqual({
      date: "2026-09-01",
      from: "sheet name '2026-09-01'",
    });
  });

  it.each([
    "Sheet1",
    "明细",
    "2026-09",
    "9月",
    "2026",
    "9.31",
    "13.1",
    "售后明细",
    "31日",
    "0日",
    "1",
  ])("%s names no day", (sheet) => {
    expect(sheetDay(inputs(sheet))).toBeNull();
  });

  it("refuses a day of another month than the file's, and a day no source gives a year", () => {
    expect(sheetDay(inputs("10.1"))).toEqual({
      error: {
        code: "period-conflict",
        first: { where: "sheet name '10.1'", month: "2026-10" },
        other: { where: "file name '2026-09'", month: "2026-09" },
      },
    });
    expect(sheetDay(inputs("9.1", "/x/售后.xlsx"))).toEqual({
      error: { code: "day-no-year", where: "sheet name '9.1'" },
    });
    expect(sheetDay(inputs("1日", "/x/售后.xlsx"))).toEqual({
      error: { code: "day-no-year", where: "sheet name '1日'" },
    });
  });
});

describe("a workbook with one sheet per day", () => {
  it("scores the days as a daily export, and its 汇总 sheet as their summary", async () => {
    const header = ["客服", "询单人数", "最终付款人数", "首次响应时间(秒)", "接待人数"];
    const r = await ingestTemp({
      "售前-2026-09.xlsx": workbook({
        汇总: [header, ["小美", 22, 11, 16, 80]],
        "9.1": [header, ["小美", 10, 5, 12, 20]],
        "9.2": [header, ["小美", 12, 6, 20, 60]],
      }),
      // A 日期 column wins over the sheet's name.
      "每日-2026-09.xlsx": workbook({
        "9.3": [
          ["客服", "日期", "询单人数"],
          ["阿杰", { n: serial("2026-09-05"), z: "yyyy-mm-dd" }, 7],
        ],
      }),
    });
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => [f.file, f.period, f.scored, f.skipped])).toEqual([
      ["售前-2026-09.xlsx#9.1", "2026-09-01", 1, 0],
      ["售前-2026-09.xlsx#9.2", "2026-09-02", 1, 0],
      ["售前-2026-09.xlsx#汇总", "2026-09", 0, 1],
      ["每日-2026-09.xlsx#9.3", undefined, 1, 0],
    ]);
    expect(r.agentMonths.map((m) => [m.agent, m.days, m.values])).toEqual([
      ["小美", 2, { inquiries: 22, paid_buyers: 11, first_response_s: 18, received_customers: 80 }],
      ["阿杰", 1, { inquiries: 7 }],
    ]);
  });

  it("keeps a lone sheet named by a day (the day it was exported) the file's month", async () => {
    const header = ["客服", "询单人数", "最终付款人数"];
    const r = await ingestTemp({
      "售前-2026-09.xlsx": workbook({ "9.30": [header, ["小美", 22, 11]] }),
    });
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => [f.file, f.period])).toEqual([["售前-2026-09.xlsx#9.30", "2026-09"]]);
    expect(r.agentMonths.map((m) => [m.agent, m.month, m.days])).toEqual([["小美", "2026-09", 0]]);
  });
});
