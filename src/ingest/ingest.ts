/**
 * Loads every export under the given paths into agent-months (Node only):
 * folders are walked recursively for .csv/.tsv/.txt files and spreadsheets
 * (.xlsx/.xlsm/.xlsb/.xls/.et/.ods, each sheet a table of its own; see listExportFiles
 * for links, pipes and unreadable folders); each file is
 * parsed on its own into agent-month sums (on worker threads when the exports
 * are large, or taken from the parse cache when unchanged) and merged, in file
 * order, into one shared fold, so that a month may span files. A file that
 * gives a day an earlier file gave is parsed again against the fold, so each
 * repeated row is rejected naming both positions.
 */
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { MONTHLY_KINDS } from "../engine/scheme/input-kinds.ts";
import type { InputKind } from "../engine/scheme/types.ts";
import { byMonthThenAgent } from "../engine/score/score-many.ts";
import type { AgentMonth, Label } from "../engine/types.ts";
import { COLUMNS, type InputColumn } from "./columns.ts";
import { AgentMonthFold } from "./fold.ts";
import { clashes, mergePart } from "./fold-part.ts";
import type { HeaderRules } from "./header-rules.ts";
import type { ParseCache } from "./parse-cache.ts";
import { type ParsedFile, type ParsedSource, parseFile, SPREADSHEET_FILE } from "./parse-file.ts";
import { ParsePool } from "./parse-pool.ts";
import { parseInRanges } from "./parse-ranges.ts";
import type { FileAccount, Problem, RejectedRow, SkippedRow, UnreadFile } from "./problems.ts";
import { SpellingIndex } from "./spellings.ts";

export { type ExportListing, listExportFiles } from "./list-exports.ts";

import type { ReadOptions } from "./read-options.ts";
import type { TableOptions } from "./table.ts";
import { signProblems } from "./table-signs.ts";

export interface IngestOptions extends ReadOptions {
  /** Scheme-declared inputs: extra header → id mappings, with the rule their values follow (default: an amount, summed). */
  extraColumns?: readonly ExtraColumn[];
  /** How a file is named in messages (e.g. relative to the project root). */
  displayName?: (path: string) => string;
  /** Reuse the parses of unchanged files from an earlier run. */
  cache?: ParseCache;
  /** The user's own header mapping and weights (data/config.yaml). */
  headers?: HeaderRules;
  /** Files named on the command line: with `--month`, a table without a period column is of that month. */
  direct?: ReadonlySet<string>;
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
  /** Sheets of read workbooks that hold no header. */
  unread: UnreadFile[];
  problems: Problem[];
  /** Header → files that had it, for headers no column asked for. */
  unknownColumns: Map<string, string[]>;
  /** Column ids present in at least one file. */
  columnsSeen: Set<string>;
  /** Per file, in file order. */
  headers: FileHeaders[];
  /** Daily rates some file weighted by a column other than their own denominator (a profile's or the user's `weights:`): rate column → weight column. */
  explicitWeights: Map<string, string>;
  /** Each role an export's 岗位 gave an agent-month → the first file that gave it. */
  roleFiles: Map<string, string>;
  /** Agent → its first row, `file:row` (see AgentMonthFold.firstRows). */
  firstRows?: Map<string, string>;
  /** Agent-month (agentMonthKey) no export gave → its rating sheet's row (see AgentMonthFold.ratedRows). */
  ratedRows?: Map<string, string>;
}

