/**
 * One CSV file → rows folded into agent-months (Node only). Decoding and
 * parsing both stream: PapaParse in chunk mode over decoded text, rows kept
 * as string arrays (no header objects), so memory follows the agent-months.
 */
import type { FoldTarget } from "./fold.ts";
import type { FileColumns, HeaderMatcher } from "./header-rules.ts";
import { findHeader, type Layout, mapHeader } from "./layout.ts";
import {
  emptyAccount,
  type FileAccount,
  type Problem,
  type RejectedRow,
  type SkippedRow,
} from "./problems.ts";
import { readTextChunks, sniffFile } from "./read-text.ts";
import { type ReadOptions, RowReader } from "./row-reader.ts";
import { streamRecords } from "./stream-records.ts";

export interface FileIngest {
  account: FileAccount;
  layout: Layout | null;
  /** The header's reading: the platform profile matched and its weights. */
  columns: FileColumns | null;
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  problems: Problem[];
  /** Latest date or month read, and future ones rejected (see RowReader). */
  latest: string;
  futureRejects: number;
  /** Daily rates weighted by a column the user named: [rate column, weight column]. */
  explicitWeights: [string, string][];
}

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", "\t": "tab", ";": "semicolon" };
const HEADER_SAMPLE_CHARS = 1 << 16;

export async function ingestFile(
  path: string,
  matcher: HeaderMatcher,
  fold: FoldTarget,
  options: ReadOptions & { displayName?: (path: string) => string },
): Promise<FileIngest> {
  const file = options.displayName?.(path) ?? path;
  const sniffed = await sniffFile(path);
  const account = emptyAccount(file, sniffed.encoding);
  const fail = (message: string): FileIngest => ({
    account,
    layout: null,
    columns: null,
    rejected: [],
    skipped: [],
    problems: [{ severity: "error", file, message }],
    latest: "",
    futureRejects: 0,
    explicitWeights: [],
  });
  if (sniffed.size === 0) return fail("empty file (0 bytes): nothing to read");
  if (sniffed.binary) return fail("binary file (contains NUL bytes): not a CSV export");

  const chunks = readTextChunks(path, sniffed.encoding, sniffed.bom);
  let head = "";
  const buffered: string[] = [];
  // next(), not for-await + break: breaking would close the generator.
  while (head.length < HEADER_SAMPLE_CHARS) {
    const next = await chunks.next();
    if (next.done) break;
    buffered.push(next.value);
    head += next.value;
  }
  if (head.trim() === "") return fail("empty file: no text");
  const found = findHeader(head.slice(0, HEADER_SAMPLE_CHARS), matcher.anyIndex(file));
  if (!found) {
    return fail(
      "header not found: no row in the first 40 names two known columns (e.g. 客服, 日期, 询单人数) with a comma, tab or semicolon delimiter",
    );
  }
  account.delimiter = DELIMITER_NAMES[found.delimiter] ?? found.delimiter;
  const headerRow = found.headerRecord + 1;
  const columns = matcher.choose(file, found.cells);
  const layout: Layout = {
    delimiter: found.delimiter,
    headerRecord: found.headerRecord,
    ...mapHeader(file, found.cells, headerRow, columns.index),
  };
  const has = (id: string) => layout.columns.some((m) => m.column.id === id);
  if (!has("agent"))
    return {
      ...fail(`no agent column (客服/旺旺/坐席/agent) in the header at row ${headerRow}`),
      layout,
      columns,
    };
  if (!has("date") && !has("month"))
    return {
      ...fail(`no 日期/date or 月份/month column in the header at row ${headerRow}`),
      layout,
      columns,
    };

  const reader = new RowReader(file, layout, fold, options, account, columns);
  await streamRecords(
    buffered,
    chunks,
    found.delimiter,
    (cells, record) => {
      if (record > found.headerRecord) reader.read(cells, record + 1);
    },
    (record, message) => {
      if (record > found.headerRecord) reader.readBroken(record + 1, message);
      else reader.problems.push({ severity: "error", file, row: record + 1, message });
    },
  );
  if (account.read === 0)
    reader.problems.push({
      severity: "warning",
      file,
      row: headerRow,
      message: "header only: the file has no data rows",
    });
  return {
    account,
    layout,
    columns,
    rejected: reader.rejected,
    skipped: reader.skipped,
    problems: [...layout.problems, ...reader.problems],
    latest: reader.latest,
    futureRejects: reader.futureRejects,
    explicitWeights: [...reader.explicitWeights],
  };
}
