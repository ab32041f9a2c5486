/** No silent emptiness (exit 1 for score, check and report), unread files listed, the period outside the table. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { scoreCommand } from "~/cli/score-command.ts";
import { plainProgress } from "~/report/progress.ts";
import { runReport } from "~/report/run-report.ts";
import { encryptedWorkbook, workbook } from "../ingest/spreadsheet/workbooks.ts";
import { tempFiles } from "../ingest/temp-files.ts";
import { runCommand } from "./run-command.ts";

/** Exports a shop might have that give no data row: a locked workbook, a PDF, a lock file. */
const nothing = {
  "data/exports/locked.xlsx": encryptedWorkbook(),
  "data/exports/说明.pdf": "%PDF-1.4",
  "data/exports/~$locked.xlsx": "lock",
};

/** A 赤兔-style month: banner above the header, no month column. */
const chitu = (banner: string) =>
  workbook({
    售前明细: [
      [banner],
      [
        "客服",
        "询单人数",
        "询单->最终付款人数",
        "客服客单价",
        "店铺客单价",
        "首次响应时间",
        "平均响应时间",
        "客户满意率",
      ],
      ["小美", 200, 114, 120.5, 100, 12, 30, { n: 0.97, z: "0.0%" }],
    ],
  });

describe("a run that reads no data row", () => {
  it.each([
    ["score", scoreCommand],
    ["check", checkCommand],
  ] as const)("%s exits 1 and says what it saw", async (_name, command) => {
    const run = await runCommand(command, nothing);
    expect(run.code).toBe(1);
    expect(run.written.size).toBe(0);
    expect(run.stderr).toContain(
      "data/exports: no data row: 3 file(s) seen (2 .xlsx, 1 .pdf), 1 of them read as exports",
    );
    expect(run.stderr).toContain(
      "could not read data/exports/locked.xlsx: password-protected workbook",
    );
    expect(run.stderr).toContain("not read: data/exports/~$locked.xlsx: Office lock file");
    expect(run.stderr).toContain("not read: data/exports/说明.pdf: not an export type (.pdf)");
  });

  it("score exits 1 even with --allow-invalid, writing nothing", async () => {
    const run = await runCommand(scoreCommand, nothing, ["--allow-invalid", "--out", "x.json"]);
    expect(run.code).toBe(1);
    expect(run.written.size).toBe(0);
  });

  it("says why rows gave nothing: every row outside --month", async () => {
    const run = await runCommand(
      scoreCommand,
      { "data/exports/a.csv": "客服,月份,询单人数\n小美,2026-09,10\n" },
      ["--month", "2026-08"],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("1 row(s) read, none scored: 1 outside --month (--month 2026-08)");
  });

  it("report exits 1 and builds nothing, even with --allow-invalid", async () => {
    const root = tempFiles({ ...nothing, "data/config.yaml": "defaultScheme: seed-monthly\n" });
    mkdirSync(join(root, "data/schemes"), { recursive: true });
    for (const argv of [[], ["--allow-invalid"]]) {
      const stderr: string[] = [];
      let builds = 0;
      const code = await runReport(["--out", "out", "--quiet", ...argv], {
        root,
        today: "2026-11-26",
        env: {},
        progress: () => plainProgress(() => {}),
        stderr: (line) => stderr.push(line),
        buildSite: async () => {
          builds++;
        },
        now: () => 0,
      });
      expect(code).toBe(1);
      expect(builds).toBe(0);
      expect(stderr.join("\n")).toContain("no data row: 3 file(s) seen");
    }
  });
});

describe("check lists files not read and each file's period with its source", () => {
  it("prints the period of a banner workbook and the unread files", async () => {
    const run = await runCommand(checkCommand, {
      "data/exports/赤兔-售前明细.xlsx": chitu("统计时间：2026-10-01 至 2026-10-31"),
      "data/exports/.DS_Store": "x",
      "data/exports/notes.docx": "x",
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "  data/exports/赤兔-售前明细.xlsx#售前明细 [xlsx, sheet]: read 1 = scored 1 + rejected 0 + skipped 0\n    period 2026-10, from the banner row 1 '2026-10-01 至 2026-10-31'\n",
    );
    expect(run.stdout).toContain(
      "not read:\n  data/exports/.DS_Store: hidden file\n  data/exports/notes.docx: not an export type (.docx)",
    );
  });

  it("refuses a period conflict and a partial month, naming the sources (exit 1)", async () => {
    const run = await runCommand(checkCommand, {
      "data/exports/售前-2026-09.xlsx": chitu("统计时间：2026-10-01 至 2026-10-31"),
      "data/exports/售后.xlsx": chitu("统计时间：2026-10-01 至 2026-10-15"),
      "data/exports/ok.csv": "客服,月份,询单人数\n阿杰,2026-10,10\n",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "data/exports/售前-2026-09.xlsx#售前明细: period conflict: banner row 1 '2026-10-01 至 2026-10-31' says 2026-10, file name '2026-09' says 2026-09",
    );
    expect(run.stderr).toContain(
      "data/exports/售后.xlsx#售前明细: banner row 1 '2026-10-01 至 2026-10-15': the period 2026-10-01 – 2026-10-15 is not one calendar month",
    );
  });

  it("takes --month as the period of a file named on the command line, not of files in a folder", async () => {
    const csv =
      "客服,询单人数,询单->最终付款人数,客服客单价,店铺客单价,首次响应时间,平均响应时间,客户满意率\n小美,200,114,120.5,100,12,30,97%\n";
    const direct = await runCommand(scoreCommand, { "in/export.csv": csv }, [
      "--data",
      "in/export.csv",
      "--month",
      "2026-10",
    ]);
    expect(direct.code, direct.stderr).toBe(0);
    expect(JSON.parse(direct.stdout).results[0]).toMatchObject({ agent: "小美", month: "2026-10" });
    const folder = await runCommand(scoreCommand, { "in/export.csv": csv }, [
      "--data",
      "in",
      "--month",
      "2026-10",
    ]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain(
      "in/export.csv: no 日期/date or 月份/month column in the header at row 1",
    );
  });
});
