/**
 * The benchmark data set: the sample's daily 千牛 format at scale (by default
 * 3,000 agents × 24 months ≈ 2 M rows: every employed agent every day, a day
 * off as a row of zeros, as 千牛 lists sub-accounts), written month by month so memory stays
 * flat: `<dir>/<YYYY-MM>/售前-客服绩效-<YYYY-MM>.csv`, the 售后 file beside it,
 * and `<dir>/roster.csv`. Months end with 2026-10 (no future dates).
 */

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { benchAgents } from "./bench-agents.ts";
import { daysOfMonth, monthsEndingWith } from "./calendar.ts";
import { aftersalesCells, aftersalesHeader, presalesCells, presalesHeader } from "./columns.ts";
import { type CsvFormat, csvText, encodeText } from "./csv-encode.ts";
import { monthRows } from "./month-rows.ts";
import { rosterText } from "./roster.ts";

export const BENCH_LAST_MONTH = "2026-10";
export const BENCH_SEED = 7;

export interface BenchOptions {
  dir: string;
  agents: number;
  months: number;
  seed?: number;
}

export interface BenchResult {
  files: string[];
  rows: number;
  bytes: number;
}

const format: CsvFormat = { encoding: "utf8-bom", eol: "\n" };

async function write(path: string, text: string, result: BenchResult): Promise<void> {
  const bytes = encodeText(text, format);
  await writeFile(path, bytes);
  result.files.push(path);
  result.bytes += bytes.length;
}

export async function generateBenchData(opts: BenchOptions): Promise<BenchResult> {
  const seed = opts.seed ?? BENCH_SEED;
  const months = monthsEndingWith(BENCH_LAST_MONTH, opts.months);
  const firstDay = `${months[0]}-01`;
  const lastDay = daysOfMonth(BENCH_LAST_MONTH).at(-1) ?? `${BENCH_LAST_MONTH}-31`;
  const agents = benchAgents(opts.agents, firstDay, lastDay, seed);
  const result: BenchResult = { files: [], rows: 0, bytes: 0 };
  await mkdir(opts.dir, { recursive: true });
  await write(join(opts.dir, "roster.csv"), rosterText(agents, format), result);
  for (const [monthIndex, month] of months.entries()) {
    const rows = monthRows(agents, { month, monthIndex, span: months.length }, seed, true);
    const monthDir = join(opts.dir, month);
    await mkdir(monthDir, { recursive: true });
    const presales = csvText(presalesHeader, rows.presales.map(presalesCells), format);
    await write(join(monthDir, `售前-客服绩效-${month}.csv`), presales, result);
    const aftersales = csvText(aftersalesHeader, rows.aftersales.map(aftersalesCells), format);
    await write(join(monthDir, `售后-客服绩效-${month}.csv`), aftersales, result);
    result.rows += rows.presales.length + rows.aftersales.length;
  }
  return result;
}
