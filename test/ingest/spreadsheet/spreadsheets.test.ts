/** Spreadsheets read like CSV exports: Excel's types, every sheet with a header, clear errors. */
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { listExportFiles } from "~/ingest/ingest.ts";
import { reasonText } from "~/reasons/reason-text.ts";
import { ingestTemp, tempFiles } from "../temp-files.ts";
import { encryptedWorkbook, serial, workbook } from "./workbooks.ts";

const pct = (n: number) => ({ n, z: "0.00%" });
const dur = (seconds: number) => ({ n: seconds / 86_400, z: "[h]:mm:ss" });
const day = (iso: string) => ({ n: serial(iso), z: "yyyy-mm-dd" });

/** A 赤兔-style month (banner, no month column) and a daily sheet, in one workbook. */
const TWO_SHEETS = {
  售前明细: [
    ["统计时间：2026-10-01 至 2026-10-31"],
    [],
    ["客服", "询单人数", "询单->最终付款人数", "询单转化率", "首次响应时间", "接待人数"],
    ["小美", 200, 114, pct(0.57), dur(12), 260],
    ["阿杰", "1,050", 420, pct(0.4), dur(83), 1200],
    ["合计", 1250, 534, pct(0.4272), dur(70), 1460],
  ],
  每日: [
    ["客服", "日期", "询单人数", "最终付款人数", "首次响应时间(秒)", "接待人数"],
    ["小美", day("2026-09-01"), 10, 5, 12, 20],
    ["小美", day("2026-09-02"), "12", 6, 14, 22],
  ],
} as const;

