/**
 * What became of each row of a table (pure): rejected with a reason (and a
 * problem naming file, row and column), skipped with a reason, and the file's
 * counts — read = scored + rejected + skipped.
 */
import type { RowReason, TextReason } from "../reasons/reason.ts";
import { reasonText, skipReasonOf } from "../reasons/reason-text.ts";
import type { FileAccount, Problem, RejectedRow, SkippedRow } from "./problems.ts";

/** A refused table's rows listed one by one; the rest are counted (see refuse). */
export const REFUSED_LISTED = 1000;

export class RowOutcomes {
  readonly rejected: RejectedRow[] = [];
  readonly skipped: SkippedRow[] = [];
  readonly problems: Problem[] = [];
  /** How many rows the table's refusal rejected (listed or not). */
  refusedRows = 0;

  private readonly file: string;
  /** Cell index → the header as written, for messages. */
  private readonly headers: ReadonlyMap<number, string>;
  readonly account: FileAccount;

  constructor(file: string, headers: ReadonlyMap<number, string>, account: FileAccount) {
    this.file = file;
    this.headers = headers;
    this.account = account;
  }

  /** Rejects with the reason's English words; its code is kept for the pages (reason.ts). */
  reject(row: number, cell: number, why: RowReason | TextReason): false {
    const { problem, short } = this.problemAt(row, cell, why);
    const rejected: RejectedRow = {
      file: this.file,
      row,
      column: problem.column ?? "",
      reason: problem.message,
      why: short,
    };
    if (problem.cell !== undefined) rejected.cell = problem.cell;
    this.rejected.push(rejected);
    this.account.rejected++;
    return false;
  }

  /** Another bad cell of a row already rejected: a problem of its own, the row counted once. */
  alsoBad(row: number, cell: number, why: RowReason): void {
    this.problemAt(row, cell, why);
  }

  /**
   * A row of a refused table: counted as rejected, no problem of its own, and
   * listed while fewer than REFUSED_LISTED are (a 2-million-row export with an
   * unknown agent header would otherwise hold a rejected row per line).
   */
  refuse(row: number, { why, reason }: { why: RowReason; reason: string }): false {
    if (this.refusedRows++ < REFUSED_LISTED)
      this.rejected.push({ file: this.file, row, column: "", reason, why });
    this.account.rejected++;
    return false;
  }

  skip(row: number, reason: string, listed = true): false {
    if (listed) {
      const why = skipReasonOf(reason);
      this.skipped.push(
        why ? { file: this.file, row, reason, why } : { file: this.file, row, reason },
      );
    }
    this.account.skipped++;
    this.account.skippedBy[reason] = (this.account.skippedBy[reason] ?? 0) + 1;
    return false;
  }

  /** The problem a bad cell makes, recorded; with the reason as kept (its quoted text cut short). */
  private problemAt(
    row: number,
    cell: number,
    why: RowReason | TextReason,
  ): { problem: Problem; short: RowReason | TextReason } {
    // The cell text the reason quotes, as much as `quote` shows: a 10 MB cell is not kept.
    const short =
      "value" in why && why.value.length > 41 ? { ...why, value: why.value.slice(0, 41) } : why;
    const problem: Problem = {
      severity: "error",
      file: this.file,
      row,
      column: this.headers.get(cell) ?? "",
      message: reasonText(short, "en"),
      ...(short.code === "text" ? {} : { why: short }),
    };
    if (cell >= 0) problem.col = cell + 1;
    // publish.ts removes it from published text under --pseudonymize.
    if ("value" in short && short.value !== "") problem.cell = short.value;
    this.problems.push(problem);
    return { problem, short };
  }
}
