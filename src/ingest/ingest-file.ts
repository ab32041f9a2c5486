/**
 * One CSV file → rows folded into agent-months (Node only). Decoding and
 * parsing both stream: PapaParse in chunk mode over decoded text, rows kept
 * as string arrays (no header objects), so memory follows the agent-months.
 */
import type { ProblemReason } from "../reasons/reason.ts";
import { laneRecords } from "./byte-records.ts";
import type { FoldTarget } from "./fold.ts";
import type { HeaderMatcher } from "./header-rules.ts";
import { afterHeader } from "./lane-start.ts";
import { findHeader } from "./layout.ts";
import { emptyAccount, problemOf } from "./problems.ts";
import { readTextChunks, sniffFile } from "./read-text.ts";
import { streamRecords } from "./stream-records.ts";
import { closeTable, type FileIngest, failed, openTable, type TableOptions } from "./table.ts";

export type { FileIngest } from "./table.ts";

/**
 * A part of the file's records, by bytes: from `start` (just after a record's
 * newline, or the BOM) to `end`, whose first record is number `firstRecord`
 * (see split-ranges.ts). The header is still read from the file's start.
 */
export interface RecordRange {
  start: number;
  end: number;
  firstRecord: number;
}

/** What proves a range's parse sound (parse-ranges.ts). */
export interface RangeEnd {
  /** Index after the last record the parser gave (trailing blank lines are not records). */
  records: number;
  /** A quote was still open at the end of what was read. */
  unclosedQuote: boolean;
  /**
   * The string parser read some of the records. Its line-ending normaliser
   * carries a quote state from the file's start, which a range starting
   * mid-file does not have; so only the last range may need it.
   */
  byString: boolean;
}

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", "\t": "tab", ";": "semicolon" };
const HEADER_SAMPLE_CHARS = 1 << 16;

export async function ingestFile(
  path: string,
  matcher: HeaderMatcher,
  fold: FoldTarget,
  options: TableOptions & { displayName?: (path: string) => string; range?: RecordRange },
): Promise<FileIngest & RangeEnd> {
  const file = options.displayName?.(path) ?? path;
  const sniffed = await sniffFile(path);
  const account = emptyAccount(file, sniffed.encoding);
  const fail = (why: ProblemReason) => ({
    ...failed(file, account, why),
    records: 0,
    unclosedQuote: false,
    byString: false,
  });
  if (sniffed.size === 0) return fail({ code: "empty-file", zeroBytes: true });
  if (sniffed.binary) return fail({ code: "binary-file" });

  const range = options.range;
  const chunks = readTextChunks(path, sniffed.encoding, sniffed.bom, range?.end);
  let head = "";
  const buffered: string[] = [];
  // next(), not for-await + break: breaking would close the generator.
  while (head.length < HEADER_SAMPLE_CHARS) {
    const next = await chunks.next();
    if (next.done) break;
    buffered.push(next.value);
    head += next.value;
  }
  if (head.trim() === "") return fail({ code: "empty-file", zeroBytes: false });
  const found = findHeader(head.slice(0, HEADER_SAMPLE_CHARS), matcher.anyIndex(file));
  if (!found) {
    return fail({ code: "header-not-found" });
  }
  account.delimiter = DELIMITER_NAMES[found.delimiter] ?? found.delimiter;
  const opened = openTable(
    { file, mappingFile: file, path, account, ...found },
    matcher,
    fold,
    options,
  );
  const { reader } = opened;
  reader.checkWidth(found.cells.length);
  const end = range?.end ?? sniffed.size;
  // A later range of the file: its records only, numbered on from its first.
  const later = range !== undefined && range.start > sniffed.bom;
  let from: { at: number; record: number } | null = later
    ? { at: range.start, record: range.firstRecord }
    : null;
  let records = 0;
  let unclosedQuote = false;
  // Plain lines are read from their bytes; the string parser reads on from the first that is not.
  const encoding = sniffed.encoding;
  const byteStart =
    options.plainLines !== false && (encoding === "utf-8" || encoding === "gb18030")
      ? (from ?? (await afterHeader(path, sniffed.bom, found.headerRecord, found.delimiter)))
      : null;
  if (byteStart) {
    const stop = await laneRecords(
      path,
      encoding as "utf-8" | "gb18030",
      byteStart.at,
      end,
      byteStart.record,
      found.delimiter,
      reader.laneCells(),
      (cells, record, plain) => {
        if (record > found.headerRecord) reader.read(cells, record + 1, plain);
      },
    );
    records = stop.records;
    from = stop.at < end ? { at: stop.at, record: stop.record } : null;
    if (!from) {
      await chunks.return(undefined);
      return { ...closeTable(opened), records, unclosedQuote, byString: false };
    }
  }
  if (from) await chunks.return(undefined);
  const offset = from ? from.record : 0;
  await streamRecords(
    from ? [] : buffered,
    from ? readTextChunks(path, sniffed.encoding, from.at, range?.end) : chunks,
    found.delimiter,
    (cells, at) => {
      const record = at + offset;
      records = record + 1;
      if (record > found.headerRecord) reader.read(cells, record + 1);
    },
    (at, why) => {
      const record = at + offset;
      records = record + 1;
      unclosedQuote = true;
      if (record > found.headerRecord) reader.readBroken(record + 1, why);
      else reader.outcomes.problems.push(problemOf("error", file, why, { row: record + 1 }));
    },
  );
  return { ...closeTable(opened), records, unclosedQuote, byString: true };
}
