/**
 * Cutting a line whose quotes only wrap whole cells (`"2026-10-01","小美","84"`,
 * as warehouses, BI tools and some platforms write every field) on its raw
 * bytes, for the byte lane (byte-records.ts). Such a cell is its text between
 * the quotes, delimiters included, as the string parser reads it. A quote
 * inside a cell that does not start with one is the cell's text, as the
 * string parser reads it too (Excel's `="2026-10-01"`), while the line has
 * an even number of them (an odd one would leave the string parser's line
 * ending inside quotes). A record whose quoted cell holds line breaks is cut
 * across its lines (`cutQuotedRecord`). Anything else a quote can mean (an
 * escaped `""`, text after a closing quote) is left to the string parser.
 * Pure.
 */

import { isSpace } from "./cell-bytes.ts";

const QUOTE = 0x22;

/** Where each cell's text lies in the buffer: cell k is [starts[k], ends[k]). Grown for wide lines. */
export interface CellSpans {
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
}

/** What the cut saw of the line's text (outside the quote marks), for telling a blank line. */
export interface QuotedCut {
  /** Cells cut; -1 when the line is not quoted whole-cell only. */
  cells: number;
  /** A byte of some cell's text that is not an ASCII space. */
  visible: boolean;
  /** A byte of a non-ASCII character (which may be a wide space). */
  wide: boolean;
}

/** Cuts buf[at, lineEnd) into cells (every one, so the whole line's quotes are checked). */
export function cutQuotedLine(
  buf: Uint8Array,
  at: number,
  lineEnd: number,
  delim: number,
  spans: CellSpans,
  /** Stop after this many cells, the rest unchecked (a key read from a line's first cells). */
  upTo = Number.POSITIVE_INFINITY,
): QuotedCut {
  const out: QuotedCut = { cells: -1, visible: false, wide: false };
  let n = 0;
  let i = at;
  // Quotes inside unquoted cells: text, when even.
  let inner = 0;
  for (;;) {
    let from = i;
    let to: number;
    if (i < lineEnd && buf[i] === QUOTE) {
      from = i + 1;
      const close = buf.indexOf(QUOTE, from);
      // Unclosed on this line, or closed and followed by anything but a delimiter or the line end
      // (an escaped quote `""` included): the string parser's.
      if (close < 0 || close >= lineEnd) return out;
      to = close;
      i = close + 1;
      // A delimiter inside the quotes is the cell's text (`"2,618.83"`), as for the string parser.
      if (i < lineEnd && buf[i] !== delim) return out;
    } else {
      while (i < lineEnd && buf[i] !== delim) {
        if (buf[i] === QUOTE) inner++;
        i++;
      }
      to = i;
    }
    seeText(buf, from, to, out);
    addSpan(spans, n++, from, to);
    if (i >= lineEnd || n >= upTo) break;
    i++; // past the delimiter
  }
  if ((inner & 1) === 1) return out;
  out.cells = n;
  return out;
}

/** A record `cutQuotedRecord` cut: its cells, and where it ends. */
export interface QuotedRecord extends QuotedCut {
  /** The newline that ends the record (the data's end for a last record without one). */
  end: number;
  /** Where its last line's text ends (before the CR of a CRLF). */
  lineEnd: number;
}

/** `QuotedRecord.cells` when the record runs past the bytes at hand: read on. */
export const READ_ON = -2;

const NL = 0x0a;
const CR = 0x0d;

/**
 * A record from `at` whose quoted cells hold line breaks (a remark column):
 * its cells as the string parser reads them, each line break inside quotes
 * kept as written. For a line `cutQuotedLine` refused because a quote stays
 * open at its end; stricter than a line (no quote inside an unquoted cell,
 * no lone CR outside quotes), everything else is the string parser's.
 * `cells` is READ_ON when the record runs past `limit` and more data follows.
 */
export function cutQuotedRecord(
  buf: Uint8Array,
  at: number,
  limit: number,
  atEnd: boolean,
  delim: number,
  spans: CellSpans,
): QuotedRecord {
  const out: QuotedRecord = { cells: -1, visible: false, wide: false, end: -1, lineEnd: -1 };
  const readOn = () => {
    if (!atEnd) out.cells = READ_ON;
    return out;
  };
  let n = 0;
  let i = at;
  for (;;) {
    let from = i;
    let to: number;
    if (i < limit && buf[i] === QUOTE) {
      from = i + 1;
      const close = buf.indexOf(QUOTE, from);
      if (close < 0 || close >= limit) return readOn();
      to = close;
      i = close + 1;
    } else {
      while (i < limit && buf[i] !== delim && buf[i] !== NL && buf[i] !== CR) {
        if (buf[i] === QUOTE) return out;
        i++;
      }
      to = i;
    }
    seeText(buf, from, to, out);
    addSpan(spans, n++, from, to);
    if (i >= limit) {
      if (!atEnd) return readOn();
      out.end = limit;
      out.lineEnd = limit;
      break;
    }
    const b = buf[i] as number;
    if (b === delim) {
      i++;
      continue;
    }
    if (b === NL) {
      out.end = i;
      out.lineEnd = i;
      break;
    }
    if (b === CR && i + 1 >= limit && !atEnd) return readOn();
    if (b === CR && i + 1 < limit && buf[i + 1] === NL) {
      out.end = i + 1;
      out.lineEnd = i;
      break;
    }
    // A lone CR, an escaped quote, or text after a closing quote.
    return out;
  }
  out.cells = n;
  return out;
}

/**
 * Notes what a cell's text buf[from, to) shows: a byte that is not an ASCII
 * space (a line break inside quotes is blank to `trim`, as spaces are), or a
 * non-ASCII one, which may be a wide space. Stops at the first visible byte.
 */
function seeText(buf: Uint8Array, from: number, to: number, out: QuotedCut): void {
  for (let k = from; k < to && !out.visible; k++) {
    const b = buf[k] as number;
    if (b >= 0x80) out.wide = true;
    else if (!isSpace(b) && b !== NL && b !== CR) out.visible = true;
  }
}

/** Cell `n` spans buf[from, to). */
function addSpan(spans: CellSpans, n: number, from: number, to: number): void {
  if (n >= spans.starts.length) growSpans(spans);
  spans.starts[n] = from;
  spans.ends[n] = to;
}

/** Twice the room for cells. */
export function growSpans(spans: CellSpans): void {
  const starts = new Int32Array(spans.starts.length * 2);
  const ends = new Int32Array(spans.ends.length * 2);
  starts.set(spans.starts);
  ends.set(spans.ends);
  spans.starts = starts;
  spans.ends = ends;
}
