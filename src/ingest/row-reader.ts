/**
 * Turns the records of one file (after its header) into folded agent-months,
 * rejecting or skipping each bad row with a reason. Pure: records come in as
 * string arrays, whoever parsed them. The numeric cells are NumericCells'.
 */

import type { ProblemReason, RowReason } from "../reasons/reason.ts";
import { reasonText } from "../reasons/reason-text.ts";
import { AgentCells } from "./agent-cells.ts";
import type { LaneCells, PlainCells } from "./byte-records.ts";
import { formulaText } from "./cells.ts";
import { DuplicateRows } from "./duplicate-row.ts";
import { isEncoding } from "./encoding.ts";
import type { FoldTarget, Position } from "./fold.ts";
import type { FileColumns } from "./header-rules.ts";
import { type Layout, type MappedColumn, namesItsColumn } from "./layout.ts";
import { summaryPeriodReason } from "./non-agent-rows.ts";
import { NumericCells } from "./numeric-cells.ts";
import { textPastHeader } from "./past-header.ts";
import {
  dateOf,
  invalidPeriod,
  monthOf,
  type RowPeriod,
  type TablePeriod,
  yearOf,
} from "./period/row-period.ts";
import type { FileAccount } from "./problems.ts";
import type { ReadOptions } from "./read-options.ts";
import { RowOutcomes } from "./row-outcomes.ts";
import type { Spellings } from "./spellings.ts";
import { noSigns, noteBadDate, noteDay, noteOnePeriod, type TableSigns } from "./table-signs.ts";

const NOTE = "note line (no agent, date or number)";
const HEADER_AGAIN = "the header again (files joined into one, or a second header row)";

function isBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if ((cells[i] as string).trim() !== "") return false;
  return true;
}

export class RowReader {
  /** Each row's outcome: rejected or skipped with its reason, and the file's counts. */
  readonly outcomes: RowOutcomes;
  /** The latest date (or month) read, and how many were in the future: a cached parse stays valid while today is past both. */
  latest = "";
  futureRejects = 0;
  /** What the file's rows say about how it is written, for its hints (table-signs.ts). */
  readonly signs: TableSigns = noSigns();
  private lastPeriodText: string | undefined;
  private lastPeriod: RowPeriod = invalidPeriod({ code: "invalid-date", value: "" });
  private readonly fold: FoldTarget;
  private readonly options: ReadOptions;
  private readonly numbers: NumericCells;
  /** Daily rates this file weights by a column the user named (see NumericCells). */
  get explicitWeights(): ReadonlyMap<string, string> {
    return this.numbers.explicitWeights;
  }
  private readonly agentCell: number;
  /** The date cell of a daily file, else the month cell; -1 when the period is outside the table. */
  private readonly periodCell: number;
  /** The month of a table without a period column (from its banner, name or `--month`). */
  private readonly fixedMonth: string;
  /** A month column's table: the one period its name or banner gives, for a month written without its year. */
  private readonly tablePeriod: TablePeriod | null;
  private readonly daily: boolean;
  private readonly roleCell: number;
  private readonly headers: Map<number, string>;
  /** Cell index → its column, for a header row that comes again (namesItsColumn). */
  private readonly columnOf: Map<number, MappedColumn>;
  /** A row that repeats an earlier one's day: skipped or rejected (duplicate-row.ts). */
  private readonly duplicates: DuplicateRows;
  /** The agent cells: each text checked once (agent-cells.ts). */
  private readonly agents: AgentCells;
  /** The row being added (the fold reads it and keeps nothing of it). */
  private readonly at: Position;
  /**
   * Why the whole table is refused (no agent column, no period): its rows are
   * still read, each rejected for that reason, so the file's counts add up.
   * The table's one problem says why; its rows add none of their own.
   */
  private readonly refusal: { why: RowReason; reason: string } | undefined;
  /** The header's cells, for a text file's records (0: not checked; see checkWidth). */
  private width = 0;

