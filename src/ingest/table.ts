/**
 * What every table shares once its header row is found, whether it came from
 * a CSV or a spreadsheet sheet: the header read (user mapping, platform
 * profile, catalogue), the agent column required, the period settled (a
 * 日期/月份 column, else the banner above the header, the sheet or file name,
 * or `--month`), then a RowReader to feed the rows to, and the table's result
 * once they are read.
 */

import type { ProblemReason } from "../reasons/reason.ts";
import type { FoldTarget } from "./fold.ts";
import type { FileColumns, HeaderMatcher } from "./header-rules.ts";
import { type Layout, mapHeader } from "./layout.ts";
import { resolvePeriod } from "./period/period-sources.ts";
import type { TablePeriod } from "./period/row-period.ts";
import { sheetDay } from "./period/sheet-day.ts";
import {
  type FileAccount,
  type Problem,
  problemOf,
  type RejectedRow,
  type SkippedRow,
} from "./problems.ts";
import type { ReadOptions } from "./read-options.ts";
import { REFUSED_LISTED } from "./row-outcomes.ts";
import { RowReader } from "./row-reader.ts";
import type { Spellings } from "./spellings.ts";
import { DATE_LIKE, type TableSigns } from "./table-signs.ts";

export interface FileIngest {
  account: FileAccount;
  layout: Layout | null;
  /** The header's reading: the platform profile matched and its weights. */
  columns: FileColumns | null;
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  problems: Problem[];
  /** Latest date or month read, and future ones rejected (see RowReader). */
  latest: string;
  futureRejects: number;
  /** Daily rates weighted by a column the user named: [rate column, weight column]. */
  explicitWeights: [string, string][];
  /** The fold slots the table's rows fill (its numeric columns): which columns it gives an agent-month. */
  slots: Int32Array;
  /** Every numeric column slot of its header, read or not (see RowValues.header). */
  header: Int32Array;
  /** Agent names as written (spellings.ts); none when the table could not be read. */
  spellings?: Spellings;
  /** How its rows are written, for the file's hints (table-signs.ts); none for a table not read. */
  signs?: TableSigns;
}

export interface TableOptions extends ReadOptions {
  /** `--month` given for this very file (named on the command line): a period source. */
  monthOfFile?: string;
  /** false: every line goes through the string parser, none through the byte lane (tests compare the two). */
  plainLines?: boolean;
}

export interface TableStart {
  /** The name in messages: the file, or `file#sheet`. */
  file: string;
  /** The file as `columns:` patterns see it (a workbook's sheets share it). */
  mappingFile: string;
  path: string;
  sheet?: string;
  /**
   * The workbook has several sheets named by days (9.1, 9.2 …): each such
   * sheet's rows are its day's. One sheet named `9.30` is rather the day the
   * month was exported, and the table keeps the file's period.
   */
  daySheets?: boolean;
  account: FileAccount;
  delimiter: string;
  /** 0-based record index of the header, its cells, and the records above it. */
  headerRecord: number;
  cells: readonly string[];
  above: readonly (readonly string[])[];
}

/** A table that could not be read at all: its (empty) accounting and one error. */
export function failed(file: string, account: FileAccount, why: ProblemReason): FileIngest {
  return {
    account,
    layout: null,
    columns: null,
    rejected: [],
    skipped: [],
    problems: [problemOf("error", file, why)],
    latest: "",
    futureRejects: 0,
    explicitWeights: [],
    slots: new Int32Array(0),
    header: new Int32Array(0),
  };
}

/** A table whose header was read: the reader for its rows, and why it is refused, if it is. */
export interface OpenTable {
  reader: RowReader;
  layout: Layout;
  columns: FileColumns;
  refused?: ProblemReason;
}

/**
 * Reads the header and settles the period: the reader for the rows. A table
 * that cannot be scored (no agent column, no period) is still read, so every
 * row is accounted for: its reader rejects each one for the table's reason.
 */
