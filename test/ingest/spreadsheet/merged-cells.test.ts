/**
 * Merged cells read as Excel shows them: below the header a merged range's
 * value fills every cell of it; a title merged above the header changes
 * nothing; a group row above a header that repeats names (拼多多's 全天 /
 * 8-23点) names each repeat with its group, so the profile reads the 8-23点
 * rates and never the 全天 ones.
 */
import { describe, expect, it } from "vitest";
import { schemeInputs } from "~/engine/index.ts";
import { HeaderIndex, withQualifier } from "~/ingest/columns.ts";
import { joinGroups, qualifyRepeated } from "~/ingest/layout.ts";
import { headerBottom } from "~/ingest/spreadsheet/merges.ts";
import { builtin } from "../../engine/helpers.ts";
import { ingestTemp } from "../temp-files.ts";
import { type Cell, serial, workbook } from "./workbooks.ts";

const pct = (n: number) => ({ n, z: "0.00%" });
const day = (iso: string) => ({ n: serial(iso), z: "yyyy-mm-dd" });
const SUPERVISOR = [{ id: "sup", headers: ["主管评分"], kind: "score" as const, min: 0, max: 100 }];

const errors = (r: Awaited<ReturnType<typeof ingestTemp>>) =>
  r.problems.filter((p) => p.severity === "error").map((p) => `${p.file}:${p.row}: ${p.message}`);
const accounts = (r: Awaited<ReturnType<typeof ingestTemp>>) =>
  r.files.map((f) => [f.file, f.read, f.scored, f.rejected, f.skipped]);

