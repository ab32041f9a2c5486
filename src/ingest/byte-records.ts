/**
 * The fast lane of a CSV's records (Node only): plain lines — no carriage
 * return but a CRLF's, quotes only around whole cells or inside Excel's
 * `="…"` cells, records whose quoted cells hold line breaks included
 * (quoted-line.ts) — are cut into cells on the raw bytes, numbers (plain, or
 * dressed as `"\t84"` or `"1,234.50"`: cell-bytes.ts) are read from their
 * digits, and only the cells a reader reads as
 * text are decoded (each distinct text once), so a big export is never turned
 * into millions of strings. The first line that is not plain stops the lane
 * at its start (or at the blank lines before it), and the string parser
 * (stream-records.ts) reads on from there: the records, their numbers and
 * their values are the ones the string parser gives, line for line.
 *
 * Sound in UTF-8 and GB18030 only: there the bytes of `\n`, `\r`, `"` and the
 * delimiters are never part of another character. (A GB18030 four-byte
 * character does hold ASCII digit bytes, but a cell with any byte ≥ 0x80 is
 * never read as a plain number; it can only make a line of such spaces look
 * visible, skipped as a note line rather than a blank row.)
 */
import { open } from "node:fs/promises";
import { Lane } from "./lane-window.ts";

/** A record's numeric cells as the lane read them (see NumericCells.parse). */
export interface PlainCells {
  /** 1 where `value` holds the cell's plain number (≥ 0); 0 where its text is in the record. */
  isPlain: Uint8Array;
  value: Float64Array;
  /** Per text cell, the number of its text in this lane (equal texts, equal numbers), or −1. */
  ids: Int32Array;
  /** Every cell is empty or spaces. */
  blank: boolean;
  /**
   * The first cell past `LaneCells.width` that holds more than spaces, or −1;
   * with `count`, the record's cells then (only set when a width is given).
   */
  beyond: number;
  count: number;
  /** A plain cell's text, decoded on demand for a message (only while the sink runs). */
  textOf: (cell: number) => string;
}

/** Which cells a reader looks at: as text, or as a number when plain. */
export interface LaneCells {
  text: readonly number[];
  plain: readonly number[];
  /** The header's cells: a record with text in a cell past them is told (`PlainCells.beyond`). */
  width?: number;
}

/** Where the lane stopped: the rest, from `at`, is the string parser's. */
export interface LaneEnd {
  /** Byte offset of the first record not read (`end` when every record was). */
  at: number;
  /** Its record number. */
  record: number;
  /** Index after the last non-blank record read (0 when none). */
  records: number;
}

export type LaneSink = (cells: string[], record: number, plain: PlainCells) => void;

const BLOCK = 1 << 20;

/**
 * Reads plain records from byte `start` (a record start, numbered `record`)
 * to `end`, giving each non-blank one to `sink` and each empty line before a
 * non-blank one as a one-cell blank record, as the string parser does.
 */
export async function laneRecords(
  path: string,
  encoding: "utf-8" | "gb18030",
  start: number,
  end: number,
  record: number,
  delimiter: string,
  want: LaneCells,
  sink: LaneSink,
): Promise<LaneEnd> {
  const lane = new Lane(encoding, delimiter, want, sink, start, record);
  let buf = Buffer.allocUnsafe(BLOCK);
  const handle = await open(path, "r");
  try {
    let filled = 0; // bytes in buf
    let fileAt = start; // file offset of buf[0]
    let eof = false;
    for (;;) {
      if (!eof && filled < buf.length) {
        const want = Math.min(buf.length - filled, end - (fileAt + filled));
        const { bytesRead } =
          want > 0 ? await handle.read(buf, filled, want, fileAt + filled) : { bytesRead: 0 };
        filled += bytesRead;
        if (bytesRead === 0 || fileAt + filled >= end) eof = true;
      }
      const at = lane.window(buf, filled, fileAt, eof);
      if (lane.stop !== null) return lane.stop;
      // Trailing empty lines are not records.
      if (eof && at >= filled) return { at: end, record: lane.record, records: lane.records };
      // Keep the unfinished line at the buffer's start; a line longer than the buffer grows it.
      if (at === 0 && filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      } else {
        buf.copy(buf, 0, at, filled);
        filled -= at;
        fileAt += at;
      }
    }
  } finally {
    await handle.close();
  }
}