const SAFE_ID = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A scheme input as ingest takes it (the engine's InputColumn has this shape). */
export interface ExtraColumn {
  id: string;
  headers: readonly string[];
  kind?: InputKind;
  min?: number;
  max?: number;
  levels?: readonly Label[];
}

export function inputColumns(extra: IngestOptions["extraColumns"] = []): InputColumn[] {
  const columns: InputColumn[] = [...COLUMNS];
  for (const e of extra) {
    // Ids become object keys: only plain identifiers (the engine's ids are), never `__proto__`.
    if (!SAFE_ID.test(e.id)) continue;
    if (!columns.some((c) => c.id === e.id)) columns.push(ratedColumn(e));
  }
  return columns;
}

/** A scheme input's column: values checked against its kind and range; ratings, levels, ticks and ratios once a month. */
function ratedColumn(e: ExtraColumn): InputColumn {
  const headers = [...e.headers, e.id];
  if (e.kind === undefined) return { id: e.id, kind: "amount", headers };
  return {
    id: e.id,
    kind: e.kind,
    headers,
    rated: true,
    ...(e.min !== undefined ? { min: e.min } : {}),
    ...(e.max !== undefined ? { max: e.max } : {}),
    ...(e.levels ? { levels: e.levels.map((l) => [l.zh, l.en]) } : {}),
    ...(MONTHLY_KINDS.has(e.kind) ? { monthly: true } : {}),
  };
}

/** Above this many bytes of exports, files are parsed on worker threads (one per core, at most 4). */
const POOL_ABOVE_BYTES = 16 * 1024 * 1024;
/** A text file this large is split into byte ranges parsed on every worker at once (parse-ranges.ts). */
const SPLIT_ABOVE_BYTES = 32 * 1024 * 1024;

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
    unread: [],
    problems: [],
    unknownColumns: new Map(),
    columnsSeen: new Set(),
    headers: [],
    explicitWeights: new Map(),
    roleFiles: new Map(),
    firstRows: new Map(),
    ratedRows: new Map(),
  };
  const read: ReadOptions = {
    today: options.today,
    ...(options.month === undefined ? {} : { month: options.month }),
    ...(options.headers === undefined ? {} : { headers: options.headers }),
    ...(options.rosterAgents?.length ? { rosterAgents: options.rosterAgents } : {}),
    ...(options.aliases?.length ? { aliases: options.aliases } : {}),
    ...(options.scored === undefined ? {} : { scored: options.scored }),
  };
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  const splits = (path: string, size: number) =>
    size > SPLIT_ABOVE_BYTES && !SPREADSHEET_FILE.test(extname(path));
  const pool =
    sizes.reduce((a, b) => a + b, 0) > POOL_ABOVE_BYTES &&
    (files.length > 1 || files.some((f, i) => splits(f, sizes[i] ?? 0)))
      ? new ParsePool()
      : null;
  const sizeOf = new Map(files.map((f, i) => [f, sizes[i] ?? 0]));
  const cache = options.cache;
  const nameOf = (path: string) => options.displayName?.(path) ?? path;
  const optionsFor = (path: string): TableOptions =>
    options.month !== undefined && options.direct?.has(path)
      ? { ...read, monthOfFile: options.month }
      : read;
  const parseOne = async (path: string): Promise<ParsedSource> => {
    const file = nameOf(path);
    const opts = optionsFor(path);
    const key = cache
      ? await cache.key(path, file, columns, opts).catch(() => undefined)
      : undefined;
    const hit = key ? await cache?.get(key, read.today) : undefined;
    if (hit) return hit;
    // A large export goes to every worker at once, when its ranges prove sound; a worker
    // that fails (e.g. over its memory cap) leaves the file to this thread. Two ranges per
    // worker: one that finishes early takes the next instead of waiting on a slower one.
    const ranged =
      pool && pool.size > 1 && splits(path, sizeOf.get(path) ?? 0)
        ? await parseInRanges(pool.parseRange, path, file, columns, opts, 2 * pool.size).catch(
            () => null,
          )
        : null;
    const parsed: ParsedSource = ranged
      ? { tables: [ranged], unread: [] }
      : pool
        ? await pool
            .parse({ path, file, columns, options: opts })
            .catch(() => parseFile(path, file, columns, opts))
        : await parseFile(path, file, columns, opts);
    if (key) await cache?.put(key, parsed);
    return parsed;
  };
  // A window of parses runs ahead (a worker holds two, and the main lane goes on with the
  // next while it waits for a worker's file); results are merged in file order, so a
  // duplicate day is always reported against the earlier file, and at most the window's
  // parses wait in memory.
  const ahead = pool ? pool.size + 3 : 1;
  const parses: (Promise<ParsedSource> | undefined)[] = [];
  const names = new SpellingIndex();
  try {
    for (let i = 0; i < files.length; i++) {
      for (let j = i; j < Math.min(files.length, i + ahead); j++) {
        parses[j] ??= parseOne(files[j] as string);
      }
      let parsed = await (parses[i] as Promise<ParsedSource>);
      // Every file is parsed: the workers' memory goes back before the merge and the scoring.
      if (i === files.length - 1) await pool?.close();
      if (parsed.tables.some((t) => t.parts.some((part) => clashes(fold, part)))) {
        const path = files[i] as string;
        parsed = await parseFile(path, nameOf(path), columns, optionsFor(path), fold);
      }
      for (const table of parsed.tables) {
        addParsed(result, fold, table);
        names.add(table.spellings);
      }
      for (const u of parsed.unread) result.unread.push(u);
      parses[i] = undefined;
    }
  } finally {
    await pool?.close();
  }
  await cache?.prune();
  // A name written two ways (a zero-width character, full-width letters) is one agent: said once.
  for (const w of names.warnings()) result.problems.push(w);
  result.firstRows = fold.firstRows();
  result.ratedRows = fold.ratedRows();
  result.agentMonths = [...fold.agentMonths(result.explicitWeights)].sort(byMonthThenAgent);
  result.roleFiles = fold.roleSources();
  return result;
}

function addParsed(result: IngestResult, fold: AgentMonthFold, one: ParsedFile): void {
  // The part was cached (serialized) already and is not read again: the fold takes it over.
  for (const part of one.parts) mergePart(fold, part, true);
  const account = one.account;
  result.files.push(account);
  // Loops, not push(...rows): a spread of a million rejected rows overflows the stack.
  for (const r of one.rejected) result.rejected.push(r);
  for (const s of one.skipped) result.skipped.push(s);
  for (const p of one.problems) result.problems.push(p);
  // Once per file, after its rows: what they say about how it is written (table-signs.ts).
  for (const p of signProblems(account.file, one.signs)) result.problems.push(p);
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
