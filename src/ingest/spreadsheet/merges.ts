/**
 * Merged cells. Excel shows a merged range's value across the whole range;
 * SheetJS stores it in the top-left cell only and lists the ranges in
 * `!merges` (for .xlsx, .xls and HTML tables' rowspan/colspan alike). Pure.
 *
 * What is filled, and why no more:
 * - **Data rows** (below the header): every cell of a range that starts below
 *   the header reads as its top-left value — a 月份 merged down a rating
 *   sheet's group, a 日期 merged over each day's agents. A row that holds
 *   nothing of its own stays blank (a spacer row inside a merged block is
 *   still skipped as blank, not rejected for its missing agent). A range that
 *   starts in or above the header is never filled into data rows: its value
 *   is a header or a title, not a cell of the rows it overlaps.
 * - **Rows above the header are not filled**: header detection counts known
 *   names per row and the banner period is read from the joined row text, so
 *   a title merged across the top (`2026年10月 售前客服主管评分表` over A1:F1)
 *   repeated into every column would only repeat the banner (and, were a
 *   title ever a known header, count it six times). Both read the rows as
 *   stored.
 * - **A header of two rows**: a header cell merged down over the row below
 *   (a web table copied into Excel: 客服账号 spanning both rows, 全天 and
 *   8-23点 spanning their two columns) makes the header end on the merge's
 *   bottom row (at most MAX_HEADER_ROWS rows, and only when that row then
 *   names at least as many known columns: a merge reaching into the data is
 *   no header's); that row is the header, each such cell giving its value to
 *   the range's first column only (filled across, a merged 询单人数 would
 *   become two columns of the same name). Without such merges a header is
 *   one row, as before: a header row merged across is read as stored.
 * - **The group row** directly above the header is read with its merges
 *   filled across, only to name the group of each repeated header
 *   (layout.ts `qualifyRepeated`); nothing else reads it filled.
 */

/** A merged range, 0-based and inclusive, as SheetJS gives it. */
export interface Merge {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

/** At most this many rows make one header (a group row and its names, or three levels). */
export const MAX_HEADER_ROWS = 3;

/**
 * The header's last row: the bottom of the ranges that start on the found
 * header row and reach down (a two-row header), else the found row. Ranges
 * reaching further than MAX_HEADER_ROWS are no header's and change nothing.
 */
export function headerBottom(merges: readonly Merge[], at: number): number {
  let bottom = at;
  for (const m of merges) {
    if (m.s.r === at && m.e.r > bottom) bottom = m.e.r;
  }
  return bottom - at < MAX_HEADER_ROWS ? bottom : at;
}

/**
 * The header's cells: the bottom row as stored, and where a range from an
 * upper header row covers it, that range's value in its first column.
 */
export function headerCells(
  bottomRow: readonly string[],
  merges: readonly Merge[],
  at: number,
  bottom: number,
  cell: (r: number, c: number) => string,
): string[] {
  const out = [...bottomRow];
  if (bottom === at) return out;
  for (const m of merges) {
    if (m.s.r < at || m.s.r >= bottom || m.e.r < bottom) continue;
    for (let c = out.length; c < m.s.c; c++) out[c] = "";
    if ((out[m.s.c] ?? "").trim() === "") out[m.s.c] = cell(m.s.r, m.s.c);
  }
  return out;
}

/**
 * A row with every range that covers it filled across and down (the group
 * row above a header), up to `width` columns (the header's: no cell further
 * right is read).
 */
export function filledRow(
  stored: readonly string[],
  row: number,
  merges: readonly Merge[],
  cell: (r: number, c: number) => string,
  width: number,
): string[] {
  const out = stored.slice(0, width);
  for (const m of merges) {
    if (row < m.s.r || row > m.e.r || m.s.c >= width) continue;
    const value = cell(m.s.r, m.s.c);
    for (let c = out.length; c < m.s.c; c++) out[c] = "";
    for (let c = m.s.c; c <= Math.min(m.e.c, width - 1); c++) out[c] = value;
  }
  return out;
}

const hasText = (cells: readonly string[]) => cells.some((c) => c.trim() !== "");

/**
 * Fills the data rows below a header, read in order: each range starting
 * below the header lends its top-left value to the rest of its cells, up to
 * the header's width (no cell further right is read).
 */
export class MergeFill {
  /** Ranges below the header, by first row. */
  private readonly pending: Merge[];
  private next = 0;
  /** Ranges covering the current row, with their value (taken on their first row). */
  private active: { m: Merge; value: string }[] = [];

  private readonly width: number;

  constructor(merges: readonly Merge[], headerRow: number, width: number) {
    this.width = width;
    this.pending = merges
      .filter((m) => m.s.r > headerRow && m.s.c < width)
      .sort((a, b) => a.s.r - b.s.r);
  }

  /** Row `r` (rows must come in increasing order) with its covered cells filled. */
  row(r: number, cells: string[]): string[] {
    if (this.pending.length === 0) return cells;
    while (this.next < this.pending.length && (this.pending[this.next] as Merge).s.r <= r) {
      const m = this.pending[this.next++] as Merge;
      // The value is the range's first row's (were that row passed over, it lends nothing).
      if (m.s.r === r) this.active.push({ m, value: cells[m.s.c] ?? "" });
    }
    if (this.active.length === 0) return cells;
    this.active = this.active.filter((a) => a.m.e.r >= r);
    if (!hasText(cells)) return cells;
    for (const { m, value } of this.active) {
      for (let c = cells.length; c < m.s.c; c++) cells[c] = "";
      const last = Math.min(m.e.c, this.width - 1);
      for (let c = m.s.c; c <= last; c++) cells[c] = value;
    }
    return cells;
  }
}
