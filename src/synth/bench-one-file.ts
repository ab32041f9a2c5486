/**
 * The benchmark's other shape: the same contact centre as bench-data.ts, but
 * as one file, the way a warehouse or group-level export hands it over — every
 * day of every agent in one UTF-8 CSV under one header (the union of the
 * 售前 and 售后 columns; a column an agent's team does not report is `-`, as
 * the platform prints a value it does not have). Written month by month, so
 * memory stays flat however large the file: `<dir>/客服绩效-全部.csv` and
 * `<dir>/roster.csv` (the roster is the same as the many-file set's).
 */

import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { benchAgents } from "./bench-agents.ts";
import { BENCH_LAST_MONTH, BENCH_SEED, type BenchOptions, type BenchResult } from "./bench-data.ts";
import { daysOfMonth, monthsEndingWith } from "./calendar.ts";
import {
  aftersalesCells,
  aftersalesHeader,
  MISSING_CELL,
  presalesCells,
  presalesHeader,
} from "./columns.ts";
import { csvLine, encodeText } from "./csv-encode.ts";
import { monthRows } from "./month-rows.ts";
import { rosterText } from "./roster.ts";

export const ONE_FILE_NAME = "客服绩效-全部.csv";

/** Presales columns, then the 售后 ones presales does not have. */
export const oneFileHeader: readonly string[] = [
  ...presalesHeader,
  ...aftersalesHeader.filter((h) => !(presalesHeader as readonly string[]).includes(h)),
];

function placed(header: readonly string[], cells: readonly string[]): string[] {
  const at = new Map(header.map((h, i) => [h, cells[i] as string]));
  return oneFileHeader.map((h) => at.get(h) ?? MISSING_CELL);
}

export async function generateOneFileBench(opts: BenchOptions): Promise<BenchResult> {
  const seed = opts.seed ?? BENCH_SEED;
  const months = monthsEndingWith(BENCH_LAST_MONTH, opts.months);
  const firstDay = `${months[0]}-01`;
  const lastDay = daysOfMonth(BENCH_LAST_MONTH).at(-1) ?? `${BENCH_LAST_MONTH}-31`;
  const agents = benchAgents(opts.agents, firstDay, lastDay, seed);
  await mkdir(opts.dir, { recursive: true });
  const roster = encodeText(rosterText(agents, { encoding: "utf8-bom", eol: "\n" }), {
    encoding: "utf8-bom",
    eol: "\n",
  });
  const rosterPath = join(opts.dir, "roster.csv");
  await writeFile(rosterPath, roster);
  const path = join(opts.dir, ONE_FILE_NAME);
  const out = createWriteStream(path);
  const result: BenchResult = { files: [rosterPath, path], rows: 0, bytes: roster.length };
  const put = async (text: string) => {
    const bytes = Buffer.from(text, "utf8");
    result.bytes += bytes.length;
    if (!out.write(bytes)) await new Promise<void>((r) => out.once("drain", () => r()));
  };
  await put(`\uFEFF${csvLine(oneFileHeader)}\n`);
  for (const [monthIndex, month] of months.entries()) {
    const rows = monthRows(agents, { month, monthIndex, span: months.length }, seed, true);
    const lines: string[] = [];
    for (const r of rows.presales) lines.push(csvLine(placed(presalesHeader, presalesCells(r))));
    for (const r of rows.aftersales)
      lines.push(csvLine(placed(aftersalesHeader, aftersalesCells(r))));
    result.rows += lines.length;
    await put(`${lines.join("\n")}\n`);
  }
  await new Promise<void>((done, fail) => out.end((e?: Error | null) => (e ? fail(e) : done())));
  return result;
}
