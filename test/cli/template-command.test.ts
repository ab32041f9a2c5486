/** `npm run template`: a rating sheet to fill, read back as it is once filled. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { read, utils, write } from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { scoreCommand } from "~/cli/score-command.ts";
import { templateCommand } from "~/cli/template-command.ts";
import { dayRow, FULL_HEADER, runCommand } from "./run-command.ts";

const project = {
  "data/roster.csv":
    "agent,display_name,role,team,joined,left\n小美,,,,2026-01-01,\n阿杰,,,,2026-01-01,2026-08-31\n",
  "data/exports/platform.csv": `${FULL_HEADER}\n${dayRow("=cmd", "2026-09-01")}\n`,
};

describe("template", () => {
  it("writes one row per agent of the month (roster and exports), the scheme's columns, a note row with each column's range", async () => {
    const run = await runCommand(templateCommand, project, [
      "--scheme",
      "seed-form3-raters",
      "--month",
      "2026-09",
    ]);
    expect(run.code).toBe(0);
    const [path, text] = [...run.written.entries()][0] ?? [];
    expect(path?.endsWith("data/exports/ratings/seed-form3-raters-2026-09.csv")).toBe(true);
    expect(text?.startsWith("\uFEFF")).toBe(true);
    const lines = text?.slice(1).split("\r\n") ?? [];
    expect(lines[1]).toBe(
      "说明 note,,分数 0–10 / score 0–10；参考 guidance: 成交率、付款率、响应速度高 8–10、中 4–7、低 0–3,分数 0–10 / score 0–10；参考 guidance: 成交率、付款率、响应速度高 8–10、中 4–7、低 0–3,分数 0–100 / score 0–100",
    );
    expect(lines[2]).toBe("客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分");
    // 阿杰 left in August; the export's agent is neutralised against formula injection
    expect(lines.slice(3, -1)).toEqual(["'=cmd,2026-09,,,", "小美,2026-09,,,"]);
  });

  it("lists only the agents whose scheme it is by role (data/config.yaml), as the report picks it", async () => {
    const run = await runCommand(
      templateCommand,
      {
        ...project,
        "data/config.yaml":
          "defaultScheme: seed-monthly\nschemeByRole:\n  售前: seed-form3-raters\n  售后: seed-monthly\n",
        "data/roster.csv":
          "agent,display_name,role,team,joined,left\n小美,,售前,,2026-01-01,\n大熊,,售后,,2026-01-01,\n",
      },
      ["--scheme", "seed-form3-raters", "--month", "2026-09"],
    );
    expect(run.code, run.stderr).toBe(0);
    const text = [...run.written.values()][0] ?? "";
    const rows = text.slice(1).split("\r\n").slice(3, -1);
    // 大熊 is 售后 and '=cmd (exports only, no role) gets the default: neither is rated on this form.
    expect(rows).toEqual(["小美,2026-09,,,"]);
    expect(run.stderr).toContain("1 agent(s) (those data/config.yaml gives seed-form3-raters)");
  });

  it("without a roster, takes the role from the exports' 岗位, as the report does", async () => {
    const run = await runCommand(
      templateCommand,
      {
        "data/config.yaml":
          "defaultScheme: seed-monthly\nschemeByRole:\n  售前: seed-form3-raters\n",
        "data/exports/p.csv": "客服,岗位,月份,询单人数\n甲,售前,2026-09,10\n乙,售后,2026-09,8\n",
      },
      ["--scheme", "seed-form3-raters", "--month", "2026-09"],
    );
    expect(run.code, run.stderr).toBe(0);
    const text = [...run.written.values()][0] ?? "";
    expect(text.slice(1).split("\r\n").slice(3, -1)).toEqual(["甲,2026-09,,,"]);
  });

  it("reads the roster's joined/left in any date form (slashed, 年月日, Excel serial); says which is not a date", async () => {
    const run = await runCommand(
      templateCommand,
      {
        ...project,
        "data/roster.csv":
          "agent,display_name,role,team,joined,left\n小美,,,,2026/1/1,\n阿杰,,,,2026年1月1日,46265\n" +
          "小鹿,,,,46296,\n大熊,,,,2026/1/1,2026/8/31\n七七,,,,2026/13/1,\n",
      },
      ["--scheme", "seed-form3-raters", "--month", "2026-09"],
    );
    expect(run.code, run.stderr).toBe(0);
    const text = [...run.written.values()][0] ?? "";
    // 阿杰 (46265 = 2026-08-31) and 大熊 left in August, 小鹿 (46296 = 2026-10-01) joins in
    // October; 七七's date is not one, so it bounds no month.
    expect(text.slice(1).split("\r\n").slice(3, -1)).toEqual([
      "'=cmd,2026-09,,,",
      "七七,2026-09,,,",
      "小美,2026-09,,,",
    ]);
    expect(run.stderr).toContain(
      "data/roster.csv:6:joined: warning: joined is not a date: '2026/13/1'",
    );
  });

  it("leaves out a returning agent in the months they were away", async () => {
    const roster =
      "agent,display_name,role,team,joined,left,from\n" +
      "阿伟,,,,2022-08-15,2026-06-19,\n阿伟,,,,2026-10-01,,2026-10\n小美,,,,2026-01-01,,\n";
    const lists = [];
    for (const month of ["2026-09", "2026-10"]) {
      const run = await runCommand(templateCommand, { ...project, "data/roster.csv": roster }, [
        "--scheme",
        "seed-form3-raters",
        "--month",
        month,
      ]);
      expect(run.code, run.stderr).toBe(0);
      const text = [...run.written.values()][0] ?? "";
      lists.push(text.slice(1).split("\r\n").slice(3, -1));
    }
    // Away from 2026-06-19 to 2026-10-01: not in September's sheet, back in October's.
    expect(lists[0]).toEqual(["'=cmd,2026-09,,,", "小美,2026-09,,,"]);
    expect(lists[1]).toEqual(["小美,2026-10,,,", "阿伟,2026-10,,,"]);
  });

  it("the filled sheet is read with the exports and scored", async () => {
    const sheet = await runCommand(templateCommand, project, [
      "--scheme",
      "seed-form3-raters",
      "--month",
      "2026-09",
    ]);
    const text = [...sheet.written.values()][0] ?? "";
    const filled = text.replace("小美,2026-09,,,", "小美,2026-09,10,7,90");
    const run = await runCommand(
      scoreCommand,
      { ...project, "data/exports/ratings/sheet.csv": filled },
      ["--scheme", "seed-form3-raters", "--allow-invalid"],
    );
    const doc = JSON.parse(run.stdout);
    const xm = doc.results.find((r: { agent: string }) => r.agent === "小美");
    expect(xm).toMatchObject({ month: "2026-09", total: 84.4, complete: true });
    // every line above the header is passed over, not counted as a row; a line left unfilled is skipped
    expect(doc.files.find((f: { file: string }) => f.file.endsWith("sheet.csv"))).toMatchObject({
      read: 2,
      scored: 1,
      skipped: 1,
    });
    expect(doc.skipped).toContainEqual(
      expect.objectContaining({ row: 4, reason: "no values (every scored cell empty)" }),
    );
  });

  it("refuses a scheme without rated columns, a bad month, and never overwrites a file", async () => {
    const none = await runCommand(templateCommand, project, [
      "--scheme",
      "seed-monthly",
      "--month",
      "2026-09",
    ]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("platform metrics only");
    const month = await runCommand(templateCommand, project, [
      "--scheme",
      "seed-form3-raters",
      "--month",
      "2026-9",
    ]);
    expect(month.code).toBe(2);
    const taken = await runCommand(templateCommand, { ...project, "mine.csv": "keep" }, [
      "--scheme",
      "seed-form3-raters",
      "--month",
      "2026-09",
      "--out",
      "mine.csv",
    ]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("mine.csv exists: not overwritten");
    expect(taken.written.size).toBe(0);
  });

  it("writes an .xlsx workbook with text cells, read back with the exports once filled", async () => {
    const made = await runCommand(templateCommand, project, [
      "--scheme",
      "seed-form3-raters",
      "--month",
      "2026-09",
      "--out",
      "data/exports/ratings/评分表.xlsx",
    ]);
    expect(made.code).toBe(0);
    const path = join(made.root, "data/exports/ratings/评分表.xlsx");
    const wb = read(readFileSync(path));
    const rows = utils.sheet_to_json<string[]>(wb.Sheets["2026-09"] ?? {}, {
      header: 1,
      raw: false,
    });
    expect(rows[2]).toEqual([
      "客服",
      "月份",
      "自评-售前服务",
      "主管评-售前服务",
      "月度工作计划得分",
    ]);
    expect(rows.slice(3).map((r) => r[0])).toEqual(["=cmd", "小美"]);
    // Fill 小美's row in the workbook and score it with the platform export.
    const ws = wb.Sheets["2026-09"];
    if (!ws) throw new Error("no sheet");
    utils.sheet_add_aoa(ws, [["小美", "2026-09", 10, 7, 90]], { origin: "A5" });
    writeFileSync(path, write(wb, { type: "buffer", bookType: "xlsx" }));
    const run = await runCommand(
      scoreCommand,
      {
        ...project,
        "data/exports/ratings/评分表.xlsx": readFileSync(path),
      },
      ["--scheme", "seed-form3-raters", "--allow-invalid"],
    );
    const xm = JSON.parse(run.stdout).results.find((r: { agent: string }) => r.agent === "小美");
    expect(xm).toMatchObject({ total: 84.4, complete: true });
  });
});