  constructor(
    file: string,
    layout: Layout,
    fold: FoldTarget,
    options: ReadOptions,
    account: FileAccount,
    columns?: FileColumns,
    fixedMonth = "",
    refusal?: ProblemReason,
    tablePeriod: TablePeriod | null = null,
  ) {
    this.at = { file, row: 0 };
    this.fold = fold;
    this.options = options;
    const cellOf = new Map(layout.columns.map((m) => [m.column.id, m.index]));
    this.headers = new Map(layout.columns.map((m) => [m.index, m.header]));
    this.columnOf = new Map(layout.columns.map((m) => [m.index, m]));
    this.outcomes = new RowOutcomes(file, this.headers, account);
    const headerById = new Map(layout.columns.map((m) => [m.column.id, m.header]));
    this.duplicates = new DuplicateRows(file, fold.columns, headerById, options);
    this.agentCell = cellOf.get("agent") ?? -1;
    const agentHeader = this.headers.get(this.agentCell) ?? "";
    this.agents = new AgentCells(
      file,
      this.agentCell,
      agentHeader,
      fold,
      options.rosterAgents,
      options.aliases,
      isEncoding(account.encoding) ? account.encoding : "",
    );
    const dateCell = cellOf.get("date") ?? -1;
    // A day a sheet's name gives (sheet-day.ts) makes daily rows as a 日期 column does.
    this.daily = dateCell >= 0 || /^\d{4}-\d{2}-\d{2}$/.test(fixedMonth);
    this.periodCell = this.daily ? dateCell : (cellOf.get("month") ?? -1);
    this.fixedMonth = fixedMonth;
    this.tablePeriod = tablePeriod;
    if (refusal) {
      const why: RowReason = { code: "table-refused", why: refusal };
      this.refusal = { why, reason: reasonText(why, "en") };
    }
    this.roleCell = cellOf.get("role") ?? -1;
    this.numbers = new NumericCells(
      file,
      layout,
      fold.columns,
      this.daily,
      columns,
      options.scored === undefined ? undefined : new Set(options.scored),
    );
  }

  /** The fold slots this file's rows fill. */
  get slots(): Int32Array {
    return this.numbers.row.slots;
  }

  /** Every numeric column slot of the header, read or not. */
  get header(): Int32Array {
    return this.numbers.row.header;
  }

  /** The cells `read` looks at, for a byte reader that decodes only those (byte-records.ts). */
  laneCells(): LaneCells {
    if (this.refusal) return { plain: [], text: [] };
    const own = [this.agentCell, this.periodCell, this.roleCell].filter((c) => c >= 0);
    const numbers = this.numbers.laneCells();
    const text = [...new Set([...own, ...numbers.text])];
    return { plain: numbers.plain, text, ...(this.width > 0 ? { width: this.width } : {}) };
  }

  /**
   * Rejects a record with text in a cell past the header's `width` cells: in
   * a text file, a delimiter that is not quoted (`6,022.91`) shifts every cell
   * after it, and the row would be scored on its neighbours' numbers. (A
   * workbook's cells cannot shift: a note beside its table is not checked.)
   */
  checkWidth(width: number): void {
    this.width = width;
  }

  /** The agent names as this table wrote them (see spellings.ts). */
  spellings(): Spellings {
    return this.agents.spellings();
  }

  /** A record the parser could not close (unclosed quote): read, and rejected. */
  readBroken(row: number, why: RowReason): void {
    this.outcomes.account.read++;
    this.outcomes.reject(row, -1, why);
  }

  /** The row's date or month; rows come grouped by day, so the previous row's is usually it. */
  private period(text: string): RowPeriod {
    if (text !== this.lastPeriodText) {
      this.lastPeriodText = text;
      const p = this.daily ? dateOf(text) : monthOf(text);
      this.lastPeriod = p.yearless === 0 ? p : yearOf(p, text, this.tablePeriod);
    }
    return this.lastPeriod;
  }