describe("spreadsheets", () => {
  it("reads every sheet with a header as a file of its own: banner period, percent cells, durations, serial dates, numbers stored as text", async () => {
    const r = await ingestTemp({ "赤兔.xlsx": workbook(TWO_SHEETS) });
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.files.map((f) => [f.file, f.read, f.scored, f.rejected, f.skipped])).toEqual([
      ["赤兔.xlsx#售前明细", 3, 2, 0, 1],
      ["赤兔.xlsx#每日", 2, 2, 0, 0],
    ]);
    expect(r.files[0]).toMatchObject({
      encoding: "xlsx",
      period: "2026-10",
      periodFrom: "banner row 1 '2026-10-01 至 2026-10-31'",
    });
    const october = r.agentMonths.filter((m) => m.month === "2026-10");
    expect(october.map((m) => [m.agent, m.days, m.values])).toEqual([
      [
        "小美",
        0,
        {
          inquiries: 200,
          paid_buyers: 114,
          inquiry_conversion: 0.57,
          first_response_s: 12,
          received_customers: 260,
        },
      ],
      [
        "阿杰",
        0,
        {
          inquiries: 1050,
          paid_buyers: 420,
          inquiry_conversion: 0.4,
          first_response_s: 83,
          received_customers: 1200,
        },
      ],
    ]);
    const september = r.agentMonths.find((m) => m.month === "2026-09");
    expect(september).toMatchObject({
      agent: "小美",
      days: 2,
      values: { inquiries: 22, paid_buyers: 11 },
    });
  });

  it("reads .xls (BIFF8) the same way as .xlsx", async () => {
    const xlsx = await ingestTemp({ "a.xlsx": workbook(TWO_SHEETS) });
    const xls = await ingestTemp({ "a.xls": workbook(TWO_SHEETS, "biff8") });
    expect(xls.agentMonths).toEqual(xlsx.agentMonths);
    expect(xls.files.map((f) => [f.file, f.encoding, f.read])).toEqual([
      ["a.xls#售前明细", "xls", 3],
      ["a.xls#每日", "xls", 2],
    ]);
  });

  it("reads LibreOffice's .ods and Excel's binary .xlsb the same way as .xlsx", async () => {
    const xlsx = await ingestTemp({ "a.xlsx": workbook(TWO_SHEETS) });
    for (const [name, type] of [
      ["a.ods", "ods"],
      ["a.xlsb", "xlsb"],
    ] as const) {
      const other = await ingestTemp({ [name]: workbook(TWO_SHEETS, type) });
      expect(other.problems).toEqual([]);
      expect(other.agentMonths).toEqual(xlsx.agentMonths);
      expect(other.files.map((f) => [f.file, f.read])).toEqual([
        [`${name}#售前明细`, 3],
        [`${name}#每日`, 2],
      ]);
    }
  });

  it("names file#sheet:row:column in messages (row as Excel numbers it)", async () => {
    const r = await ingestTemp({
      "x.xlsx": workbook({
        九月: [
          ["数据来源：千牛-接待中心"],
          ["客服", "日期", "询单人数", "最终付款人数"],
          ["小美", day("2026-09-01"), "abc", 1],
        ],
      }),
    });
    expect(r.rejected).toMatchObject([
      { file: "x.xlsx#九月", row: 3, column: "询单人数", reason: "not a number: 'abc'" },
    ]);
  });

  it("rejects a day two sheets both give, naming the first place", async () => {
    const rows = [
      ["客服", "日期", "询单人数"],
      ["小美", day("2026-09-01"), 10],
    ];
    const r = await ingestTemp({ "d.xlsx": workbook({ A: rows, B: rows }) });
    expect(r.rejected.map((x) => `${x.file}:${x.row}: ${x.reason}`)).toEqual([
      "d.xlsx#B:2: duplicate: 小美 2026-09-01 already given at d.xlsx#A:2",
    ]);
  });

  it("a duplicate on a hidden sheet (a 备份 copy of the month) says the sheet is hidden and how to deal with it", async () => {
    const header = ["客服", "月份", "询单人数", "最终付款人数"];
    const month = [header, ["阿伟", "2026-06", 100, 50]];
    const messages = async (
      sheets: Record<string, typeof month>,
      hidden: Record<string, 1 | 2>,
    ) => {
      const r = await ingestTemp({ "售前考核.xlsx": workbook(sheets, "xlsx", hidden) });
      return r.rejected.map((x) => `${x.file}:${x.row}: ${x.reason}`);
    };
    const hint =
      "(no tab shows it): unhide it (right-click any sheet tab, Unhide) and delete it if it is a backup, or remove the duplicate rows from it";
    // The hidden sheet after the visible one: its row is the duplicate.
    expect(await messages({ "6月": month, 备份: month }, { 备份: 1 })).toEqual([
      `售前考核.xlsx#备份:2: duplicate: 阿伟 2026-06 already given at 售前考核.xlsx#6月:2; '备份' is a hidden sheet ${hint}`,
    ]);
    // Before it ("very hidden" too): the visible sheet's row is, naming the hidden one.
    expect(await messages({ 备份: month, "6月": month }, { 备份: 2 })).toEqual([
      `售前考核.xlsx#6月:2: duplicate: 阿伟 2026-06 already given at 售前考核.xlsx#备份:2; '备份' is a hidden sheet ${hint}`,
    ]);
    // Both visible: as before.
    expect(await messages({ "6月": month, 备份: month }, {})).toEqual([
      "售前考核.xlsx#备份:2: duplicate: 阿伟 2026-06 already given at 售前考核.xlsx#6月:2",
    ]);
    expect(
      reasonText(
        {
          code: "duplicate",
          agent: "阿伟",
          when: "2026-06",
          columns: [],
          at: "售前考核.xlsx#6月:2",
          hidden: ["备份"],
        },
        "zh",
      ),
    ).toBe(
      "重复：阿伟 2026-06 已在 售前考核.xlsx#6月:2 给出；工作表「备份」是隐藏的（表格里看不到它的标签）：右键任一工作表标签选“取消隐藏”，是备份就删除该表，或删去其中重复的行",
    );
  });

  it("reads a month column's date cell, whatever its format, as its month when it is the 1st or last day", async () => {
    const on = (iso: string, z: string) => ({ n: serial(iso), z });
    const r = await ingestTemp({
      "评分.xlsx": workbook({
        "10月": [
          ["客服", "月份", "询单人数"],
          ["A", on("2026-10-01", "yyyy/m/d"), 10],
          ["B", on("2026-10-01", "mmm-yy"), 10],
          ["C", on("2026-10-31", "yyyy-mm-dd"), 10],
          ["D", on("2026-10-15", "yyyy/m/d"), 10],
        ],
      }),
    });
    expect(r.rejected.map((x) => `${x.file}:${x.row}: ${x.reason}`)).toEqual([
      "评分.xlsx#10月:5: a date, not a month: '2026-10-15' (write the month, e.g. 2026-10: a date in a month column is read only as the 1st or the last day of its month)",
    ]);
    expect(r.agentMonths.filter((m) => m.values.inquiries).map((m) => [m.agent, m.month])).toEqual([
      ["A", "2026-10"],
      ["B", "2026-10"],
      ["C", "2026-10"],
    ]);
  });

  it("lists a sheet without a header as not read, and fails a workbook with none", async () => {
    const r = await ingestTemp({
      "m.xlsx": workbook({
        说明: [["本表由系统导出"]],
        数据: [
          ["客服", "月份", "询单人数"],
          ["小美", "2026-09", 10],
        ],
        空: [],
      }),
      "n.xlsx": workbook({ 说明: [["本表由系统导出"]] }),
    });
    expect(r.unread).toMatchObject([
      { file: "m.xlsx#说明", reason: "no header: no row in the first 40 names two known columns" },
      { file: "m.xlsx#空", reason: "empty sheet", why: { code: "empty-sheet" } },
    ]);
    expect(r.problems.map((p) => `${p.file}: ${p.message}`)).toContainEqual(
      expect.stringMatching(/^n\.xlsx: no sheet has a header row .*说明 \(no header/),
    );
  });

  it("gives a clear error, never a crash, for a password-protected or corrupt workbook", async () => {
    const r = await ingestTemp({
      "locked.xlsx": encryptedWorkbook(),
      "broken.xlsx": new TextEncoder().encode("PK\u0003\u0004 not really a zip archive"),
      "ok.csv": "客服,月份,询单人数\n小美,2026-09,10\n",
    });
    const messages = r.problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toContainEqual(
      expect.stringMatching(/^locked\.xlsx: password-protected workbook/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/^broken\.xlsx: corrupt or unsupported \.xlsx workbook/),
    );
    expect(r.agentMonths).toHaveLength(1);
  });

  it("counts every row of a sheet it cannot score: a period no source agrees on rejects them all, a blank one is skipped", async () => {
    const r = await ingestTemp({
      "2026-09.xlsx": workbook({
        "2026-10": [["客服", "询单人数"], ["小美", 10], [], ["阿杰", 12]],
      }),
    });
    expect(r.files.map((f) => [f.file, f.read, f.scored, f.rejected, f.skipped])).toEqual([
      ["2026-09.xlsx#2026-10", 3, 0, 2, 1],
    ]);
    expect(r.rejected.map((x) => [x.row, x.why?.code])).toEqual([
      [2, "table-refused"],
      [4, "table-refused"],
    ]);
    expect(r.problems.filter((p) => p.severity === "error").map((p) => p.why?.code)).toEqual([
      "period-conflict",
    ]);
  });

  it("reads an .xls that is really tab-separated text as text", async () => {
    const r = await ingestTemp({ "旧版.xls": "客服\t月份\t询单人数\n小美\t2026-09\t10\n" });
    expect(r.files[0]).toMatchObject({ file: "旧版.xls", delimiter: "tab", scored: 1 });
  });

  it("reads a 汇总 sheet after the days' sheet: a month the days give is skipped there as a summary, not rejected", async () => {
    const days = [
      ["客服", "日期", "询单人数", "最终付款人数", "首次响应时间", "接待人数"],
      ["小美", day("2026-09-01"), 10, 5, dur(12), 20],
      ["小美", day("2026-09-02"), 12, 6, dur(20), 60],
    ];
    // Kept by hand in front of the days: its response time is the days' plain mean (16 s, not 18).
    const summary = [
      ["客服", "询单人数", "最终付款人数", "首次响应时间", "接待人数"],
      ["小美", 22, 11, dur(16), 80],
      ["阿杰", 9, 3, dur(30), 15],
    ];
    const r = await ingestTemp({ "售前-2026-09.xlsx": workbook({ 汇总: summary, 明细: days }) });
    expect(r.problems).toEqual([]);
    expect(r.files.map((f) => [f.file, f.read, f.scored, f.rejected, f.skipped])).toEqual([
      ["售前-2026-09.xlsx#明细", 2, 2, 0, 0],
      ["售前-2026-09.xlsx#汇总", 2, 1, 0, 1],
    ]);
    expect(r.skipped.map((x) => [x.file, x.row, x.reason])).toEqual([
      [
        "售前-2026-09.xlsx#汇总",
        2,
        "summary sheet row (the workbook's other sheets give its month)",
      ],
    ]);
    // 小美 from her days (weighted by 接待人数); 阿杰, whom only the summary names, from it.
    expect(
      r.agentMonths.map((m) => [m.agent, m.values.first_response_s, m.values.inquiries]),
    ).toEqual([
      ["小美", 18, 22],
      ["阿杰", 30, 9],
    ]);
    // A workbook's only sheet named 汇总 is read as any sheet.
    const alone = await ingestTemp({ "售前-2026-09.xlsx": workbook({ 汇总: summary }) });
    expect(alone.files.map((f) => [f.file, f.scored, f.skipped])).toEqual([
      ["售前-2026-09.xlsx#汇总", 2, 0],
    ]);
  });

  it("a monthly row on a sheet named like a summary is a duplicate of another sheet's monthly row, not skipped", async () => {
    const header = ["客服", "询单人数", "最终付款人数"];
    const r = await ingestTemp({
      "售前-2026-09.xlsx": workbook({
        售前组: [header, ["小美", 100, 50]],
        售后组合计: [header, ["小美", 999, 1]],
      }),
    });
    expect(r.problems.map((p) => [p.file, p.row, p.why?.code])).toEqual([
      ["售前-2026-09.xlsx#售后组合计", 2, "duplicate"],
    ]);
    expect(r.skipped).toEqual([]);
  });

  it("a sheet without an agent column (one sheet per agent) is refused saying to add one", async () => {
    const r = await ingestTemp({
      "售后-2026-09.xlsx": workbook({
        小美: [
          ["日期", "接待人数"],
          [day("2026-09-01"), 30],
        ],
      }),
    });
    expect(r.problems.map((p) => `${p.file}: ${p.message}`)).toContainEqual(
      "售后-2026-09.xlsx#小美: no agent column (客服/旺旺/坐席/agent) in the header at row 1: map the header of the column naming the agent under columns: in data/config.yaml (工号: agent), or, if the sheet '小美' is one agent's, add a 客服 column with the agent on every row",
    );
  });

  it("lists what is not read: lock files, hidden files and folders, other types", async () => {
    const dir = tempFiles({
      "ok.csv": "客服,月份,询单人数\n小美,2026-09,10\n",
      "sub/~$ok.xlsx": "lock",
      ".DS_Store": "x",
      ".git/config": "x",
      "说明.pdf": "%PDF",
    });
    const listed = await listExportFiles([dir]);
    expect(listed.files.map((f) => relative(dir, f))).toEqual(["ok.csv"]);
    expect(listed.unread.map((u) => `${relative(dir, u.file)}: ${u.reason}`)).toEqual([
      ".DS_Store: hidden file",
      ".git: hidden folder (not searched)",
      "sub/~$ok.xlsx: Office lock file (the workbook is open in Excel or WPS; it holds no data)",
      "说明.pdf: not an export type (.pdf): .csv, .tsv, .txt, .xlsx, .xlsm, .xlsb, .xls, .et and .ods are read",
    ]);
  });
});
