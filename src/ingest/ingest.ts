/**
 * Loads every export under the given paths into agent-months (Node only):
 * folders are walked recursively for .csv/.tsv/.txt files; each file is
 * parsed on its own into agent-month sums (on worker threads when the exports
 * are large, or taken from the parse cache when unchanged) and merged, in file
 * order, into one shared fold, so that a month may span files. A file that
 * gives a day an earlier file gave is parsed again against the fold, so each
 * repeated row is rejected naming both positions.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { byMonthThenAgent } from "../engine/score/agent-month.ts";
import type { AgentMonth } from "../engine/types.ts";
import { COLUMNS, type InputColumn } from "./columns.ts";
import { AgentMonthFold } from "./fold.ts";
import { clashes, mergePart } from "./fold-part.ts";
import type { HeaderRules } from "./header-rules.ts";
import type { ParseCache } from "./parse-cache.ts";
import { type ParsedFile, parseFile } from "./parse-file.ts";
import { ParsePool } from "./parse-pool.ts";
import type { FileAccount, Problem, RejectedRow, SkippedRow } from "./problems.ts";
import type { ReadOptions } from "./row-reader.ts";

export interface IngestOptions extends ReadOptions {
  /** Scheme-declared inputs: extra header → id mappings (summed like amounts). */
  extraColumns?: readonly { id: string; headers: readonly string[] }[];
  /** How a file is named in messages (e.g. relative to the project root). */
  displayName?: (path: string) => string;
  /** Reuse the parses of unchanged files from an earlier run. */
  cache?: ParseCache;
  /** The user's own header mapping and weights (data/config.yaml). */
  headers?: HeaderRules;
}

/** How one file's header was read: the platform profile matched and the headers left unread. */
export interface FileHeaders {
  file: string;
  /** Profile id, or null when the catalogue's own headers read the file. */
  profile: string | null;
  /** Headers no column asked for, and known headers superseded by a settled (延) or revised (修) one. */
  unused: string[];
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
  /** Per file, in file order. */
  headers: FileHeaders[];
  /** Daily rates some file weighted by a column the user named: rate column → weight column. */
  explicitWeights: Map<string, string>;
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

/** Above this many bytes of exports, files are parsed on worker threads (one per core, at most 4). */
const POOL_ABOVE_BYTES = 16 * 1024 * 1024;

export async function ingestFiles(
  files: readonly string[],
  options: IngestOptions,
): Promise<IngestResult> {
  const columns = inputColumns(options.extraColumns);
  const fold = new AgentMonthFold(columns);
  const result: IngestResult = {
    agentMonths: [],
    rejected: [],
    skipped: [],
    files: [],
    problems: [],
    unknownColumns: new Map(),
    columnsSeen: new Set(),
    headers: [],
    explicitWeights: new Map(),
  };
  const read: ReadOptions = {
    today: options.today,
    ...(options.month === undefined ? {} : { month: options.month }),
    ...(options.headers === undefined ? {} : { headers: options.headers }),
  };
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  const pool =
    sizes.reduce((a, b) => a + b, 0) > POOL_ABOVE_BYTES && files.length > 1
      ? new ParsePool()
      : null;
  const cache = options.cache;
  const nameOf = (path: string) => options.displayName?.(path) ?? path;
  const parseOne = async (path: string): Promise<ParsedFile> => {
    const file = nameOf(path);
    const key = cache
      ? await cache.key(path, file, columns, read).catch(() => undefined)
      : undefined;
    const hit = key ? await cache?.get(key, read.today) : undefined;
    if (hit) return hit;
    // A worker that fails (e.g. over its memory cap) leaves the file to this thread.
    const parsed = pool
      ? await pool
          .parse({ path, file, columns, options: read })
          .catch(() => parseFile(path, file, columns, read))
      : await parseFile(path, file, columns, read);
    if (key) await cache?.put(key, parsed);
    return parsed;
  };
  // A window of parses runs ahead (one per worker); results are merged in file order, so
  // a duplicate day is always reported against the earlier file, and at most the window's
  // parses wait in memory.
  const ahead = pool ? pool.size + 1 : 1;
  const parses: (Promise<ParsedFile> | undefined)[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      for (let j = i; j < Math.min(files.length, i + ahead); j++) {
        parses[j] ??= parseOne(files[j] as string);
      }
      let parsed = await (parses[i] as Promise<ParsedFile>);
      if (clashes(fold, parsed.part)) {
        const path = files[i] as string;
        parsed = await parseFile(path, nameOf(path), columns, read, fold);
      }
      addParsed(result, fold, parsed);
      parses[i] = undefined;
    }
  } finally {
    await pool?.close();
  }
  await cache?.prune();
  result.agentMonths = [...fold.agentMonths()].sort(byMonthThenAgent);
  return result;
}

function addParsed(result: IngestResult, fold: AgentMonthFold, one: ParsedFile): void {
  mergePart(fold, one.part);
  const account = one.account;
  result.files.push(account);
  // Loops, not push(...rows): a spread of a million rejected rows overflows the stack.
  for (const r of one.rejected) result.rejected.push(r);
  for (const s of one.skipped) result.skipped.push(s);
  for (const p of one.problems) result.problems.push(p);
  for (const id of one.columnsSeen) result.columnsSeen.add(id);
  result.headers.push({
    file: account.file,
    profile: one.profile,
    unused: [...one.unknown, ...one.superseded],
  });
  for (const [rate, weight] of one.explicitWeights) result.explicitWeights.set(rate, weight);
  for (const header of one.unknown) {
    const list = result.unknownColumns.get(header) ?? [];
    list.push(account.file);
    result.unknownColumns.set(header, list);
  }
}