  /**
   * One data record; `row` is its spreadsheet row number. True when it was
   * scored. `lane`: a byte reader's record, whose plain numeric cells are
   * already numbers and whose other unread cells are not decoded.
   */
  read(cells: readonly string[], row: number, lane?: PlainCells): boolean {
    this.outcomes.account.read++;
    if (lane ? lane.blank : isBlank(cells)) return this.outcomes.skip(row, "blank row");
    if (this.refusal) return this.outcomes.refuse(row, this.refusal);
    const rawAgent = cells[this.agentCell] ?? "";
    const periodText = this.periodCell >= 0 ? (cells[this.periodCell] ?? "") : this.fixedMonth;
    const id = lane?.ids[this.agentCell] ?? -1;
    const known = this.agents.read(rawAgent, periodText, row, id);
    if (!("agent" in known)) {
      if (known.skip !== undefined) return this.outcomes.skip(row, known.skip);
      if (known.reject !== undefined)
        return this.outcomes.reject(row, this.agentCell, known.reject);
      // No date of the table's and no digit to score: a 数据说明 or 考核人 line, not a lost row.
      const dated = this.periodCell >= 0 && this.period(periodText).error === null;
      if (!dated && !this.numbers.anyDigit(cells, lane)) return this.outcomes.skip(row, NOTE);
      return this.outcomes.reject(row, this.agentCell, { code: "agent-empty" });
    }
    const agent = known.agent;
    const past = this.width === 0 ? -1 : lane ? lane.beyond : textPastHeader(cells, this.width);
    if (past >= 0)
      return this.outcomes.reject(row, past, {
        code: "extra-cells",
        cells: lane ? lane.count : cells.length,
        header: this.width,
        value: lane ? lane.textOf(past) : (cells[past] as string),
      });
    // Before the period: a group's title row (售前二组, nothing else) has none, and needs none.
    // A daily row with its date is a day, though: its empty cells are gaps in the month.
    if ((!this.daily || periodText.trim() === "") && this.numbers.noValues(cells, lane))
      return this.outcomes.skip(row, "no values (every scored cell empty)");
    const p = this.period(periodText);
    if (p.error !== null) {
      const { columnOf } = this;
      if (
        namesItsColumn(rawAgent, columnOf.get(this.agentCell)) &&
        namesItsColumn(periodText, columnOf.get(this.periodCell))
      )
        return this.outcomes.skip(row, HEADER_AGAIN);
      const summary = summaryPeriodReason(periodText); // an agent's 月汇总 / 小计 line: no day
      if (summary !== null) return this.outcomes.skip(row, summary);
      if (p.error.code === "invalid-date")
        noteBadDate(
          this.signs,
          periodText,
          this.headers.get(this.periodCell) ?? "",
          this.periodCell + 1,
        );
      return this.outcomes.reject(row, this.periodCell, p.error);
    }
    if (p.stamp > this.latest) this.latest = p.stamp;
    const today = this.options.today;
    if (p.stamp > (this.daily ? today : today.slice(0, 7))) {
      this.futureRejects++;
      const what = this.daily ? "date" : "month";
      return this.outcomes.reject(row, this.periodCell, {
        code: "future",
        what,
        stamp: p.stamp,
        today,
      });
    }
    const { month, day } = p;
    if (this.options.month !== undefined && month !== this.options.month)
      return this.outcomes.skip(row, "outside --month", false);
    const entry = this.agents.entryOf(known, month);
    // Whatever its cells hold: a log's rows are most often rejected for them (满意 in a rate).
    if (day !== 0) noteDay(this.signs, entry, day, agent, p.stamp);
    const bad = this.numbers.parse(cells, lane);
    if (bad) {
      this.outcomes.reject(row, bad.cell, bad.why);
      for (const more of this.numbers.otherErrors(cells, bad, lane))
        this.outcomes.alsoBad(row, more.cell, more.why);
      // The agent-month loses this day: with --allow-invalid it must not pass for complete.
      this.fold.taint(entry);
      return false;
    }
    const slots = this.numbers.row.slots;
    const first = this.fold.duplicateOf(entry, day, slots);
    // A table whose one period is its name's: an agent on two rows of it is a sign (table-signs.ts).
    if (this.periodCell < 0)
      noteOnePeriod(this.signs, first?.file === this.at.file, agent, p.stamp);
    if (first) {
      const repeat = this.duplicates.outcome(first, slots, agent, month, day);
      if ("skip" in repeat) return this.outcomes.skip(row, repeat.skip);
      // Nothing of the row is scored (its other columns neither): the month lost what it gave.
      this.fold.taint(entry);
      return this.outcomes.reject(row, this.agentCell, repeat.reject);
    }
    const role =
      this.roleCell >= 0 ? formulaText(cells[this.roleCell] ?? "").trim() || undefined : undefined;
    this.at.row = row;
    this.fold.add(entry, day, this.at, role, this.numbers.row);
    this.outcomes.account.scored++;
    return true;
  }
}
