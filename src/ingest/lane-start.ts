/**
 * Where the byte lane (byte-records.ts) starts in a file (Node only): just
 * after the header, when every line up to it ends a record for PapaParse too.
 */
import { open } from "node:fs/promises";
import { nextIndex } from "./cell-bytes.ts";
import { type CellSpans, cutQuotedLine } from "./quoted-line.ts";
import { HEAD_BYTES } from "./split-ranges.ts";

const NL = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/**
 * The byte offset and number of the record after the header, when every
 * line up to it is one the lane could read (quotes as quoted-line.ts takes
 * them, no lone CR), so that each newline byte ended a record; else null
 * (the string parser reads the file).
 */
export async function afterHeader(
  path: string,
  bom: number,
  headerRecord: number,
  delimiter: string,
): Promise<{ at: number; record: number } | null> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, bom);
    const delim = delimiter.charCodeAt(0);
    const spans: CellSpans = { starts: new Int32Array(64), ends: new Int32Array(64) };
    let lineStart = 0;
    let seen = 0;
    // The next CR and quote at or after a line's start, found once each (not per line).
    const next = (byte: number, from: number) => nextIndex(head, byte, from, bytesRead);
    let cr = next(CR, 0);
    let quote = next(QUOTE, 0);
    for (let i = head.indexOf(NL); i >= 0 && i < bytesRead; i = head.indexOf(NL, i + 1)) {
      const lineEnd = i > lineStart && head[i - 1] === CR ? i - 1 : i;
      if (cr < lineStart) cr = next(CR, lineStart);
      if (cr < lineEnd) return null;
      // A line's quotes as the lane reads them (around whole cells, or inside `="…"`): each
      // newline up to the header then ended a record, for PapaParse too.
      if (quote < lineStart) quote = next(QUOTE, lineStart);
      if (quote < lineEnd && cutQuotedLine(head, lineStart, lineEnd, delim, spans).cells < 0)
        return null;
      if (++seen === headerRecord + 1) return { at: bom + i + 1, record: seen };
      lineStart = i + 1;
    }
    return null;
  } finally {
    await handle.close();
  }
}
