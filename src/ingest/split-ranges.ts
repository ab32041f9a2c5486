/**
 * Plans how one large export is parsed in parallel (Node only): byte ranges
 * that each start just after a newline that ends a record, with the number of
 * the range's first record, from one fast pass over the bytes that counts the
 * records (record-count.ts: a newline inside a quoted cell, as a remark holding
 * line breaks has, is none).
 *
 * The plan is proven after the ranges' parse, range by range from the first
 * (which starts at the file's start): a range that starts on a record and
 * ends outside any quote ends on a record, where the next starts; and when
 * its record count equals the record ends counted here, record numbers are
 * those counts up to there. When that fails, or when the line endings are
 * mixed, the caller parses the file sequentially instead.
 */
import { type FileHandle, open } from "node:fs/promises";
import type { RecordRange } from "./ingest-file.ts";
import {
  BLOCK,
  countLines,
  countRecords,
  type RecordCount,
  type RecordScan,
  scanRecords,
  startCount,
} from "./record-count.ts";

export interface PlannedRange extends RecordRange {
  /** Record ends in the range: the records it holds. */
  recordEnds: number;
  /**
   * Whether the plan left newlines inside quoted cells out of its counts (false
   * for a file too dense in quotes): a range before the last holding a record
   * that spans lines then fails the proof (range-sample.ts looks for one first).
   */
  byRecords: boolean;
}

const NL = 0x0a;
/**
 * The first range covers at least the header sample (64 K characters, at most
 * 4 bytes each), so the header is always in it.
 */
export const HEAD_BYTES = 1 << 18;

/**
 * Where a range may start: between two non-blank lines (blank lines at a
 * range's end would be taken for the file's trailing ones) that `cut` accepts,
 * given their bytes (without line ends).
 */
export type CutTest = (before: Uint8Array, after: Uint8Array) => boolean;

/**
 * What a cut separates, read from one line (its month), or null when the line
 * has none: cuts then fall only between lines of different keys, and a far
 * one is found by bisection instead of testing every line on the way.
 */
export type LineKey = (line: Uint8Array) => string | null;

/** Bytes a probe reads: a line longer than this ends the bisection. */
const PROBE = 1 << 16;

/** The file being planned, open once for every probe of the plan. */
interface OpenFile {
  handle: FileHandle;
  size: number;
  crlf: boolean;
}

/** The bytes (without line end) of the first whole line after the first newline at or after `at`, or null. */
async function lineAfter(f: OpenFile, buf: Buffer, at: number): Promise<Uint8Array | null> {
  const { bytesRead } = await f.handle.read(buf, 0, Math.min(buf.length, f.size - at), at);
  const view = buf.subarray(0, bytesRead);
  const start = view.indexOf(NL) + 1;
  const end = start > 0 ? view.indexOf(NL, start) : -1;
  return end < 0 ? null : view.subarray(start, f.crlf ? end - 1 : end);
}

/**
 * A point at or after `target` from which a cut is near: when the line after
 * `target` and one far on have different keys, halves the span between them
 * while it is longer than a probe (in a file sorted by month the first change
 * is then at most a probe away). `target` itself when the lines give no keys.
 */
