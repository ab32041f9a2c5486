/**
 * An agent-month as the fold holds it: its sums per kept column, the rows
 * each file gave, where a row repeats an earlier one, and what a row brings
 * (RowValues). Pure.
 */

export interface Position {
  file: string;
  row: number;
}

/** One file's rows of an agent-month: which periods it gave, and at which rows. */
export interface Source {
  /** The fold's file id. */
  file: number;
  /** Bit d−1 for day d; −1 (every bit) for a monthly row, which covers every day. */
  mask: number;
  /** [0] the monthly row, [d] the row that gave day d (0 = none). */
  rows: Int32Array;
}

export interface Entry {
  agent: string;
  month: string;
  role: string | undefined;
  /** Rows folded, daily and monthly. */
  rows: number;
  /** Days given by daily rows (bit d−1 for day d). */
  dayMask: number;
  /**
   * Per kept column k (the fold's layout, see AgentMonthFold.place): sum at k,
   * weight at w + k, rows with a value at 2w + k, rows of files that have the
   * column at 3w + k, for the w = length / ACC_WIDTH columns kept when it was
   * last touched (one array: fewer objects; only the columns files gave).
   */
  acc: Float64Array;
  /** Per file that gave rows of this agent-month, usually one or two. */
  sources: Source[];
  /**
   * Per column slot, the code of the most telling reason a cell was missing
   * (an index in the fold's ReasonTable; 0 none), once any cell was.
   */
  reasons: Uint8Array | null;
  /** Rows of this agent-month that were rejected. */
  rejected: number;
  /**
   * Days (bit d−1 for day d) the table's rows named, scored or rejected: in a
   * one-table fold (a RowReader's), where a log repeats them (table-signs.ts).
   */
  seen: number;
}

/** Where a row repeats an earlier one: the earlier position and the column slots given twice. */
export interface Duplicate extends Position {
  slots: number[];
  /** The earlier rows are days (not a monthly row). */
  daily: boolean;
}

/**
 * The words a missing cell was given, as small codes: `missingReason`'s (an
 * empty or dash cell, a platform's "still counting" notice) and the fold's own,
 * a closed set of a few. Code 0 is none, 1 a plain empty cell.
 */
export class ReasonTable {
  readonly texts: string[] = ["", EMPTY_REASON];
  private readonly codes = new Map<string, number>([[EMPTY_REASON, EMPTY_CODE]]);
  /** The last text asked for: a file's dash columns give the same words row after row. */
  private lastText = EMPTY_REASON;
  private lastCode = EMPTY_CODE;

  code(text: string): number {
    if (text === this.lastText) return this.lastCode;
    let code = this.codes.get(text);
    if (code === undefined) {
      code = this.texts.length;
      // A code is a byte; the words come from a handful of fixed lists.
      if (code > 255) throw new Error(`more than 255 missing-cell reasons: ${text}`);
      this.texts.push(text);
      this.codes.set(text, code);
    }
    this.lastText = text;
    this.lastCode = code;
    return code;
  }
}

export const EMPTY_REASON = "empty";
export const EMPTY_CODE = 1;

/** The period bits a row covers: one day, or (day 0) the whole month. */
export const periodMask = (day: number): number => (day === 0 ? -1 : 1 << (day - 1));

/** Accumulator width per column: sum, weight, rows with a value, rows given. */
export const ACC_WIDTH = 4;

/** An entry's accumulator `a` (0 sum, 1 weight, 2 rows with a value, 3 rows given) at kept column `k`. */
export function accAt(e: Entry, a: number, k: number): number {
  const w = e.acc.length / ACC_WIDTH;
  return k >= 0 && k < w ? (e.acc[a * w + k] as number) : 0;
}

/** How a row's columns contribute: a value with its weight, or missing with a reason. */
export interface RowValues {
  /** The fold slots this file has; only these are touched per row. */
  slots: Int32Array;
  /**
   * Every numeric column its header has, read or not (`slots` leaves out those
   * no scheme reads): two files with different columns complete each other.
   */
  header: Int32Array;
  values: Float64Array;
  weights: Float64Array;
  /** 0 = value present, 1 = missing. */
  missing: Uint8Array;
  reasons: (string | undefined)[];
}

/** The earlier row of a source for a period: the monthly row, else the day's (the first day's for a month). */
export function rowAt(s: Source, day: number): number {
  const monthly = s.rows[0] ?? 0;
  if (monthly > 0) return monthly;
  const d = day === 0 ? 32 - Math.clz32(s.mask & -s.mask) : day;
  return s.rows[d] ?? 0;
}

/**
 * A copy that owns its characters: a cell cut from a parsed chunk may be a
 * slice that keeps the whole chunk alive, and the fold keeps names for good.
 */
export function ownCopy(text: string): string {
  // Concatenating and cutting flattens into a fresh string of the name's length.
  return ` ${text}`.slice(1);
}
