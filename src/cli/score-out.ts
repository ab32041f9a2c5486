/**
 * Where `score --out FILE` may write (Node only), checked before anything is
 * read. `--out data/exports/2026-10/售后.csv` replaced the export it had just
 * scored, and `--out data/exports/results.csv` left a file every later run
 * read as an export (each row a duplicate); `--out` a folder was an internal
 * error that left a temp file. So: never inside the project's data/ folder or
 * an exports path, never a folder, and an existing file only when it is a
 * score output (a re-run replacing last month's), never someone's file.
 */
import { open, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { isSameOrInside, realish } from "../output/real-paths.ts";
import { CliError } from "./cli-error.ts";

/** How the score outputs start: the JSON's first key, the CSV's BOM and first columns. */
const OUTPUT_STARTS = [/^\{\s*"scheme":/, /^\uFEFFagent,month,/];

/**
 * A workbook `score --format xlsx` wrote (results-xlsx.ts): a zip whose first
 * sheet is `results` with agent and month in A1 and B1. SheetJS loads only here.
 */
async function isResultsWorkbook(path: string, start: string): Promise<boolean> {
  if (!start.startsWith("PK")) return false;
  const { read } = await import("@e965/xlsx");
  try {
    const book = read(await readFile(path), { type: "buffer", sheetRows: 1 });
    const sheet = book.Sheets[book.SheetNames[0] ?? ""];
    return book.SheetNames[0] === "results" && sheet?.A1?.v === "agent" && sheet?.B1?.v === "month";
  } catch {
    return false;
  }
}

/** The first bytes of a file, as text. */
async function head(path: string): Promise<string> {
  const file = await open(path, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(64), 0, 64, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await file.close();
  }
}

/**
 * Refuses (CliError, exit 2) an `--out` that would overwrite or add to the
 * inputs, is a folder, or is a file the score command did not write.
 * `cwd` is where `--out` is relative to; `inputs` the project's data/ folder
 * and every --data path.
 */
export async function checkScoreOut(
  out: string,
  cwd: string,
  inputs: readonly string[],
): Promise<void> {
  const target = await realish(resolve(cwd, out));
  const no = (why: string) => new CliError(`--out ${out}: ${why}; nothing was written`, 2);
  for (const input of inputs) {
    const at = await realish(resolve(cwd, input));
    if (isSameOrInside(target, at))
      throw no(
        `is inside the inputs (${input}): it would replace an input, or be read as an export by the next run; write it outside them (e.g. --out results.json)`,
      );
  }
  const info = await stat(target).catch(() => null);
  if (info === null) return;
  if (info.isDirectory())
    throw no(`is a folder: name a file in it (e.g. --out ${join(out, "results.json")})`);
  if (!info.isFile() || info.size === 0) return;
  const text = await head(target).catch(() => "");
  if (!OUTPUT_STARTS.some((start) => start.test(text)) && !(await isResultsWorkbook(target, text)))
    throw no(
      "exists and is not a score output (it does not begin as score's JSON or CSV does, nor is it score's workbook): choose another file name, or move that file away first",
    );
}
