/**
 * What becomes of a row that gives a day (or month) an earlier row of the
 * same agent already gave (fold-repeat.ts finds it): a summary sheet's line
 * over the days its workbook's other sheets gave is skipped; anything else
 * is a duplicate, rejected naming the earlier place, the columns the two
 * share when not all, and what to do about a hidden sheet or a shared rating
 * template. Pure.
 */
import type { RowReason } from "../reasons/reason.ts";
import type { InputColumn } from "./columns.ts";
import type { Duplicate } from "./fold.ts";
import type { ReadOptions } from "./read-options.ts";

const SUMMARY_SHEET_ROW = "summary sheet row (the workbook's other sheets give its month)";

export class DuplicateRows {
  private readonly file: string;
  private readonly columns: readonly InputColumn[];
  /** Column id → the header this file wrote it with, for messages. */
  private readonly headerById: ReadonlyMap<string, string>;
  private readonly options: Pick<ReadOptions, "summaryOf" | "hiddenSheets">;

  constructor(
    file: string,
    columns: readonly InputColumn[],
    headerById: ReadonlyMap<string, string>,
    options: Pick<ReadOptions, "summaryOf" | "hiddenSheets">,
  ) {
    this.file = file;
    this.columns = columns;
    this.headerById = headerById;
    this.options = options;
  }

  /** The row's outcome, given the earlier place `first` of its day (`day` 0: a monthly row). */
  outcome(
    first: Duplicate,
    slots: ArrayLike<number>,
    agent: string,
    month: string,
    day: number,
  ): { skip: string } | { reject: RowReason } {
    const allColumns = first.slots.length === slots.length;
    // Only a month's line over the days another sheet gave: two monthly rows of one
    // agent-month (售前组 and 售后组合计 sheets) are still a duplicate, whatever the sheet's name.
    if (first.daily && day === 0 && this.summarises(first.file, allColumns))
      return { skip: SUMMARY_SHEET_ROW };
    const when = day === 0 ? month : `${month}-${String(day).padStart(2, "0")}`;
    // Naming the columns helps when the earlier file shares only some of those this row gives
    // (a second rating sheet); a row that repeats all of them (the same file twice) needs none.
    const columns = allColumns ? [] : first.slots.map((c) => this.headerOfSlot(c));
    const hidden = this.hiddenOf(first.file);
    return {
      reject: {
        code: "duplicate",
        agent,
        when,
        columns,
        at: `${first.file}:${first.row}`,
        ...(hidden.length > 0 && { hidden }),
        ...(allColumns && first.file !== this.file && this.ratedOnly(slots) && { template: true }),
      },
    };
  }

  /** A summary sheet's row that another sheet of its workbook gave in full. */
  private summarises(earlier: string, allColumns: boolean): boolean {
    const book = this.options.summaryOf;
    return (
      book !== undefined && allColumns && earlier.startsWith(`${book}#`) && earlier !== this.file
    );
  }

  /** The hidden sheets' names among this table and the earlier place (a sheet of the same workbook). */
  private hiddenOf(earlier: string): string[] {
    const hidden = this.options.hiddenSheets;
    if (!hidden?.length) return [];
    return [...new Set([this.file, earlier])]
      .filter((f) => hidden.includes(f))
      .map((f) => f.slice(f.indexOf("#") + 1));
  }

  /** Every column of the row is a scheme's rated input: a rating sheet, not an export. */
  private ratedOnly(slots: ArrayLike<number>): boolean {
    for (let i = 0; i < slots.length; i++)
      if (!this.columns[slots[i] as number]?.rated) return false;
    return slots.length > 0;
  }

  /** The header this file gave a fold slot, for messages. */
  private headerOfSlot(slot: number): string {
    const id = this.columns[slot]?.id;
    return this.headerById.get(id ?? "") ?? id ?? "";
  }
}
