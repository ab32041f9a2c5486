/**
 * The records of a large export counted from its bytes (Node only), for the
 * plan of its byte ranges (split-ranges.ts): a newline ends a record unless
 * it is inside a quoted cell (a remark holding line breaks), told by the
 * number of quotes before it where a 1 MB block has any. That is how a
 * well-formed CSV reads; a quote inside a cell (`5"`) misleads it, which the
 * proof after the ranges' parse finds. In UTF-8 and GB18030 the bytes `\n`,
 * `\r` and `"` never occur inside another character.
 */
import type { FileHandle } from "node:fs/promises";

const NL = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
/** Bytes per block of the pass. */
export const BLOCK = 1 << 20;

/** What the pass carries from one block to the next. */
export interface RecordCount {
  /** Newlines taken for record ends so far. */
  recordEnds: number;
  /** CRs outside quotes so far. */
  crs: number;
  /** A record end not preceded by a CR was seen. */
  unpaired: boolean;
  /** The bytes so far leave a quoted cell open. */
  inQuote: boolean;
  /** The last byte counted (−1 before any). */
  previous: number;
}

export const startCount = (previous = -1): RecordCount => ({
  recordEnds: 0,
  crs: 0,
  unpaired: false,
  inQuote: false,
  previous,
});

/**
 * Quotes in one 1 MB block past which the pass stops telling cells' newlines
 * from records' (one every 128 bytes: a file quoting most of its cells, as
 * warehouses and BI tools write them): hopping from quote to quote would then
 * cost more than reading every byte (~1.3 ms per MB), and the whole file is
 * counted by lines, as before records were told apart.
 */
const DENSE_QUOTES = 8192;

/** Counts bytes as if no newline were inside quotes (memchr speed). */
export function countLines(view: Uint8Array, c: RecordCount): void {
  for (let i = view.indexOf(NL); i >= 0; i = view.indexOf(NL, i + 1)) {
    c.recordEnds++;
    if ((i > 0 ? view[i - 1] : c.previous) !== CR) c.unpaired = true;
  }
  for (let i = view.indexOf(CR); i >= 0; i = view.indexOf(CR, i + 1)) c.crs++;
  if (view.length > 0) c.previous = view[view.length - 1] as number;
}

/**
 * Counts bytes leaving out the newlines and CRs inside quoted cells, hopping
 * from quote to quote; false (the count left part-way) past DENSE_QUOTES.
 */
export function countRecords(view: Uint8Array, c: RecordCount): boolean {
  let quotes = 0;
  for (let i = 0; i < view.length; ) {
    const q = view.indexOf(QUOTE, i);
    const stop = q < 0 ? view.length : q;
    if (!c.inQuote) countLines(view.subarray(i, stop), c);
    if (q < 0) break;
    if (++quotes > DENSE_QUOTES) return false;
    c.inQuote = !c.inQuote;
    c.previous = QUOTE;
    i = q + 1;
  }
  if (view.length > 0) c.previous = view[view.length - 1] as number;
  return true;
}

/** Adds a quote-free block's count `d` to `c`. */
function addQuoteFree(c: RecordCount, d: RecordCount): void {
  c.recordEnds += d.recordEnds;
  c.crs += d.crs;
  c.unpaired ||= d.unpaired;
  c.previous = d.previous;
}

export interface RecordScan {
  /** The count before each 1 MB block (block i starts at `from + i × BLOCK`), and after the last. */
  before: RecordCount[];
  /** Whether the counts leave out newlines inside quotes (false: a file too dense in quotes). */
  quotes: boolean;
  crlf: boolean;
}

/** One pass: record ends per block, and whether every line ends the same way. */
export async function scanRecords(
  handle: FileHandle,
  from: number,
  size: number,
): Promise<RecordScan | null> {
  // Two buffers: the next block is read while this one is counted.
  const bufs = [Buffer.allocUnsafe(BLOCK), Buffer.allocUnsafe(BLOCK)] as const;
  const readBlock = (k: number) =>
    handle.read(
      bufs[k % 2] as Buffer,
      0,
      Math.min(BLOCK, size - (from + k * BLOCK)),
      from + k * BLOCK,
    );
  const blocks = Math.ceil((size - from) / BLOCK);
  // Both counts at once: by records while the quotes are sparse enough to tell, by lines.
  const lines = startCount();
  let records: RecordCount | null = startCount();
  const linesBefore: RecordCount[] = [];
  const recordsBefore: RecordCount[] = [];
  let next = blocks > 0 ? readBlock(0) : null;
  for (let k = 0; k < blocks; k++) {
    linesBefore.push({ ...lines });
    if (records) recordsBefore.push({ ...records });
    const { bytesRead } = await (next as ReturnType<typeof readBlock>);
    next = k + 1 < blocks ? readBlock(k + 1) : null;
    const view = (bufs[k % 2] as Buffer).subarray(0, bytesRead);
    if (records && !records.inQuote && view.indexOf(QUOTE) < 0) {
      // Most blocks of most exports: no quote, so both counts are the same.
      const d = startCount(lines.previous);
      countLines(view, d);
      addQuoteFree(lines, d);
      addQuoteFree(records, d);
      continue;
    }
    countLines(view, lines);
    if (records && !countRecords(view, records)) records = null;
  }
  const c = records ?? lines;
  const before = records ? recordsBefore : linesBefore;
  before.push({ ...c });
  // LF files have no CR at all; CRLF files pair every LF with a CR and have no other CR
  // (outside quoted cells: Excel writes a cell's line breaks as bare LFs in a CRLF file).
  const quotes = records !== null;
  if (c.crs === 0) return { before, quotes, crlf: false };
  if (!c.unpaired && c.crs === c.recordEnds) return { before, quotes, crlf: true };
  return null;
}
