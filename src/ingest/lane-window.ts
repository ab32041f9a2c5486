/**
 * One window of the byte lane (byte-records.ts): the records of a buffer of
 * the file cut into cells, their plain numbers read and their text cells
 * decoded once per distinct text, each handed to the lane's sink. The lane's
 * state between windows lives here; the reads stay in laneRecords.
 */
import type { LaneCells, LaneEnd, LaneSink, PlainCells } from "./byte-records.ts";
import { allBlank, CellText, dressedInto, isSpace, nextIndex, plainInto } from "./cell-bytes.ts";
import { bytesPastHeader } from "./past-header.ts";
import {
  type CellSpans,
  cutQuotedLine,
  cutQuotedRecord,
  growSpans,
  type QuotedCut,
  READ_ON,
} from "./quoted-line.ts";

const NL = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/**
 * The lane's state between windows of the file, and the reading of one
 * window: a plain method, apart from the reads, so that the hot loop is
 * compiled as one ordinary function (an async function's loop runs on-stack
 * replaced code, entered anew after every read).
 */
export class Lane {
  private readonly delim: number;
  private readonly textCells: Int32Array;
  private readonly plainCells: Int32Array;
  private readonly text: CellText;
  private readonly cells: string[];
  private readonly plain: PlainCells;
  private readonly blankCells = [""];
  private readonly blankPlain: PlainCells;
  /** Cell k spans [starts[k], ends[k]), grown for wide lines (growSpans). */
  private readonly spans: CellSpans = { starts: new Int32Array(64), ends: new Int32Array(64) };
  private readonly last: number;
  /** The header's cells (0: records are not checked for cells past it). */
  private readonly width: number;
  // Per cell, the bytes and text of its last row (dates and dashes repeat row after row).
  private gen = 0;
  private readonly memoFrom: Int32Array;
  private readonly memoLen: Int32Array;
  private readonly memoGen: Int32Array;
  private readonly memoText: string[];
  private readonly ids: Int32Array;
  private readonly sink: LaneSink;
  /** The window being read (for PlainCells.textOf). */
  private buf: Buffer = Buffer.alloc(0);
  /** Empty lines not yet known to be followed by a record: where the first began. */
  private blanks = 0;
  private blanksAt: number;
  /** The next record's number. */
  record: number;
  /** Index after the last non-blank record read (0 when none). */
  records = 0;
  /** Where the lane stopped, at a line that is not plain (null while it reads on). */
  stop: LaneEnd | null = null;

  constructor(
    encoding: "utf-8" | "gb18030",
    delimiter: string,
    want: LaneCells,
    sink: LaneSink,
    start: number,
    record: number,
  ) {
    this.delim = delimiter.charCodeAt(0);
    this.textCells = Int32Array.from(want.text);
    this.plainCells = Int32Array.from(want.plain);
    this.text = new CellText(encoding);
    const width = Math.max(0, ...want.text, ...want.plain) + 1;
    this.last = width - 1;
    this.width = want.width ?? 0;
    this.cells = new Array<string>(width).fill("");
    this.ids = new Int32Array(width).fill(-1);
    const spans = this.spans;
    this.plain = {
      isPlain: new Uint8Array(width),
      value: new Float64Array(width),
      ids: this.ids,
      blank: false,
      beyond: -1,
      count: 0,
      textOf: (c) => this.text.text(this.buf, spans.starts[c] as number, spans.ends[c] as number),
    };
    this.blankPlain = { ...this.plain, isPlain: new Uint8Array(width), blank: true };
    this.memoFrom = new Int32Array(width);
    this.memoLen = new Int32Array(width).fill(-1);
    this.memoGen = new Int32Array(width);
    this.memoText = new Array<string>(width).fill("");
    this.sink = sink;
    this.blanksAt = start;
    this.record = record;
  }

  /** The text of cell `c`, buf[from, to): its last row's when the bytes are the same. */
  private textOf(buf: Buffer, c: number, from: number, to: number): string {
    const len = to - from;
    let t: string;
    if (
      this.memoGen[c] === this.gen &&
      this.memoLen[c] === len &&
      sameBytes(buf, this.memoFrom[c] as number, from, len)
    )
      t = this.memoText[c] as string;
    else {
      t = this.text.text(buf, from, to);
      this.ids[c] = this.text.lastId;
    }
    this.memoFrom[c] = from;
    this.memoLen[c] = len;
    this.memoGen[c] = this.gen;
    this.memoText[c] = t;
    return t;
  }

