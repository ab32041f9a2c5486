/**
 * A workbook saved by openpyxl, a script or some WPS saves stores formulas
 * without their results: such a cell is refused saying so, naming the place
 * and what to do, never read as empty (a missing rating) or as 0.
 */
import { describe, expect, it } from "vitest";
import { schemeInputs } from "~/engine/index.ts";
import { builtin } from "../../engine/helpers.ts";
import { ingestTemp } from "../temp-files.ts";
import { arrayFormula, formula, formulaWorkbook } from "./workbooks.ts";

const where = (r: { rejected: { file: string; row: number; column: string; reason: string }[] }) =>
  r.rejected.map((x) => `${x.file}:${x.row}:${x.column}: ${x.reason}`);
const TODO =
  "(the file holds the formula but no value for it, as when a script or some WPS saves write it: open the file in Excel or WPS and save it, so the results are stored, or copy the column and paste it as values)";

describe("formulas without their stored results", () => {
  it("a rated cell is refused as a formula, not reported empty; a formula in a column nothing reads costs nothing", async () => {
    const r = await ingestTemp(
      {
        "评分表.xlsx": formulaWorkbook("评分", [
          ["客服", "月份", "自评-售前服务", "主管评-售前服务", "月度工作计划得分", "总分"],
          ["小美", "2026-09", 8, formula("AVERAGE(6,8)"), 90, formula("SUM(C2:E2)")],
          ["阿杰", "2026-09", 9, 7, 85, formula("SUM(C3:E3)")],
        ]),
      },
      { extraColumns: schemeInputs(builtin("seed-form3-raters")) },
    );
    expect(where(r)).toEqual([
      `评分表.xlsx#评分:2:主管评-售前服务: a formula without its result: '=AVERAGE(6,8)' ${TODO}`,
    ]);
    // Nothing of the row is scored (not the 8 nor the 90), and the month knows it lost a row.
    const mei = r.agentMonths.find((m) => m.agent === "小美");
    expect(mei?.values).toEqual({});
    expect(mei?.rejectedRows).toBe(1);
    expect(r.agentMonths.find((m) => m.agent === "阿杰")?.values).toMatchObject({
      self_presales: 9,
      sup_presales: 7,
      work_plan: 85,
    });
    expect(r.files.map((f) => [f.file, f.read, f.scored, f.rejected, f.skipped])).toEqual([
      ["评分表.xlsx#评分", 2, 1, 1, 0],
    ]);
  });

  it("a metric cell and a name looked up by formula are refused; a totals row of sums is still skipped", async () => {
    const r = await ingestTemp({
      "千牛-2026-09.xlsx": formulaWorkbook("九月", [
        ["客服", "日期", "询单人数", "最终付款人数"],
        ["小美", "2026-09-01", 10, 5],
        ["阿杰", "2026-09-01", formula("B9*2"), 4],
        [formula("VLOOKUP(A9,花名册!A:B,2,0)"), "2026-09-01", 8, 3],
        ["合计", "", formula("SUM(C2:C4)"), formula("SUM(D2:D4)")],
      ]),
    });
    expect(where(r)).toEqual([
      `千牛-2026-09.xlsx#九月:3:询单人数: a formula without its result: '=B9*2' ${TODO}`,
      `千牛-2026-09.xlsx#九月:4:客服: a formula without its result: '=VLOOKUP(A9,花名册!A:B,2,0)' ${TODO}`,
    ]);
    expect(r.agentMonths.map((m) => m.agent).sort()).toEqual(["小美", "阿杰"]);
    expect(r.files.map((f) => [f.read, f.scored, f.rejected, f.skipped])).toEqual([[4, 1, 2, 1]]);
  });

  it("a formula's 0 from a writer that leaves the calculating to Excel (pandas/XlsxWriter) is no rating of 0", async () => {
    const sheet = [
      ["客服", "月份", "自评-售前服务", "主管评-售前服务", "月度工作计划得分"],
      ["小美", "2026-09", 8, formula("AVERAGE(6,8)"), 90],
      ["阿杰", "2026-09", 9, formula("AVERAGE(6,8)", 7), formula("SUM(40,45)", 85)],
    ];
    const r = await ingestTemp(
      {
        "pandas.xlsx": formulaWorkbook("评分", sheet, "xlsxwriter"),
        // The same 0 in a workbook Excel calculated is Excel's result, a real 0.
        "excel.xlsx": formulaWorkbook(
          "评分",
          [sheet[0] ?? [], ["乐乐", "2026-09", 0, formula("C3", 0), 80]],
          "openpyxl",
        ),
      },
      { extraColumns: schemeInputs(builtin("seed-form3-raters")) },
    );
    expect(where(r)).toEqual([
      `pandas.xlsx#评分:2:主管评-售前服务: a formula without its result: '=AVERAGE(6,8)' ${TODO}`,
    ]);
    expect(r.agentMonths.find((m) => m.agent === "小美")?.values).toEqual({});
    expect(r.agentMonths.find((m) => m.agent === "阿杰")?.values).toMatchObject({
      sup_presales: 7,
      work_plan: 85,
    });
    expect(r.agentMonths.find((m) => m.agent === "乐乐")?.values).toMatchObject({
      self_presales: 0,
      sup_presales: 0,
    });
  });

  it("an array formula's padded cells (XlsxWriter writes them as bare 0s) are no ratings of 0 either", async () => {
    const sheet = [
      ["客服", "月份", "自评-售前服务", "主管评-售前服务"],
      ["小美", "2026-09", 8, arrayFormula("C2:C3*1", "D2:D3")],
      ["阿杰", "2026-09", 9, 0],
    ];
    const r = await ingestTemp(
      { "pandas.xlsx": formulaWorkbook("评分", sheet, "xlsxwriter") },
      { extraColumns: schemeInputs(builtin("seed-form3-raters")) },
    );
    expect(where(r)).toEqual([
      `pandas.xlsx#评分:2:主管评-售前服务: a formula without its result: '=C2:C3*1' ${TODO}`,
      `pandas.xlsx#评分:3:主管评-售前服务: a formula without its result: '={D2:D3}' ${TODO}`,
    ]);
    expect(r.agentMonths.flatMap((m) => Object.keys(m.values))).not.toContain("sup_presales");
  });
});
