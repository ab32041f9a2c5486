/**
 * Loads every export under the given paths into agent-months (Node only):
 * folders are walked recursively for .csv/.tsv/.txt files, each file streamed
 * into one shared fold so that a month may span files and a day given twice
 * is caught with both positions.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { AgentMonth } from "../engine/types.ts";
import { COLUMNS, headerIndex, type InputColumn } from "./columns.ts";
import { AgentMonthFold } from "./fold.ts";
import { ingestFile } from "./ingest-file.ts";
import type { FileAccount, Problem, RejectedRow, SkippedRow } from "./problems.ts";
import type { ReadOptions } from "./row-reader.ts";

export interface IngestOptions extends ReadOptions {
  /** Scheme-declared inputs: extra header → id mappings (summed like amounts). */
  extraColumns?: readonly { id: string; headers: readonly string[] }[];
  /** How a file is named in messages (e.g. relative to the project root). */
  displayName?: (path: string) => string;
}

export interface IngestResult {
  agentMonths: AgentMonth[];
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  files: FileAccount[];
  problems: Problem[];
  /** Header → files that had it, for headers no column asked for. */
  unknownColumns: Map<string, string[]>;
  /** Column ids present in at least one file. */
  columnsSeen: Set<string>;
}

const SAFE_ID = /^[A-Za-z][A-Za-z0-9_]*$/;
const CSV_FILE = /\.(csv|tsv|txt)$/i;

/** Files under each path (a file is taken as given), sorted for a stable order. */
export async function listCsvFiles(
  paths: readonly string[],
): Promise<{ files: string[]; problems: Problem[] }> {
  const files: string[] = [];
  const problems: Problem[] = [];
  async function walk(path: string, top: boolean): Promise<void> {
    const info = await stat(path).catch(() => null);
    if (!info) {
      problems.push({ severity: "error", file: path, message: "no such file or folder" });
      return;
    }
    if (info.isFile()) {
      if (top || CSV_FILE.test(path)) files.push(path);
      return;
    }
    const names = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
    for (const name of names) await walk(join(path, name), false);
  }
  for (const path of paths) await walk(path, true);
  return { files, problems };
}

export function inputColumns(extra: IngestOptions["extraColumns"] = []): InputColumn[] {
  const columns: InputColumn[] = [...COLUMNS];
  for (const e of extra) {
    // Ids become object keys: only plain identifiers (the engine's ids are), never `__proto__`.
    if (!SAFE_ID.test(e.id)) continue;
    if (!columns.some((c) => c.id === e.id))
      columns.push({ id: e.id, kind: "amount", headers: [...e.headers, e.id] });
  }
  return columns;
}

export async function ingestFiles(
  files: readonly string[],
  options: IngestOptions,
): Promise<IngestResult> {
  const columns = inputColumns(options.extraColumns);
  const index = headerIndex(columns);
  const fold = new AgentMonthFold(columns);
  const result: IngestResult = {
    agentMonths: [],
    rejected: [],
    skipped: [],
    files: [],
    problems: [],
    unknownColumns: new Map(),
    columnsSeen: new Set(),
  };
  for (const path of files) {
    const file = options.displayName?.(path) ?? path;
    const one = await ingestFile(path, index, fold, options).catch((err: Error) => ({
      account: {
        file,
        encoding: "",
        delimiter: "",
        read: 0,
        scored: 0,
        rejected: 0,
        skipped: 0,
        skippedBy: {},
      },
      layout: null,
      rejected: [],
      skipped: [],
      problems: [{ severity: "error" as const, file, message: `cannot read: ${err.message}` }],
    }));
    result.files.push(one.account);
    // Loops, not push(...rows): a spread of a million rejected rows overflows the stack.
    for (const r of one.rejected) result.rejected.push(r);
    for (const s of one.skipped) result.skipped.push(s);
    for (const p of one.problems) result.problems.push(p);
    for (const m of one.layout?.columns ?? []) result.columnsSeen.add(m.column.id);
    for (const header of one.layout?.unknown ?? []) {
      const list = result.unknownColumns.get(header) ?? [];
      list.push(file);
      result.unknownColumns.set(header, list);
    }
  }
  result.agentMonths = [...fold.agentMonths()].sort(
    (a, b) =>
      a.month.localeCompare(b.month) || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0),
  );
  return result;
}
