/** What ingest reports: problems with a location, and rows it set aside. */

import type {
  ProblemReason,
  RowReason,
  SkipReason,
  TextReason,
  UnreadReason,
} from "../reasons/reason.ts";
import { reasonText } from "../reasons/reason-text.ts";

export interface Problem {
  severity: "error" | "warning";
  file: string;
  /** Spreadsheet row (header = row 1 when the file has no notice lines above it). */
  row?: number;
  /** The column's header as written in the file. */
  column?: string;
  /** The column's position, 1 = the first (for editors and CI annotations). */
  col?: number;
  /** English: what the CLI prints (the words of `why` when given). */
  message: string;
  /** The message as a code, rendered in the reader's language on the pages. */
  why?: ProblemReason | RowReason;
  /** The cell text the message quotes: a publication without names takes it out (publish.ts). */
  cell?: string;
}

/** Where in a file a problem is (any of them may be unknown). */
export type ProblemAt = Pick<Problem, "row" | "column" | "col" | "cell">;

/** A problem worded by its reason: English in `message`, the code kept in `why`. */
export function problemOf(
  severity: Problem["severity"],
  file: string,
  why: ProblemReason | RowReason,
  at: ProblemAt = {},
): Problem {
  return { severity, file, ...at, message: reasonText(why, "en"), why };
}

export interface RejectedRow {
  file: string;
  row: number;
  column: string;
  reason: string;
  /** The reason as a code (rendered in the reader's language); `reason` is its English. */
  why?: RowReason | TextReason;
  /** The cell text the reason quotes (see Problem.cell); never published as a field. */
  cell?: string;
}

export interface SkippedRow {
  file: string;
  row: number;
  reason: string;
  why?: SkipReason;
}

/** Per-file accounting: read = scored + rejected + skipped. */
export interface FileAccount {
  file: string;
  encoding: string;
  delimiter: string;
  read: number;
  scored: number;
  rejected: number;
  skipped: number;
  /** Skipped rows by reason (rows outside `--month` are only counted here). */
  skippedBy: Record<string, number>;
  /** For a table without a 日期/月份 column: its month and where that came from. */
  period?: string;
  periodFrom?: string;
}

/** A file (or sheet) under the exports that was not read, and why. */
export interface UnreadFile {
  file: string;
  reason: string;
  why?: UnreadReason;
}

/** A file not read: the reason's English words (the CLI's) and its code (the pages'). */
export function unreadFile(file: string, why: UnreadReason): UnreadFile {
  return { file, reason: reasonText(why, "en"), why };
}

/** The accounting of a file before (or instead of) reading any row. */
export function emptyAccount(file: string, encoding = ""): FileAccount {
  return {
    file,
    encoding,
    delimiter: "",
    read: 0,
    scored: 0,
    rejected: 0,
    skipped: 0,
    skippedBy: {},
  };
}

/** `file:row:column`, leaving out the parts that are unknown. */
export function problemWhere(p: Pick<Problem, "file" | "row" | "column">): string {
  return [p.file, p.row, p.column].filter((part) => part !== undefined && part !== "").join(":");
}

/** `file:row:column: message`, leaving out the parts that are unknown. */
export function formatProblem(p: Problem): string {
  const tag = p.severity === "warning" ? "warning: " : "";
  return `${problemWhere(p)}: ${tag}${p.message}`;
}
