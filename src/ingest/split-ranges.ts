/**
 * Plans how one large export is parsed in parallel (Node only): byte ranges
 * that each start just after a newline that ends a record, with the number of
 * the range's first record, found by one fast pass over the bytes (newline
 * bytes only; in UTF-8 and GB18030 the bytes `\n`, `\r` and `"` never occur
 * inside another character).
 *
 * A newline ends a record unless it is inside a quoted field. Ranges are cut
 * as if none were, and that is proven after their parse, range by range from
 * the first (which starts at the file's start): a range that starts on a
 * record and ends outside any quote ends on a record, where the next starts;
 * and when its record count equals its newline count, record numbers are
 * newline counts up to there. When that fails, or when the line endings are
 * mixed, the caller parses the file sequentially instead.
 */
import { type FileHandle, open } from "node:fs/promises";
import type { RecordRange } from "./ingest-file.ts";

export interface PlannedRange extends RecordRange {
  /** Newline bytes in the range: the records it holds, when each ends one. */
  newlines: number;
}

const NL = 0x0a;
const CR = 0x0d;
const BLOCK = 1 << 20;
/**
 * The first range covers at least the header sample (64 K characters, at most
 * 4 bytes each), so the header is always in it.
 */
export const HEAD_BYTES = 1 << 18;

interface Scan {
  /** Newlines before each 1 MB block (block i starts at `from + i × BLOCK`). */
  newlinesBefore: number[];
  crlf: boolean;
}

/** One pass: newline counts per block, and whether every line ends the same way. */
async function scan(handle: FileHandle, from: number, size: number): Promise<Scan | null> {
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
  const newlinesBefore: number[] = [];
  let newlines = 0;
  let crs = 0;
  let previous = -1;
  let unpaired = false;
  let next = blocks > 0 ? readBlock(0) : null;
  for (let k = 0; k < blocks; k++) {
    newlinesBefore.push(newlines);
    const { bytesRead } = await (next as ReturnType<typeof readBlock>);
    next = k + 1 < blocks ? readBlock(k + 1) : null;
    const view = (bufs[k % 2] as Buffer).subarray(0, bytesRead);
    for (let i = view.indexOf(NL); i >= 0; i = view.indexOf(NL, i + 1)) {
      newlines++;
      const before = i > 0 ? view[i - 1] : previous;
      if (before !== CR) unpaired = true;
    }
    for (let i = view.indexOf(CR); i >= 0; i = view.indexOf(CR, i + 1)) crs++;
    previous = view[bytesRead - 1] ?? -1;
  }
  newlinesBefore.push(newlines);
  // LF files have no CR at all; CRLF files pair every LF with a CR and have no other CR.
  if (crs === 0) return { newlinesBefore, crlf: false };
  if (!unpaired && crs === newlines) return { newlinesBefore, crlf: true };
  return null;
}

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

async function newlinesBefore(f: OpenFile, s: Scan, from: number, offset: number) {
  const block = Math.floor((offset - from) / BLOCK);
  const blockStart = from + block * BLOCK;
  const buf = Buffer.allocUnsafe(offset - blockStart);
  await f.handle.read(buf, 0, buf.length, blockStart);
  let n = s.newlinesBefore[block] ?? 0;
  for (let i = buf.indexOf(NL); i >= 0; i = buf.indexOf(NL, i + 1)) n++;
  return n;
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
  const s = await scan(handle, from, size);
  if (!s) return null;
  const f: OpenFile = { handle, size, crlf: s.crlf };
  const earliest = from + (split.headBytes ?? HEAD_BYTES);
  const starts = [from];
  for (let k = 1; k < parts; k++) {
    const target = Math.max(earliest, from + Math.round(((size - from) * k) / parts));
    const near = split.key ? await nearCut(f, target, split.key) : target;
    const start = await splitAfter(f, near, split.cut);
    if (start > (starts.at(-1) as number) && start < size) starts.push(start);
  }
  if (starts.length < 2) return null;
  const counts = await Promise.all(starts.map((at) => newlinesBefore(f, s, from, at)));
  const total = s.newlinesBefore.at(-1) ?? 0;
  return starts.map((start, k) => ({
    start,
    end: starts[k + 1] ?? size,
    firstRecord: counts[k] as number,
    newlines: (counts[k + 1] ?? total) - (counts[k] as number),
  }));
}