export function openTable(
  start: TableStart,
  matcher: HeaderMatcher,
  fold: FoldTarget,
  options: TableOptions,
): OpenTable {
  const { file, account } = start;
  const headerRow = start.headerRecord + 1;
  const columns = matcher.choose(start.mappingFile, start.cells);
  const layout: Layout = {
    delimiter: start.delimiter,
    headerRecord: start.headerRecord,
    ...mapHeader(file, start.cells, headerRow, columns.index, columns.mapped),
  };
  const refuse = (why: ProblemReason): OpenTable => ({
    reader: new RowReader(file, layout, fold, options, account, columns, "", why),
    layout,
    columns,
    refused: why,
  });
  const has = (id: string) => layout.columns.some((m) => m.column.id === id);
  if (!has("agent"))
    return refuse({
      code: "no-agent-column",
      row: headerRow,
      ...(start.sheet !== undefined ? { sheet: start.sheet } : {}),
    });
  // The period its name or banner gives (or --month): the table's month when no column gives one.
  const sources = {
    banner: start.above,
    bannerFirstRow: 1,
    path: start.path,
    ...(options.monthOfFile !== undefined ? { month: options.monthOfFile } : {}),
  };
  const named = () =>
    resolvePeriod({ ...sources, ...(start.sheet !== undefined ? { sheet: start.sheet } : {}) });
  // One sheet per day (9.1, 9月1日): the sheet's rows are that day's.
  const day =
    start.sheet !== undefined && start.daySheets === true && !has("date") && !has("month")
      ? sheetDay({ ...sources, sheet: start.sheet })
      : null;
  let fixedMonth = "";
  let tablePeriod: TablePeriod | null = null;
  if (has("month") && !has("date")) {
    // Cells name their month; one written without its year (`10月`) takes the table's, if one.
    const period = named();
    if (period !== null && "month" in period)
      tablePeriod = { month: period.month, where: period.from };
  } else if (day !== null) {
    if ("error" in day) return refuse(day.error);
    fixedMonth = day.date;
    account.period = day.date;
    account.periodFrom = day.from;
  } else if (!has("date")) {
    const period = named();
    if (period === null)
      return refuse({ code: "no-period", row: headerRow, sheet: start.sheet !== undefined });
    if ("error" in period) return refuse(period.error);
    fixedMonth = period.month;
    account.period = period.month;
    account.periodFrom = period.from;
  }
  const reader = new RowReader(
    file,
    layout,
    fold,
    options,
    account,
    columns,
    fixedMonth,
    undefined,
    tablePeriod,
  );
  if (fixedMonth !== "") {
    // Headers no column took that may hold the day, for the hint if agents repeat.
    const taken = new Set(layout.columns.map((m) => m.index));
    reader.signs.onePeriod.dateLike = start.cells
      .map((h, i) => (taken.has(i) ? "" : h.trim()))
      .filter((h) => h !== "" && DATE_LIKE.test(h));
  }
  return { reader, layout, columns };
}

/** The table's result once every row has gone through the reader. */
export function closeTable({ reader, layout, columns, refused }: OpenTable): FileIngest {
  if (refused)
    return {
      ...failed(reader.outcomes.account.file, reader.outcomes.account, refused),
      layout,
      columns,
      rejected: reader.outcomes.rejected,
      skipped: reader.outcomes.skipped,
      // The header's own problems (a duplicate column …) matter little beside this one.
      problems: [
        problemOf("error", reader.outcomes.account.file, refused),
        ...(reader.outcomes.refusedRows > REFUSED_LISTED
          ? [
              problemOf("warning", reader.outcomes.account.file, {
                code: "refused-rows",
                rows: reader.outcomes.refusedRows,
                listed: REFUSED_LISTED,
              }),
            ]
          : []),
        ...reader.outcomes.problems,
      ],
      spellings: reader.spellings(),
    };
  if (reader.outcomes.account.read === 0)
    reader.outcomes.problems.push(
      problemOf(
        "warning",
        reader.outcomes.account.file,
        { code: "header-only" },
        {
          row: layout.headerRecord + 1,
        },
      ),
    );
  return {
    account: reader.outcomes.account,
    layout,
    columns,
    rejected: reader.outcomes.rejected,
    skipped: reader.outcomes.skipped,
    problems: [...layout.problems, ...reader.outcomes.problems],
    latest: reader.latest,
    futureRejects: reader.futureRejects,
    explicitWeights: [...reader.explicitWeights],
    slots: reader.slots,
    header: reader.header,
    spellings: reader.spellings(),
    signs: reader.signs,
  };
}
