/**
 * Text in a record's cells past its header's: in a text file, a delimiter
 * that is not quoted (`6,022.91`) shifts every cell after it, so such a
 * record is rejected (row-reader.ts). Read alike from the string parser's
 * cells and from the byte lane's spans: only ASCII spaces and tabs count as
 * empty in both. Pure.
 */
import { isSpace } from "./cell-bytes.ts";
import { type CellSpans, growSpans } from "./quoted-line.ts";

/** The first of `cells` past the header's `width` with more than spaces (−1: none). */
export function textPastHeader(cells: readonly string[], width: number): number {
  for (let c = width; c < cells.length; c++) if (/[^ \t\v\f]/.test(cells[c] as string)) return c;
  return -1;
}

/**
 * The same for a byte lane's line, `n` of whose cells are cut into `spans`;
 * `rest` ≥ 0: the line was cut only that far, and cell `n` starts at `rest`
 * (the rest of the line is read here, up to `lineEnd`, and the span of the
 * first cell there with text is set, for its text in a message). Where one is
 * found, `out.count` is the line's cells.
 */
export function bytesPastHeader(
  buf: Uint8Array,
  spans: CellSpans,
  delim: number,
  width: number,
  n: number,
  rest: number,
  lineEnd: number,
  out: { count: number },
): number {
  let found = -1;
  // A line of only non-ASCII text is cut on past the last wanted cell: those cells first.
  for (let c = width; c < n && found < 0; c++)
    if (visibleIn(buf, spans.starts[c] as number, spans.ends[c] as number)) found = c;
  let c = n;
  if (rest >= 0) {
    let start = rest;
    for (let i = rest; i <= lineEnd; i++) {
      if (i < lineEnd && buf[i] !== delim) continue;
      if (found < 0 && c >= width && visibleIn(buf, start, i)) {
        found = c;
        while (spans.starts.length <= c) growSpans(spans);
        spans.starts[c] = start;
        spans.ends[c] = i;
      }
      c++;
      start = i + 1;
    }
  }
  if (found >= 0) out.count = c;
  return found;
}

/** buf[from, to) holds a byte other than an ASCII space. */
function visibleIn(buf: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(buf[i] as number)) return true;
  return false;
}
