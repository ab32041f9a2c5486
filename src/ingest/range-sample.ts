/**
 * A look at a sample of lines before a large file is parsed in ranges (Node
 * only). The ranges are merged only when no agent-month has rows in two of
 * them (parse-ranges.ts), which a file in no order — a warehouse dump in hash
 * order, rows shuffled by a sort on another column — never satisfies: its
 * ranged parse would be thrown away after all its work, and the file parsed
 * again. When sampled lines of two ranges already share a key (agent and
 * month), the caller parses sequentially straight away; so too when the plan
 * counted lines (a file dense in quotes) and a sampled line of a range before
 * the last leaves a quote open (a record spanning lines). A sample that finds
 * nothing proves nothing: the parsed ranges are checked as before.
 */
import { closeSync, openSync, readSync } from "node:fs";
import type { RecordRange } from "./ingest-file.ts";

const NL = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
/** Bytes read per probe: a line longer than this is not sampled. */
const PROBE_BYTES = 4096;

/**
 * What a ranged parse checks first, in one pass over the sample: keys shared
 * by two ranges (`probes` lines per range, evenly spaced: in a shuffled file
 * of N agent-months, r ranges of p probes share a key ~p²·r(r−1)/(2N) times;
 * 4 × 512 probes, 360,000 agent-months: ~4.4, so a miss is rare and only
 * costs the time it always did)
 * and, when `spanning` (a plan that counted lines, not records:
 * split-ranges.ts `byRecords`), a record spanning lines in a range before the
 * last, which the proof after the parse would refuse. Reads are synchronous:
 * a few thousand page-cache reads take milliseconds, where as many promise
 * round trips take a tenth of a second.
 */
export function rangesLookUnsound(
  path: string,
  ranges: readonly RecordRange[],
  key: (line: Uint8Array) => string | null,
  spanning: boolean,
  probes = 512,
): boolean {
  const shared = sharedKey(key);
  const last = ranges.length - 1;
  return sampled(
    path,
    ranges,
    probes,
    (line, k) => (spanning && k < last && opensQuote(line)) || shared(line, k),
  );
}

/** A visitor true once a key was seen in two ranges. */
function sharedKey(key: (line: Uint8Array) => string | null) {
  const owner = new Map<string, number>();
  return (line: Uint8Array, k: number): boolean => {
    const id = key(line);
    if (id === null) return false;
    const seen = owner.get(id);
    if (seen === undefined) owner.set(id, k);
    return seen !== undefined && seen !== k;
  };
}

/** An odd number of quotes: the line ends inside one. */
function opensQuote(line: Uint8Array): boolean {
  let quotes = 0;
  for (let i = line.indexOf(QUOTE); i >= 0; i = line.indexOf(QUOTE, i + 1)) quotes++;
  return (quotes & 1) === 1;
}

/** Calls `visit` on `probes` evenly spaced lines of each range, until it returns true. */
function sampled(
  path: string,
  ranges: readonly RecordRange[],
  probes: number,
  visit: (line: Uint8Array, range: number) => boolean,
): boolean {
  const buf = Buffer.allocUnsafe(PROBE_BYTES);
  const fd = openSync(path, "r");
  try {
    for (let k = 0; k < ranges.length; k++) {
      const { start, end } = ranges[k] as RecordRange;
      for (let i = 0; i < probes; i++) {
        const at = start + Math.floor(((end - start) * i) / probes);
        const line = lineAt(fd, buf, at, at === start, end);
        if (line !== null && visit(line, k)) return true;
      }
    }
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * The line starting at `at` (when `atStart`, `at` being a record start) or
 * else after the first newline at or after `at`; without its line end. Null
 * when it starts at or past `end` or is longer than a probe.
 */
function lineAt(
  fd: number,
  buf: Buffer,
  at: number,
  atStart: boolean,
  end: number,
): Uint8Array | null {
  const bytesRead = readSync(fd, buf, 0, buf.length, at);
  const view = buf.subarray(0, bytesRead);
  const from = atStart ? 0 : view.indexOf(NL) + 1;
  if ((!atStart && from === 0) || at + from >= end) return null;
  const to = view.indexOf(NL, from);
  if (to < 0) return null;
  return view.subarray(from, to > from && view[to - 1] === CR ? to - 1 : to);
}
