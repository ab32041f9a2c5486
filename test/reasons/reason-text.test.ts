import { describe, expect, it } from "vitest";
import { periodWhereText } from "~/reasons/problem-text.ts";
import type { Reason } from "~/reasons/reason.ts";
import { reasonText, shownReason, skipReasonOf } from "~/reasons/reason-text.ts";

/** One reason of every code, with the English words the CLI and the contract have always shown. */
const EXAMPLES: [Reason, string][] = [
  [{ code: "not-a-number", value: "abc" }, "not a number: 'abc'"],
  [{ code: "ratio-above-100", value: "120%" }, "ratio above 100%: '120%' (write 45.3% or 0.453)"],
  [
    { code: "ratio-above-100", value: "4.8" },
    "ratio above 100%: '4.8' (write 45.3% or 0.453; if it is an average rating on a 1–5 scale, it is no share: export the share of satisfied reviews, or their counts 满意评价数 and 评价总数)",
  ],
  [{ code: "ratio-above-100", value: "45.3" }, "ratio above 100%: '45.3' (write 45.3% or 0.453)"],
  [{ code: "not-a-duration", value: "soon" }, "not a duration: 'soon'"],
  [{ code: "invalid-month", value: "2026-13" }, "invalid month: '2026-13' (expected YYYY-MM)"],
  [{ code: "invalid-date", value: "x" }, "invalid date: 'x' (expected YYYY-MM-DD)"],
  [{ code: "not-a-tick", value: "maybe" }, "not a tick: 'maybe' (write 1 or 0, 是 or 否, ✓ or ✗)"],
  [{ code: "not-a-ratio", value: "9" }, "not a ratio: '9' (write 95% or 0.95)"],
  [{ code: "negative-ratio", value: "-1%" }, "negative ratio: '-1%'"],
  [{ code: "not-a-count", value: "1.5" }, "not a count: '1.5' (a whole number ≥ 0)"],
  [
    { code: "formula-no-value", value: "=AVERAGE(C2:D2)" },
    "a formula without its result: '=AVERAGE(C2:D2)' (the file holds the formula but no value for it, as when a script or some WPS saves write it: open the file in Excel or WPS and save it, so the results are stored, or copy the column and paste it as values)",
  ],
  [{ code: "out-of-range", what: "score", range: "0–10", value: "11" }, "score outside 0–10: '11'"],
  [{ code: "not-a-level", levels: "1 = 优", value: "7" }, "not a level: '7' (1 = 优)"],
  [
    { code: "not-a-kind", kind: "score", range: "0–10", value: "5%" },
    "not a score: '5%' (a number 0–10, no %)",
  ],
  [{ code: "negative", what: "count", value: "-3" }, "negative count: '-3'"],
  [
    {
      code: "part-above-whole",
      part: "paid_buyers",
      partValue: 9,
      whole: "inquiries",
      wholeValue: 5,
    },
    "paid_buyers (9) greater than inquiries (5)",
  ],
  [{ code: "agent-empty" }, "agent is empty"],
  [
    { code: "unclosed-quote" },
    "unclosed quote: this field runs to the end of the file; the row is rejected",
  ],
  [{ code: "agent-too-long", max: 100, value: "x" }, "agent name longer than 100 characters: 'x'"],
  [
    { code: "future", what: "date", stamp: "2026-12-01", today: "2026-11-26" },
    "date in the future: 2026-12-01 (today is 2026-11-26)",
  ],
  [
    { code: "duplicate", agent: "A", when: "2026-09-01", columns: [], at: "a.csv:2" },
    "duplicate: A 2026-09-01 already given at a.csv:2",
  ],
  [{ code: "skip", kind: "totals" }, "totals row"],
  [
    { code: "invalid-date", value: "2026-13-01" },
    "invalid date: '2026-13-01' (expected YYYY-MM-DD)",
  ],
  [
    { code: "invalid-date", value: "46266.4" },
    "invalid date: '46266.4' (expected YYYY-MM-DD; it is Excel's serial number of 2026-09-01: format the column as a date, yyyy-mm-dd)",
  ],
  [
    { code: "lock-file" },
    "Office lock file (the workbook is open in Excel or WPS; it holds no data)",
  ],
  [{ code: "hidden-folder" }, "hidden folder (not searched)"],
  [{ code: "empty-sheet" }, "empty sheet"],
  [
    { code: "not-an-export", ext: "" },
    "not an export type (no extension): .csv, .tsv, .txt, .xlsx, .xlsm, .xlsb, .xls, .et and .ods are read",
  ],
  [{ code: "no-header", rows: 40 }, "no header: no row in the first 40 names two known columns"],
  [
    {
      code: "missing-input",
      any: [["satisfied_reviews", "reviews"], ["satisfaction"]],
      sources: [["reviews", "missing on 3 of 31 days (延迟统计)"]],
    },
    "missing input: satisfied_reviews + reviews or satisfaction (reviews: missing on 3 of 31 days (延迟统计))",
  ],
  [{ code: "missing-inputs", inputs: ["a", "b"] }, "missing input: a, b"],
  [{ code: "zero-denominator" }, "denominator is 0"],
  [{ code: "no-band", shown: "12.0%" }, "value 12.0% falls in no band"],
  [
    { code: "input-error", input: "q", value: 3, expected: { kind: "tick", words: "yes" } },
    "input error: q = 3 is not 1 (yes) or 0 (no)",
  ],
  [
    { code: "missing-column", kpi: "aov", label: "客单价", options: [["sales"], ["a", "b"]] },
    "KPI aov (客单价) needs column sales or a + b, which no input file has",
  ],
  [
    {
      code: "missing-column",
      kpi: "refund_rate",
      label: "客户退款率",
      options: [
        ["refunds", "deals"],
        ["refunds", "deals"],
      ],
    },
    "KPI refund_rate (客户退款率) needs column refunds (客户退款数) + deals (客服成交数), which no input file has",
  ],
  [
    { code: "no-agent-column", row: 3 },
    "no agent column (客服/旺旺/坐席/agent) in the header at row 3: map the header of the column naming the agent under columns: in data/config.yaml (工号: agent)",
  ],
  [
    { code: "no-agent-column", row: 1, sheet: "小美" },
    "no agent column (客服/旺旺/坐席/agent) in the header at row 1: map the header of the column naming the agent under columns: in data/config.yaml (工号: agent), or, if the sheet '小美' is one agent's, add a 客服 column with the agent on every row",
  ],
  [
    { code: "no-period", row: 1, sheet: true },
    "no 日期/date or 月份/month column in the header at row 1, and no period above it (e.g. 统计时间：2026-10-01 至 2026-10-31), in the sheet or file name (e.g. 2026-10) or from --month",
  ],
  [
    {
      code: "period-not-month",
      where: "banner row 2 '2026-10-01 至 2026-10-15'",
      from: "2026-10-01",
      to: "2026-10-15",
    },
    "banner row 2 '2026-10-01 至 2026-10-15': the period 2026-10-01 – 2026-10-15 is not one calendar month (scores are monthly: export the whole month, 1st to last day)",
  ],
  [
    {
      code: "period-conflict",
      first: { where: "sheet name '10月'", month: "2026-10" },
      other: { where: "file name '202609'", month: "2026-09" },
    },
    "period conflict: sheet name '10月' says 2026-10, file name '202609' says 2026-09",
  ],
  [{ code: "header-only" }, "header only: the file has no data rows"],
  [
    { code: "header-not-found" },
    "header not found: no row in the first 40 names two known columns (e.g. 客服, 日期, 询单人数) with a comma, tab or semicolon delimiter",
  ],
  [{ code: "binary-file" }, "binary file (contains NUL bytes): not a CSV export"],
  [
    { code: "roster-no-agent" },
    "roster has no 'agent' column: its first row must name the columns: agent, display_name, role, team, joined, left (or 客服, 姓名, 岗位, 组别, 入职日期, 离职日期; agent required)",
  ],
  [{ code: "empty-file", zeroBytes: true }, "empty file (0 bytes): nothing to read"],
  [{ code: "empty-file", zeroBytes: false }, "empty file: no text"],
  [
    {
      code: "duplicate-column",
      header: "咨询人数",
      col: 5,
      firstHeader: "询单人数",
      firstCol: 3,
      id: "inquiries",
    },
    "duplicate column: '咨询人数' (column 5) and '询单人数' (column 3) both mean inquiries; the first is used; to read the other, map it under columns: in data/config.yaml ('咨询人数': inquiries)",
  ],
  [
    { code: "daily-ratio-unweighted", column: "satisfaction", denominator: "reviews" },
    "daily satisfaction given without its denominator column reviews: refused (daily ratios are never averaged); to weight each day by another column this file has (e.g. received_customers), name it under weights: in data/config.yaml",
  ],
  [
    { code: "date-order", rows: 60, example: "09/13/2026", order: "month-first" },
    "60 row(s) rejected for a date with the day and month before the year: '09/13/2026' can only be MM/DD/YYYY (a month is never over 12), but the order of the other dates is not inferred from it. Export the dates as YYYY-MM-DD (2026-09-13; a help desk's date format is usually a setting of the report or of your profile), or in Excel select the date column, Data → Text to Columns → Date: MDY, format the cells as yyyy-mm-dd and save as CSV again",
  ],
  [
    { code: "repeated-days", rows: 140, dated: 200, agent: "张三", date: "2026-09-22" },
    "140 of the file's 200 dated rows repeat an agent and day an earlier row gave (the first: 张三 on 2026-09-22): the file looks like a log, one row per conversation or ticket, not a per-agent report, and a log's rows are not added up (each agent's day is read from one row). Export the per-agent report instead (坐席工作量 / 客服工作量 / agent summary: one row per agent and day). If the file holds the same rows twice, delete the copy",
  ],
  [
    { code: "spelling", value: "小美 ", agent: "小美" },
    "agent name '小美 ' read as '小美' (NFKC, invisible characters removed, spaces trimmed): rows of both spellings are one agent",
  ],
  [
    {
      code: "ratio-disagrees",
      agent: "A",
      month: "2026-09",
      ratio: "inquiry_conversion",
      given: "0.5",
      parts: ["paid_buyers", "inquiries"],
      computed: "0.453",
    },
    "A 2026-09: inquiry_conversion given as 0.5 but paid_buyers/inquiries = 0.453; the parts are used",
  ],
  [
    { code: "roster-duplicate", agent: "007" },
    "agent listed twice: '007'; not used. For a change of role or team, give the later row the month it holds from in a 'from' column (2026-07): the earlier months keep the first row's",
  ],
  [
    { code: "roster-duplicate", agent: "007", first: 2, from: "2026-07" },
    "agent listed twice from 2026-07: '007' (first at row 2); not used: give each row of an agent its own 'from' month",
  ],
  [
    { code: "roster-from", value: "下月" },
    "from is not a month: '下月' (write 2026-07 or 2026-07-01); the row is not used",
  ],
  [
    {
      code: "roster-no-data",
      month: "2026-10",
      team: "售后组",
      agents: ["阿珍", "小雨"],
      absent: 2,
      of: 2,
    },
    "2026-10: no data for any of the 2 agents of team 售后组 the roster has this month (阿珍, 小雨): the team's export for 2026-10 may be missing; add it and run again (their month is not scored)",
  ],
  [
    { code: "roster-no-data", month: "2026-10", agents: ["若若"], absent: 1, of: 1 },
    "2026-10: no data for the one agent the roster has this month (若若): not scored this month; check the export for their names, or write a left date for an agent who has gone (one on leave needs nothing)",
  ],
  [
    { code: "roster-window", side: "joined", agent: "A", month: "2026-08", date: "2026-09-01" },
    "A has data in 2026-08 but joined on 2026-09-01",
  ],
  [
    { code: "roster-window", side: "left", agent: "A", month: "2026-10", date: "2026-09-15" },
    "A has data in 2026-10 but left on 2026-09-15",
  ],
  [
    { code: "roster-date", side: "joined", value: "2026/13/1" },
    "joined is not a date: '2026/13/1' (write 2026-04-07, 2026/4/7 or 2026年4月7日, or leave it empty): not used, no month is checked against it",
  ],
  [
    { code: "roster-date", side: "left", value: "在职" },
    "left is not a date: '在职' (write 2026-04-07, 2026/4/7 or 2026年4月7日, or leave it empty): not used, no month is checked against it",
  ],
  [
    {
      code: "unknown-role",
      role: "售後",
      from: "roster",
      agents: 2,
      known: ["售前", "售后"],
      scheme: "presales",
      like: "售后",
    },
    "role '售後' (2 agents) is not in schemeByRole of data/config.yaml (售前, 售后): scored with the default scheme presales; did you mean '售后'? correct the role, or add it to schemeByRole (a role left to the default on purpose needs no change)",
  ],
  [
    {
      code: "unknown-role",
      role: "质检",
      from: "export",
      agents: 1,
      known: ["售前", "售后"],
      scheme: "presales",
    },
    "岗位 (role) '质检' (1 agent) is not in schemeByRole of data/config.yaml (售前, 售后): scored with the default scheme presales; correct the role, or add it to schemeByRole (a role left to the default on purpose needs no change)",
  ],
  [
    { code: "unreadable", what: "path", detail: "no such file or folder" },
    "no such file or folder",
  ],
  [{ code: "unreadable", what: "file", detail: "EIO" }, "cannot read: EIO"],
  [
    { code: "unreadable", what: "folder", detail: "permission denied" },
    "cannot read folder: permission denied",
  ],
  [{ code: "unreadable", what: "roster", detail: "EISDIR" }, "cannot read the roster: EISDIR"],
  [
    { code: "unreadable", what: "link", detail: "too many levels of symbolic links" },
    "symbolic link not followed: too many levels of symbolic links",
  ],
  [{ code: "not-regular", kind: "fifo" }, "a named pipe (FIFO): not read"],
  [{ code: "not-regular", kind: "socket" }, "a socket: not read"],
  [{ code: "not-regular", kind: "device" }, "a device: not read"],
  [{ code: "not-regular", kind: "other" }, "not a regular file: not read"],
  [{ code: "link-loop", first: "data/x" }, "symbolic link loop back to data/x: not followed"],
  [{ code: "same-path", kind: "folder", first: "data/x" }, "the same folder as data/x: read once"],
  [
    { code: "workbook-locked" },
    "password-protected workbook: open it in Excel or WPS, remove the password (文件 → 加密/密码) and save a copy, or export it as CSV",
  ],
  [{ code: "workbook-no-sheets" }, "workbook has no sheets"],
  [
    { code: "workbook-corrupt", kind: ".xlsx", detail: "Bad zip" },
    "corrupt or unsupported .xlsx workbook (Bad zip): open and save it again in Excel or WPS, or export it as CSV",
  ],
  [
    {
      code: "no-sheet-header",
      sheets: [
        { sheet: "说明", why: { code: "no-header", rows: 40 } },
        { sheet: "Sheet2", why: { code: "empty-sheet" } },
      ],
    },
    "no sheet has a header row (two known columns such as 客服, 日期, 询单人数): 说明 (no header: no row in the first 40 names two known columns); Sheet2 (empty sheet)",
  ],
];

