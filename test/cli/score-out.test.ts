/** `score --out FILE`: never onto the inputs, a folder or a file score did not write. */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { utils, write } from "@e965/xlsx";
import { describe, expect, it } from "vitest";
import { checkScoreOut } from "~/cli/score-out.ts";
import { resultsXlsx } from "~/output/results-xlsx.ts";
import { tempDir } from "../support/temp-dir.ts";

function project(): string {
  const root = tempDir("kpi-score-out");
  mkdirSync(join(root, "data/exports/2026-10"), { recursive: true });
  writeFileSync(join(root, "data/exports/2026-10/售后.csv"), "日期,客服\n");
  writeFileSync(join(root, "data/config.yaml"), "defaultScheme: seed-monthly\n");
  mkdirSync(join(root, "mine"));
  writeFileSync(join(root, "mine/notes.txt"), "keep me");
  writeFileSync(join(root, "last.json"), '{\n  "scheme": "presales",\n  "results": []\n}\n');
  writeFileSync(join(root, "last.csv"), "\uFEFFagent,month,role\n");
  return root;
}

const refusal = (root: string, out: string, data: string[] = []) =>
  checkScoreOut(out, root, [join(root, "data"), ...data]).then(
    () => null,
    (e: { message: string; exitCode: number }) => `${e.exitCode} ${e.message}`,
  );

describe("checkScoreOut", () => {
  it("refuses an export, a new file among the exports, the config and a --data file (exit 2)", async () => {
    const root = project();
    writeFileSync(join(root, "other.csv"), "日期,客服\n");
    for (const [out, data] of [
      ["data/exports/2026-10/售后.csv", []],
      ["data/exports/results.csv", []],
      ["data/config.yaml", []],
      ["other.csv", ["other.csv"]],
    ] as const) {
      expect(await refusal(root, out, [...data]), out).toMatch(
        new RegExp(
          `^2 --out ${out.replace(".", "\\.")}: is inside the inputs \\(.*\\): it would replace an input, or be read as an export by the next run; write it outside them \\(e\\.g\\. --out results\\.json\\); nothing was written$`,
        ),
      );
    }
    expect(readFileSync(join(root, "data/exports/2026-10/售后.csv"), "utf8")).toBe("日期,客服\n");
  });

  it("refuses the exports reached through a link", async () => {
    const root = project();
    symlinkSync(join(root, "data/exports"), join(root, "exports-link"));
    expect(await refusal(root, "exports-link/r.csv")).toMatch(/is inside the inputs/);
  });

  it("refuses a folder, naming a file to write instead", async () => {
    const root = project();
    expect(await refusal(root, "mine")).toBe(
      "2 --out mine: is a folder: name a file in it (e.g. --out mine/results.json); nothing was written",
    );
  });

  it("refuses a file score did not write", async () => {
    const root = project();
    expect(await refusal(root, "mine/notes.txt")).toBe(
      "2 --out mine/notes.txt: exists and is not a score output (it does not begin as score's JSON or CSV does, nor is it score's workbook): choose another file name, or move that file away first; nothing was written",
    );
  });

  it("replaces its own JSON, CSV or workbook, an empty file, or writes a new file", async () => {
    const root = project();
    writeFileSync(join(root, "empty.json"), "");
    writeFileSync(join(root, "last.xlsx"), resultsXlsx([]));
    for (const out of [
      "last.json",
      "last.csv",
      "last.xlsx",
      "empty.json",
      "new/results.json",
      "r.csv",
    ])
      expect(await refusal(root, out), out).toBeNull();
  });

  it("refuses a workbook score did not write", async () => {
    const root = project();
    const book = utils.book_new();
    utils.book_append_sheet(book, utils.aoa_to_sheet([["工号", "姓名"]]), "花名册");
    writeFileSync(join(root, "roster.xlsx"), write(book, { type: "buffer", bookType: "xlsx" }));
    expect(await refusal(root, "roster.xlsx")).toMatch(/exists and is not a score output/);
  });
});