describe("merged cells", () => {
  /** A supervisor's rating sheet: one 月份 cell merged down the whole group. */
  const RATINGS = {
    rows: [
      ["月份", "客服", "主管评分", "迟到次数"],
      ["2026-10", "小美", 92, 0],
      [null, "阿杰", 85, 1],
      [null, "小林", 78, 2],
    ],
    merges: ["A2:A4"],
  };

  it("reads a 月份 merged down a rating sheet as the month of every row it covers (.xlsx and .xls)", async () => {
    for (const [name, book] of [
      ["评分.xlsx", workbook({ 十月: RATINGS })],
      ["评分.xls", workbook({ 十月: RATINGS }, "biff8")],
    ] as const) {
      const r = await ingestTemp({ [name]: book }, { extraColumns: SUPERVISOR });
      expect(errors(r)).toEqual([]);
      expect(accounts(r)).toEqual([[`${name}#十月`, 3, 3, 0, 0]]);
      expect(r.agentMonths.map((m) => [m.agent, m.month, m.values.sup])).toEqual([
        ["小林", "2026-10", 78],
        ["小美", "2026-10", 92],
        ["阿杰", "2026-10", 85],
      ]);
    }
  });

  it("reads a 日期 merged over each day's agents in a daily export; a blank row inside a merge stays blank", async () => {
    const r = await ingestTemp({
      "京东.xlsx": workbook({
        客服绩效: {
          rows: [
            ["日期", "客服", "咨询量", "接待量"],
            [day("2026-10-01"), "jd_小王", 40, 30],
            [null, "jd_小李", 50, 45],
            [day("2026-10-02"), "jd_小王", 42, 33],
            [],
            [null, "jd_小李", 48, 40],
          ],
          merges: ["A2:A3", "A4:A6"],
        },
      }),
    });
    expect(errors(r)).toEqual([]);
    expect(accounts(r)).toEqual([["京东.xlsx#客服绩效", 5, 4, 0, 1]]);
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([[5, "blank row"]]);
    expect(r.agentMonths.map((m) => [m.agent, m.days, m.values.consultations])).toEqual([
      ["jd_小李", 2, 98],
      ["jd_小王", 2, 82],
    ]);
  });

  it("leaves a title merged across the top as it was: the header is found and the banner gives the period", async () => {
    const rows: Cell[][] = [
      ["统计时间：2026-10-01 至 2026-10-31"],
      ["组别", "客服", "询单人数", "最终付款人数"],
      ["售前一组", "小美", 200, 114],
      [null, "阿杰", 150, 60],
    ];
    const merged = await ingestTemp({
      "赤兔.xlsx": workbook({ 售前明细: { rows, merges: ["A1:D1", "A3:A4"] } }),
    });
    const plain = await ingestTemp({ "赤兔.xlsx": workbook({ 售前明细: rows }) });
    expect(errors(merged)).toEqual([]);
    expect(merged.files).toEqual(plain.files);
    expect(merged.files[0]).toMatchObject({
      period: "2026-10",
      periodFrom: "banner row 1 '2026-10-01 至 2026-10-31'",
    });
    expect(merged.agentMonths).toEqual(plain.agentMonths);
    expect(merged.agentMonths.map((m) => [m.agent, m.values.inquiries])).toEqual([
      ["小美", 200],
      ["阿杰", 150],
    ]);
  });

  /** 拼多多 客服绩效 for a month: 全天 rates 0.7x, 8-23点 rates 0.9x. */
  const PDD_AGENTS: Cell[][] = [
    [1, "pdd_小红", 300, 280, pct(0.71), pct(0.61), pct(0.95), pct(0.91), 20],
    [2, "pdd_小蓝", 200, 190, pct(0.72), pct(0.62), pct(0.96), pct(0.92), 25],
  ];
  const PDD_NAMES = ["3分钟人工回复率", "30秒应答率", "3分钟人工回复率", "30秒应答率"];
  const PDD_FILE = "客服绩效-20261001-20261031.xlsx";
  /** The 8-23点 rates read, the 全天 ones listed as not used, no duplicate column. */
  const readsEightToEleven = (r: Awaited<ReturnType<typeof ingestTemp>>) => {
    expect(r.problems.filter((p) => p.why?.code === "duplicate-column")).toEqual([]);
    expect(r.headers).toMatchObject([
      { profile: "pdd", unused: ["序号", "3分钟人工回复率(全天)", "30秒应答率(全天)"] },
    ]);
    const rated = r.agentMonths.filter((m) => m.values.reply_3min_rate !== undefined);
    expect(rated.map((m) => [m.agent, m.values.reply_3min_rate, m.values.answer_30s_rate])).toEqual(
      [
        ["pdd_小红", 0.95, 0.91],
        ["pdd_小蓝", 0.96, 0.92],
      ],
    );
  };

  it("拼多多's group row (全天 / 8-23点, merged over its two columns) above repeated names: the 8-23点 rates are read", async () => {
    const r = await ingestTemp({
      [PDD_FILE]: workbook({
        Sheet0: {
          rows: [
            ["", "", "", "", "全天", null, "8-23点", null, ""],
            [
              "序号",
              "客服账号",
              "咨询人数",
              "需要人工回复的咨询人数",
              ...PDD_NAMES,
              "平均人工响应时长",
            ],
            ...PDD_AGENTS,
          ],
          merges: ["E1:F1", "G1:H1"],
        },
      }),
    });
    expect(errors(r)).toEqual([]);
    expect(accounts(r)).toEqual([[`${PDD_FILE}#Sheet0`, 2, 2, 0, 0]]);
    readsEightToEleven(r);
  });

  it("拼多多's two-row header as a web table copied into Excel (other headers merged down both rows): the same, rows numbered from the sheet", async () => {
    const rows: Cell[][] = [
      ["序号", "客服账号", "咨询人数", "需要人工回复的咨询人数", "全天", null, "8-23点", null],
      [null, null, null, null, ...PDD_NAMES],
      ...PDD_AGENTS,
      [3, "pdd_小绿", "abc", 10, pct(0.7), pct(0.6), pct(0.9), pct(0.9), 30],
    ];
    rows[0]?.push("平均人工响应时长");
    const r = await ingestTemp({
      [PDD_FILE]: workbook({
        Sheet0: { rows, merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1", "I1:I2"] },
      }),
    });
    // The header ends on row 2: the data are rows 3 to 5.
    expect(r.rejected.map((x) => [x.row, x.column, x.reason])).toEqual([
      [5, "咨询人数", "not a number: 'abc'"],
    ]);
    expect(accounts(r)).toEqual([[`${PDD_FILE}#Sheet0`, 3, 2, 1, 0]]);
    readsEightToEleven(r);
  });

  it("拼多多's two-row header in an 'Excel' download that is an HTML table (rowspan, colspan): the same", async () => {
    const th = (text: string, span = "") => `<th${span}>${text}</th>`;
    const down = ' rowspan="2"';
    const across = ' colspan="2"';
    const html = [
      "<html><body><table><thead><tr>",
      th("序号", down) + th("客服账号", down) + th("咨询人数", down),
      th("需要人工回复的咨询人数", down) + th("全天", across) + th("8-23点", across),
      th("平均人工响应时长", down),
      "</tr><tr>",
      PDD_NAMES.map((n) => th(n)).join(""),
      "</tr></thead><tbody>",
      "<tr><td>1</td><td>pdd_小红</td><td>300</td><td>280</td><td>71%</td><td>61%</td><td>95%</td><td>91%</td><td>20</td></tr>",
      "<tr><td>2</td><td>pdd_小蓝</td><td>200</td><td>190</td><td>72%</td><td>62%</td><td>96%</td><td>92%</td><td>25</td></tr>",
      "</tbody></table></body></html>",
    ].join("\n");
    const r = await ingestTemp({ "客服绩效-20261001-20261031.xls": html });
    expect(errors(r)).toEqual([]);
    expect(r.files.map((f) => [f.encoding, f.read, f.scored])).toEqual([["html/xml", 2, 2]]);
    readsEightToEleven(r);
  });

  it("a plain export with the headers already qualified (8-23点) reads the same", async () => {
    const r = await ingestTemp({
      [PDD_FILE]: workbook({
        Sheet0: [
          [
            "序号",
            "客服账号",
            "咨询人数",
            "需要人工回复的咨询人数",
            "3分钟人工回复率(全天)",
            "30秒应答率(全天)",
            "3分钟人工回复率(8-23点)",
            "30秒应答率(8-23点)",
            "平均人工响应时长",
          ],
          ...PDD_AGENTS,
        ],
      }),
    });
    expect(errors(r)).toEqual([]);
    readsEightToEleven(r);
  });

  it("repeated names stay a duplicate-column error when a group does not name a known header, or a repeat has no group", async () => {
    const r = await ingestTemp({
      "groups.xlsx": workbook({
        未知组: {
          rows: [
            ["", "", "售前", null, "售后", null],
            ["客服", "月份", "询单人数", "最终付款人数", "询单人数", "最终付款人数"],
            ["小美", "2026-10", 10, 5, 20, 8],
          ],
          merges: ["C1:D1", "E1:F1"],
        },
        无组: {
          rows: [
            ["", "", "", "", "全天", "", "8-23点", ""],
            ["序号", "客服账号", "月份", "需要人工回复的咨询人数", ...PDD_NAMES],
            [1, "pdd_小红", "2026-10", 280, pct(0.71), pct(0.61), pct(0.95), pct(0.91)],
          ],
          merges: [],
        },
      }),
    });
    expect(r.problems.map((p) => [p.file, p.why?.code, p.column])).toEqual([
      ["groups.xlsx#未知组", "duplicate-column", "询单人数"],
      ["groups.xlsx#未知组", "duplicate-column", "最终付款人数"],
      ["groups.xlsx#无组", "duplicate-column", "30秒应答率"],
    ]);
  });
});

describe("a header's groups and rows", () => {
  const index = new HeaderIndex().add([
    { id: "reply_3min_rate", kind: "ratio", headers: ["3分钟人工回复率(8-23点)"] },
    { id: "avg_response_s", kind: "seconds", headers: ["平均响应时长(8-23点)"] },
  ]);

  it("a rating sheet's item merged over its raters (大类 / 小项) reads each rater's column, in either order of the scheme's header", async () => {
    const extraColumns = [
      ...schemeInputs(builtin("seed-form3-raters")),
      ...schemeInputs(builtin("seed-form19-360")),
    ];
    const r = await ingestTemp(
      {
        "form3.xlsx": workbook({
          评分: {
            rows: [
              ["客服", "月份", "售前服务", null, "月度工作计划得分"],
              [null, null, "自评", "主管评", null],
              ["小美", "2026-09", 8, 7, 90],
            ],
            merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"],
          },
        }),
        // Form 19's 360: each item over 本人 / 上级 / 裁决小组, the raters' names repeated.
        "form19.xlsx": workbook({
          评分: {
            rows: [
              ["2026年9月 360 度考核"],
              ["客服", "月份", "项目计划完成率", null, null, "客户访问", null, null],
              [null, null, "本人", "上级", "裁决小组", "本人", "上级", "裁决小组"],
              ["阿杰", "2026-09", 10, 11, 9, 12, 10, 8],
            ],
            merges: ["A1:H1", "A2:A3", "B2:B3", "C2:E2", "F2:H2"],
          },
        }),
      },
      { extraColumns },
    );
    expect(errors(r)).toEqual([]);
    expect(r.agentMonths.find((m) => m.agent === "小美")?.values).toEqual({
      self_presales: 8,
      sup_presales: 7,
      work_plan: 90,
    });
    expect(r.agentMonths.find((m) => m.agent === "阿杰")?.values).toMatchObject({
      plan_completion_self: 10,
      plan_completion_superior: 11,
      plan_completion_panel: 9,
      customer_visits_self: 12,
      customer_visits_superior: 10,
      customer_visits_panel: 8,
    });
  });

  it("joins a cell to its group only into a known header, and only one", () => {
    const index = new HeaderIndex().add([
      { id: "a", kind: "score", headers: ["自评-售前服务"] },
      { id: "b", kind: "score", headers: ["售前服务-主管评", "主管评-售前服务"] },
      { id: "c", kind: "count", headers: ["迟到次数"] },
    ]);
    expect(
      joinGroups(
        ["自评", "主管评", "互评", "迟到次数"],
        ["售前服务", "售前服务", "售前服务", "考勤"],
        index,
      ),
    ).toEqual(["自评-售前服务", "主管评", "互评", "迟到次数"]);
  });

  it("names a repeat with its group before any unit, only when a named form is known", () => {
    expect(withQualifier("平均响应时长(秒)", "全天")).toBe("平均响应时长(全天)(秒)");
    expect(index.resolve(withQualifier("平均响应时长（秒）", "8-23点"))).toMatchObject({
      column: { id: "avg_response_s" },
      unit: "秒",
    });
    const cells = ["客服", "3分钟人工回复率", "3分钟人工回复率", "备注", "备注"];
    expect(qualifyRepeated(cells, ["", "全天", "8-23点", "甲", "乙"], index)).toEqual([
      "客服",
      "3分钟人工回复率(全天)",
      "3分钟人工回复率(8-23点)",
      "备注",
      "备注",
    ]);
    // The same group over both, or a repeat without one: the cells stay (the duplicate is reported).
    expect(qualifyRepeated(cells, ["", "8-23点", "8-23点"], index)).toEqual(cells);
    expect(qualifyRepeated(cells, ["", "", "8-23点"], index)).toEqual(cells);
  });

  it("ends a header on the bottom of cells merged down from it, three rows at most", () => {
    const down = (r0: number, r1: number) => ({ s: { r: r0, c: 0 }, e: { r: r1, c: 0 } });
    expect(headerBottom([], 2)).toBe(2);
    expect(headerBottom([down(2, 3)], 2)).toBe(3);
    expect(headerBottom([down(2, 4)], 2)).toBe(4);
    expect(headerBottom([down(2, 40)], 2)).toBe(2);
    expect(headerBottom([down(0, 1), down(3, 5)], 2)).toBe(2);
  });
});