describe("reason codes in words", () => {
  it("keeps the English the CLI and results.json have always shown", () => {
    for (const [reason, en] of EXAMPLES) expect(reasonText(reason, "en")).toBe(en);
  });

  it("says every one in Chinese, without the English words", () => {
    for (const [reason, en] of EXAMPLES) {
      const zh = reasonText(reason, "zh");
      expect(zh, en).toMatch(/[\u4e00-\u9fff]/);
      const words = en.replace(/'[^']*'|\([^)]*\)/g, "").match(/\b[a-z]{3,}(?: [a-z]{2,})+/g) ?? [];
      for (const w of words) expect(zh, `${en} → ${zh}`).not.toContain(w);
    }
    const missing = EXAMPLES.find(([r]) => r.code === "missing-input")?.[0] as Reason;
    expect(reasonText(missing, "zh")).toBe(
      "缺少输入：满意评价数 + 评价总数 或 客户满意率（评价总数：31 天中缺 3 天（延迟统计））",
    );
  });

  it("lists the same file types read in Chinese as in English", () => {
    const why: Reason = { code: "not-an-export", ext: ".md" };
    const types = (text: string) => text.match(/\.[a-z]+/g)?.filter((t) => t !== ".md") ?? [];
    expect(types(reasonText(why, "zh"))).toEqual(types(reasonText(why, "en")));
  });

  it("says where a period was read in Chinese, the sources joined by 、", () => {
    const where = "banner row 1 '2026年10月', sheet name '10月', file name '202610', --month";
    expect(periodWhereText(where, "en")).toBe(where);
    expect(periodWhereText(where, "zh")).toBe(
      "表格顶部第 1 行 '2026年10月'、工作表名 '10月'、文件名 '202610'、--month",
    );
  });

  it("says in Chinese why a column was missing: a daily rate without its denominator, a gap of days", () => {
    const refused: Reason = {
      code: "missing-input",
      any: [["inquiries"], ["inquiry_conversion"]],
      sources: [["inquiry_conversion", "daily ratio without its denominator"]],
    };
    expect(reasonText(refused, "en")).toBe(
      "missing input: inquiries or inquiry_conversion (inquiry_conversion: daily ratio without its denominator)",
    );
    expect(reasonText(refused, "zh")).toBe(
      "缺少输入：询单人数 或 询单转化率（询单转化率：按天给出的比率缺少分母列）",
    );
    const gap: Reason = {
      code: "missing-input",
      any: [["inquiry_conversion"]],
      sources: [
        ["inquiry_conversion", "missing on 2 of 30 days (daily ratio without its denominator)"],
      ],
    };
    expect(reasonText(gap, "zh")).toBe(
      "缺少输入：询单转化率（询单转化率：30 天中缺 2 天（按天给出的比率缺少分母列））",
    );
  });

  it("names catalogue columns by their Chinese header in Chinese, scheme inputs by id", () => {
    const why: Reason = { code: "missing-inputs", inputs: ["self_attitude", "reviews"] };
    expect(reasonText(why, "zh")).toBe("缺少输入：self_attitude、评价总数");
    expect(reasonText(why, "en")).toBe("missing input: self_attitude, reviews");
  });

  it("names the raters of a judgement item who did not rate, in Chinese (English keeps the contract's words)", () => {
    const why: Reason = {
      code: "missing-inputs",
      inputs: ["sup_presales"],
      raters: [{ zh: "主管", en: "supervisor" }],
    };
    expect(reasonText(why, "zh")).toBe("缺少评分：主管（sup_presales）");
    expect(reasonText(why, "en")).toBe("missing input: sup_presales");
  });

  it("shows a code in the page's language, and words without a code as written", () => {
    expect(shownReason({ reason: "x", why: { code: "zero-denominator" } }, "zh")).toBe("分母为 0");
    expect(shownReason({ reason: "unclosed quote" }, "zh")).toBe("unclosed quote");
    expect(skipReasonOf("average row")).toEqual({ code: "skip", kind: "average" });
    expect(skipReasonOf("something else")).toBeNull();
  });
});