  /**
   * Reads the records of buf[0, filled) (file offset `fileAt`; `eof`: no more
   * bytes follow); returns where it stopped: at an unfinished line to read on
   * from, or at `filled`. Sets `stop` at a line that is not plain.
   */
  window(buf: Buffer, filled: number, fileAt: number, eof: boolean): number {
    this.buf = buf;
    this.gen++;
    const { delim, textCells, plainCells, cells, plain, spans, last, sink, text, ids } = this;
    let { starts, ends } = spans;
    let record = this.record;
    let records = this.records;
    let blanks = this.blanks;
    let blanksAt = this.blanksAt;
    let at = 0;
    // Where the window's next quote and CR are: most windows have none at all.
    let quoteAt = nextIndex(buf, QUOTE, 0, filled);
    let crAt = nextIndex(buf, CR, 0, filled);
    while (at < filled) {
      let nl = buf.indexOf(NL, at);
      if (nl < 0 || nl >= filled) {
        if (!eof) break; // an unfinished line: read on
        nl = filled; // the last line, without a newline
      }
      let lineEnd = nl;
      if (lineEnd > at && buf[lineEnd - 1] === CR) lineEnd--;
      const lineAt = fileAt + at;
      // A lone CR, or a quote other than around whole cells, makes the line, and the rest, the
      // string parser's; a quote left open at the line's end may be a cell holding line breaks.
      let quoted: QuotedCut | null =
        quoteAt < nl ? cutQuotedLine(buf, at, lineEnd, delim, spans) : null;
      let spanned = false;
      if (quoted !== null && quoted.cells < 0) {
        const rec = cutQuotedRecord(buf, at, filled, eof, delim, spans);
        if (rec.cells === READ_ON) break;
        if (rec.cells >= 0) {
          quoted = rec;
          nl = rec.end;
          lineEnd = rec.lineEnd;
          spanned = true;
        }
      }
      if ((quoted !== null && quoted.cells < 0) || (!spanned && crAt < lineEnd)) {
        const stopAt = blanks > 0 ? blanksAt : lineAt;
        this.stop = { at: stopAt, record: record - blanks, records };
        return at;
      }
      if (crAt < nl) crAt = nextIndex(buf, CR, nl, filled);
      if (quoted !== null) quoteAt = nextIndex(buf, QUOTE, nl, filled);
      // Cut the line into cells, as far as the last cell wanted once the line is known not blank.
      let n = 0;
      let cellStart = at;
      let visible = false;
      let wide = false;
      let i = at;
      if (quoted !== null) {
        ({ starts, ends } = spans);
        n = quoted.cells;
        visible = quoted.visible;
        wide = quoted.wide;
        i = lineEnd;
      }
      // Every cell while the line may still be blank (only spaces and delimiters), then up to the last wanted.
      for (; i < lineEnd && (n <= last || !visible); i++) {
        const b = buf[i] as number;
        if (b === delim) {
          if (n + 1 >= starts.length) {
            growSpans(spans);
            ({ starts, ends } = spans);
          }
          starts[n] = cellStart;
          ends[n++] = i;
          cellStart = i + 1;
        } else if (!visible) {
          if (b >= 0x80) wide = true;
          else if (!isSpace(b)) visible = true;
        }
      }
      // Cut only up to a cell past the last wanted: the rest of the line, from `rest`, is not.
      const rest = quoted === null && n > last ? cellStart : -1;
      if (quoted === null && n <= last) {
        starts[n] = cellStart;
        ends[n++] = lineEnd;
      }
      const next = nl + 1;
      // `""` alone is PapaParse's one empty cell, which the string parser takes for an empty line.
      const empty = lineEnd === at || (quoted !== null && n === 1 && starts[0] === ends[0]);
      if (empty && nl < filled) {
        // An empty line: a record only if a non-blank one follows.
        if (blanks === 0) blanksAt = lineAt;
        blanks++;
        record++;
        at = next;
        continue;
      }
      if (empty) {
        at = filled; // nothing after the last newline (a lone CR is one)
        break;
      }
      for (; blanks > 0; blanks--) sink(this.blankCells, record - blanks, this.blankPlain);
      for (let t = 0; t < textCells.length; t++) {
        const c = textCells[t] as number;
        if (c < n) cells[c] = this.textOf(buf, c, starts[c] as number, ends[c] as number);
        else {
          cells[c] = "";
          ids[c] = -1;
        }
      }
      for (let t = 0; t < plainCells.length; t++) {
        const c = plainCells[t] as number;
        if (
          c < n &&
          (plainInto(buf, starts[c] as number, ends[c] as number, plain.value, c) ||
            dressedInto(buf, starts[c] as number, ends[c] as number, plain.value, c))
        ) {
          plain.isPlain[c] = 1;
        } else {
          plain.isPlain[c] = 0;
          cells[c] = c < n ? this.textOf(buf, c, starts[c] as number, ends[c] as number) : "";
        }
      }
      // Only spaces and delimiters is blank; a non-ASCII space (U+3000) needs the text.
      plain.blank = visible ? false : wide ? allBlank(text, buf, starts, ends, n) : true;
      if (this.width > 0)
        plain.beyond = bytesPastHeader(buf, spans, delim, this.width, n, rest, lineEnd, plain);
      ({ starts, ends } = spans); // grown for a wide line's cell past the header
      sink(cells, record, plain);
      records = ++record;
      at = next;
    }
    this.record = record;
    this.records = records;
    this.blanks = blanks;
    this.blanksAt = blanksAt;
    return at;
  }
}

/** buf[a, a + len) equals buf[b, b + len), compared from the end (names share prefixes). */
function sameBytes(buf: Uint8Array, a: number, b: number, len: number): boolean {
  for (let k = len - 1; k >= 0; k--) if (buf[a + k] !== buf[b + k]) return false;
  return true;
}
