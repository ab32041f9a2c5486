/**
 * An agent-month's accumulators turned into its month values: sums for counts
 * and amounts, weighted means for ratios and times, and for every column that
 * is not complete the reason it is missing (never a 0). Pure.
 */
import type { AgentMonth } from "../engine/types.ts";
import type { InputColumn } from "./columns.ts";
import { accAt, type Entry } from "./fold.ts";

/**
 * Ratios, times, scores and direct averages are weighted means across days
 * (a score such as 客服服务分 by day); the rest are sums.
 */
export function isAveraged(column: InputColumn): boolean {
  if (column.total) return false;
  return (
    column.kind === "ratio" ||
    column.kind === "seconds" ||
    column.kind === "score" ||
    column.weightBy !== undefined
  );
}

const NONE = new Uint8Array(0);

/** 1 at each column slot a monthly row of this agent-month has (none: daily rows only). */
function monthlyColumns(
  e: Entry,
  width: number,
  fileColumns: readonly (Uint8Array | undefined)[],
): Uint8Array {
  if (!e.sources.some((s) => (s.rows[0] ?? 0) !== 0)) return NONE;
  const monthly = new Uint8Array(width);
  for (const s of e.sources) {
    if ((s.rows[0] ?? 0) === 0) continue;
    const has = fileColumns[s.file];
    if (has) for (let c = 0; c < has.length; c++) if (has[c] === 1) monthly[c] = 1;
  }
  return monthly;
}

export function finishEntry(
  e: Entry,
  columns: readonly InputColumn[],
  fileColumns: readonly (Uint8Array | undefined)[],
  place: Int32Array,
  kept: readonly number[],
  reasonTexts: readonly string[],
  weightedBy?: ReadonlyMap<string, string>,
  files?: readonly string[],
): AgentMonth {
  // Plain objects (same key order → shared shape, compact); ids are checked identifiers, never `__proto__`.
  const values: Record<string, number> = {};
  const missing: Record<string, string> = {};
  const n = columns.length;
  const days = popcount(e.dayMask);
  const monthly = monthlyColumns(e, n, fileColumns);
  let anyMissing = false;
  let emptyAt: Record<string, string> | undefined;
  // Only the columns some file gave: the others have no value and no reason.
  for (const c of kept) {
    const column = columns[c] as InputColumn;
    if (column.kind === "text" || column.kind === "date" || column.kind === "month") continue;
    const k = place[c] as number;
    const present = accAt(e, 2, k);
    // A monthly column is given once; a daily one on every day the agent-month has,
    // whichever file gave the day (a day without it in another file is a gap).
    const given = accAt(e, 3, k);
    const required = monthly[c] === 1 ? 1 : days;
    const weight = accAt(e, 1, k);
    const averaged = isAveraged(column);
    if (given === 0) continue;
    if (present === required && (!averaged || weight > 0)) {
      const sum = accAt(e, 0, k);
      values[column.id] = averaged ? sum / weight : sum;
      continue;
    }
    const code = e.reasons?.[c] ?? 0;
    const said = code === 0 ? undefined : reasonTexts[code];
    // A column with no value and no reason (its weight was missing) is simply absent.
    if (present === 0 && said === undefined) continue;
    anyMissing = true;
    if (present === required)
      missing[column.id] =
        `no ${weightedBy?.get(column.id) ?? column.weightBy ?? "weight"} to weight by`;
    else if (required === 1 || present === 0) {
      missing[column.id] = said ?? "empty";
      if (column.rated && monthly[c] === 1 && files) {
        emptyAt ??= {};
        emptyAt[column.id] = monthlyRowOf(e, c, fileColumns, files);
      }
    } else {
      const gap = `missing on ${required - present} of ${required} days`;
      missing[column.id] = said && said !== "empty" ? `${gap} (${said})` : gap;
    }
  }
  const month: AgentMonth = {
    agent: e.agent,
    month: e.month,
    values,
    days,
    ...(e.rejected > 0 ? { rejectedRows: e.rejected } : {}),
  };
  if (e.role !== undefined) month.role = e.role;
  if (anyMissing) month.missing = missing;
  if (emptyAt) month.emptyAt = emptyAt;
  return month;
}

/**
 * `file:row` of the monthly row that has column `c` and left it empty: a rating
 * sheet's cell a rater did not fill (check names it, so the sheet is fixed there).
 */
function monthlyRowOf(
  e: Entry,
  c: number,
  fileColumns: readonly (Uint8Array | undefined)[],
  files: readonly string[],
): string {
  for (const s of e.sources) {
    const row = s.rows[0] ?? 0;
    if (row !== 0 && fileColumns[s.file]?.[c] === 1) return `${files[s.file] ?? ""}:${row}`;
  }
  return "";
}

/** The column slots a fold keeps, in column order (the order values are listed in). */
export function keptInOrder(place: Int32Array): number[] {
  const kept: number[] = [];
  place.forEach((k, c) => {
    if (k >= 0) kept.push(c);
  });
  return kept;
}

function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
