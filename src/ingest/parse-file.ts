/**
 * One file parsed on its own (Node only): per table (the file, or each sheet
 * of a workbook) its accounting, set-aside rows, and agent-month sums as a
 * FoldPart, ready to merge into the shared fold. The unit of both parallel
 * parsing and the parse cache.
 */
import { open } from "node:fs/promises";
import { extname } from "node:path";
import type { InputColumn } from "./columns.ts";
import { AgentMonthFold, type Duplicate, type Entry, type FoldTarget } from "./fold.ts";
import { type FoldPart, mergePart, partOf } from "./fold-part.ts";
import { HeaderMatcher, NO_RULES } from "./header-rules.ts";
import { ingestFile } from "./ingest-file.ts";
import {
  emptyAccount,
  type FileAccount,
  type Problem,
  type RejectedRow,
  type SkippedRow,
  type UnreadFile,
} from "./problems.ts";
import { loadProfiles } from "./profiles.ts";
import type { Spellings } from "./spellings.ts";
import { type Container, containerOf } from "./spreadsheet/container.ts";
import { type FileIngest, failed, type TableOptions } from "./table.ts";
import type { TableSigns } from "./table-signs.ts";

export interface ParsedFile {
  account: FileAccount;
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  problems: Problem[];
  columnsSeen: string[];
  unknown: string[];
  /** Known headers not read, with the column read instead: `询单人数 → 询单人数延`. */
  superseded: string[];
  /** The platform profile the header matched (its id), or null: the catalogue's own headers. */
  profile: string | null;
  /** Daily rates weighted by a column named in data/config.yaml: [rate column, weight column]. */
  explicitWeights: [string, string][];
  /** Agent-month sums: one part, or one per range of a file parsed in ranges (no agent-month in two). */
  parts: FoldPart[];
  latest: string;
  futureRejects: number;
  /** Agent names as written: a warning is due only where two spellings merged (spellings.ts). */
  spellings?: Spellings;
  /** How its rows are written, for the file's hints (table-signs.ts). */
  signs?: TableSigns;
}

/** A file's tables (one for a CSV, one per sheet with a header for a workbook) and its sheets not read. */
export interface ParsedSource {
  tables: ParsedFile[];
  unread: UnreadFile[];
}

/** Extensions read as workbooks when their bytes are a workbook (or an HTML/XML table). */
/** Workbooks: Excel's, WPS's .et, and LibreOffice's .ods (SheetJS reads each). */
export const SPREADSHEET_FILE = /\.(xlsx|xlsm|xlsb|xls|et|ods)$/i;

/**
 * A fold of one table that also sees what earlier tables gave, so that a day
 * given twice is rejected at its row, naming the first place, as if every
 * table had been folded into one.
 */
class GuardedFold implements FoldTarget {
  readonly columns: AgentMonthFold["columns"];
  private readonly local: AgentMonthFold;
  private readonly earlier: readonly AgentMonthFold[];

  constructor(local: AgentMonthFold, earlier: readonly AgentMonthFold[]) {
    this.columns = local.columns;
    this.local = local;
    this.earlier = earlier;
  }

  entry(agent: string, month: string): Entry {
    return this.local.entry(agent, month);
  }

  duplicateOf(e: Entry, day: number, slots: ArrayLike<number>): Duplicate | null {
    for (const fold of this.earlier) {
      const before = fold.find(e.agent, e.month);
      const at = before && fold.duplicateOf(before, day, slots);
      if (at) return at;
    }
    return this.local.duplicateOf(e, day, slots);
  }

  add(...args: Parameters<AgentMonthFold["add"]>): void {
    this.local.add(...args);
  }

  taint(e: Entry): void {
    this.local.taint(e);
  }
}

/** Zip, OLE2, markup or text, from the first bytes. */
async function sniffContainer(path: string): Promise<Container> {
  const handle = await open(path, "r");
  try {
    const head = new Uint8Array(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return containerOf(head.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/** A table's result, its fold detached as a part. */
export function parsed(one: FileIngest, fold: AgentMonthFold): ParsedFile {
  const mapped = one.layout?.columns ?? [];
  return {
    account: one.account,
    rejected: one.rejected,
    skipped: one.skipped,
    problems: one.problems,
    columnsSeen: mapped.map((m) => m.column.id),
    unknown: one.layout?.unknown ?? [],
    superseded: one.layout?.superseded ?? [],
    profile: one.columns?.profile?.id ?? null,
    explicitWeights: one.explicitWeights,
    parts: [partOf(fold, one.account.file, one.slots, one.header)],
    latest: one.latest,
    futureRejects: one.futureRejects,
    ...(one.spellings ? { spellings: one.spellings } : {}),
    ...(one.signs ? { signs: one.signs } : {}),
  };
}

const cannotRead = (file: string, err: Error): FileIngest =>
  failed(file, emptyAccount(file), { code: "unreadable", what: "file", detail: err.message });

/**
 * Parses one file; with `earlier`, its days are checked against the days
 * earlier files gave. A zip or OLE2 file is a workbook whatever its
 * extension; an .xls that is really HTML or XML is one too, and one that is
 * really text (some tools save tab-separated text as .xls) is read as text.
 */
export async function parseFile(
  path: string,
  file: string,
  columns: readonly InputColumn[],
  options: TableOptions,
  earlier?: AgentMonthFold,
): Promise<ParsedSource> {
  const matcher = new HeaderMatcher(columns, loadProfiles().profiles, options.headers ?? NO_RULES);
  const container = await sniffContainer(path).catch(() => "text" as const);
  const workbook =
    container === "zip" ||
    container === "cfb" ||
    (container === "markup" && SPREADSHEET_FILE.test(extname(path)));
  if (!workbook) {
    const fold = new AgentMonthFold(columns);
    const target = earlier ? new GuardedFold(fold, [earlier]) : fold;
    const one = await ingestFile(path, matcher, target, {
      ...options,
      displayName: () => file,
    }).catch((err: Error) => cannotRead(file, err));
    return { tables: [parsed(one, fold)], unread: [] };
  }
  // Each sheet folds on its own; later sheets are guarded by the earlier ones (and earlier files).
  const sheets = new AgentMonthFold(columns);
  const folds = new Map<string, AgentMonthFold>();
  const tables: ParsedFile[] = [];
  const foldFor = (sheetFile: string) => {
    const fold = new AgentMonthFold(columns);
    folds.set(sheetFile, fold);
    return new GuardedFold(fold, earlier ? [earlier, sheets] : [sheets]);
  };
  const afterSheet = (one: FileIngest) => {
    const fold = folds.get(one.account.file) ?? new AgentMonthFold(columns);
    const table = parsed(one, fold);
    for (const part of table.parts) mergePart(sheets, part);
    tables.push(table);
  };
  try {
    // Loaded on first use: a run of CSV exports never pays for the spreadsheet library.
    const { ingestWorkbook } = await import("./spreadsheet/ingest-workbook.ts");
    const book = await ingestWorkbook(path, file, container, matcher, foldFor, afterSheet, options);
    // A workbook that failed whole has no sheet folds: its one table is added here.
    for (const t of book.tables)
      if (!tables.some((p) => p.account === t.account))
        tables.push(parsed(t, new AgentMonthFold(columns)));
    return { tables, unread: book.unread };
  } catch (err) {
    return {
      tables: [parsed(cannotRead(file, err as Error), new AgentMonthFold(columns))],
      unread: [],
    };
  }
}