async function nearCut(f: OpenFile, target: number, key: LineKey): Promise<number> {
  const buf = Buffer.allocUnsafe(PROBE);
  const keyAt = async (at: number) => {
    const line = await lineAfter(f, buf, at);
    return line === null ? null : key(line);
  };
  const first = await keyAt(target);
  if (first === null) return target;
  // Gallop: probes twice as far each time until a line of another key.
  let lo = target;
  let hi = -1;
  for (let step = PROBE; lo + step < f.size; step *= 2) {
    const k = await keyAt(lo + step);
    if (k === null) return lo;
    if (k !== first) {
      hi = lo + step;
      break;
    }
    lo += step;
  }
  if (hi < 0) return lo;
  while (hi - lo > PROBE) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const k = await keyAt(mid);
    if (k === null) return lo;
    if (k === first) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The first newline at or after `target` where `cut` holds, as the byte after it; -1 when none. */
async function splitAfter(f: OpenFile, target: number, cut: CutTest): Promise<number> {
  const { size, crlf } = f;
  let buf = Buffer.allocUnsafe(1 << 16);
  // `at` is just after a newline (or the target): complete lines follow their first newline.
  let at = target;
  while (at < size) {
    const { bytesRead } = await f.handle.read(buf, 0, Math.min(buf.length, size - at), at);
    const view = buf.subarray(0, bytesRead);
    let lineStart = view.indexOf(NL) + 1;
    if (lineStart === 0) {
      if (bytesRead < buf.length) return -1;
      buf = Buffer.allocUnsafe(buf.length * 2);
      continue;
    }
    let i = view.indexOf(NL, lineStart);
    while (i >= 0) {
      const next = view.indexOf(NL, i + 1);
      if (next < 0 && at + bytesRead < size) break;
      const end = next < 0 ? bytesRead : next;
      const before = view.subarray(lineStart, crlf ? i - 1 : i);
      const after = view.subarray(i + 1, crlf && next >= 0 ? end - 1 : end);
      if (before.length > 0 && after.length > 0 && cut(before, after)) return at + i + 1;
      lineStart = i + 1;
      i = next;
    }
    if (bytesRead < buf.length) return -1;
    // The lines from the last complete one are read again with the next window.
    if (lineStart - 1 <= 0) buf = Buffer.allocUnsafe(buf.length * 2);
    else at += lineStart - 1;
  }
  return -1;
}

/** The count up to `offset`: its record ends, and whether it is inside a quoted cell. */
async function countBefore(
  f: OpenFile,
  s: RecordScan,
  from: number,
  offset: number,
): Promise<RecordCount> {
  const block = Math.floor((offset - from) / BLOCK);
  const blockStart = from + block * BLOCK;
  const buf = Buffer.allocUnsafe(offset - blockStart);
  await f.handle.read(buf, 0, buf.length, blockStart);
  const c = { ...(s.before[block] as RecordCount) };
  if (s.quotes) countRecords(buf, c);
  else countLines(buf, c);
  return c;
}

/** Where ranges may start (`cut`), how to find a far cut fast (`key`), and the head no cut enters. */
export interface SplitRule {
  cut: CutTest;
  key?: LineKey;
  headBytes?: number;
}

/**
 * Up to `parts` ranges from `from` (past the BOM) to `size`, or null when the
 * file cannot be split safely (mixed line endings) or has no second range.
 */
export async function planRanges(
  path: string,
  from: number,
  size: number,
  parts: number,
  split: SplitRule,
): Promise<PlannedRange[] | null> {
  if (parts < 2) return null;
  // One open file for the whole plan: the scan, every cut's probes and the counts.
  const handle = await open(path, "r");
  try {
    return await planOpen(handle, from, size, parts, split);
  } finally {
    await handle.close();
  }
}

async function planOpen(
  handle: FileHandle,
  from: number,
  size: number,
  parts: number,
  split: SplitRule,
): Promise<PlannedRange[] | null> {
  const s = await scanRecords(handle, from, size);
  if (!s) return null;
  const f: OpenFile = { handle, size, crlf: s.crlf };
  const earliest = from + (split.headBytes ?? HEAD_BYTES);
  const starts = [{ at: from, c: startCount() }];
  for (let k = 1; k < parts; k++) {
    const target = Math.max(earliest, from + Math.round(((size - from) * k) / parts));
    const near = split.key ? await nearCut(f, target, split.key) : target;
    const found = await recordCut(f, s, from, near, split.cut);
    const last = (starts.at(-1) as { at: number }).at;
    if (found && found.at > last && found.at < size) starts.push(found);
  }
  if (starts.length < 2) return null;
  const total = s.before.at(-1)?.recordEnds ?? 0;
  return starts.map(({ at, c }, k) => {
    const next = starts[k + 1];
    return {
      start: at,
      end: next?.at ?? size,
      firstRecord: c.recordEnds,
      recordEnds: (next ? next.c.recordEnds : total) - c.recordEnds,
      byRecords: s.quotes,
    };
  });
}

/** Cuts tried inside quoted cells before giving up on a range. */
const QUOTED_CUTS = 8;

/**
 * The first cut at or after `near` that is not inside a quoted cell (whose
 * lines may look like records, e.g. rows pasted into a remark), with the
 * count before it; null when there is none.
 */
async function recordCut(
  f: OpenFile,
  s: RecordScan,
  from: number,
  near: number,
  cut: CutTest,
): Promise<{ at: number; c: RecordCount } | null> {
  let at = near;
  for (let tries = 0; tries < QUOTED_CUTS; tries++) {
    const start = await splitAfter(f, at, cut);
    if (start < 0) return null;
    const c = await countBefore(f, s, from, start);
    if (!c.inQuote) return { at: start, c };
    // splitAfter skips the line after its first newline: from just before this start.
    at = start - 1;
  }
  return null;
}
