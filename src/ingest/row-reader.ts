/**
 * Turns the records of one file (after its header) into folded agent-months,
 * rejecting or skipping each bad row with a reason. Pure: records come in as
 * string arrays, whoever parsed them.
 */
import {
  parseDate,
  parseMonth,
  parseNumber,
  parseRatio,
  parseSeconds,
  plainNumber,
  quote,
} from "./cells.ts";
import type { ColumnKind } from "./columns.ts";
import { type FoldTarget, isAveraged, type RowValues } from "./fold.ts";
import type { Layout } from "./layout.ts";
import { nonAgentReason } from "./non-agent-rows.ts";
import type { FileAccount, Problem, RejectedRow, SkippedRow } from "./problems.ts";

export interface ReadOptions {
  /** `YYYY-MM-DD`; dates after it are rejected. */
  today: string;
  /** Only this `YYYY-MM`; other rows are counted as skipped. */
  month?: string;
}

interface NumericCell {
  cell: number;
  slot: number;
  kind: ColumnKind;
  header: string;
  percent: boolean;
  /** Daily weight: the fold slot of the denominator column, "day" (weight 1), or refused (daily ratio without denominator). */
  weight: number | "day" | "refused";
}

const MAX_AGENT_LENGTH = 200;
/** Part ≤ whole checks: a row breaking one cannot be real. */
const PARTS: readonly [string, string][] = [
  ["paid_buyers", "inquiries"],
  ["satisfied_reviews", "reviews"],
  ["replied_customers", "received_customers"],
];

const dates = new Map<string, ReturnType<typeof parseDate>>();
/** Dates repeat on every agent's row: parse each text once (bounded cache). */
function cachedDate(text: string): ReturnType<typeof parseDate> {
  let d = dates.get(text);
  if (!d) {
    d = parseDate(text);
    if (dates.size < 100_000) dates.set(text, d);
  }
  return d;
}

function isBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if ((cells[i] as string).trim() !== "") return false;
  return true;
}

export class RowReader {
  readonly account: FileAccount;
  readonly rejected: RejectedRow[] = [];
  readonly skipped: SkippedRow[] = [];
  readonly problems: Problem[] = [];
  /** The latest date (or month) read, and how many were in the future: a cached parse stays valid while today is past both. */
  latest = "";
  futureRejects = 0;
  private lastDateText: string | undefined;
  private lastDate: ReturnType<typeof parseDate> | undefined;
  private readonly file: string;
  private readonly fold: FoldTarget;
  private readonly options: ReadOptions;
  private readonly numeric: NumericCell[] = [];
  /** The numeric cells weighted by another column of the same row. */
  private readonly weighted: (NumericCell & { weight: number })[];
  private readonly agentCell: number;
  private readonly dateCell: number;
  private readonly monthCell: number;
  private readonly roleCell: number;
  private readonly headers: Map<number, string>;
  private readonly scratch: RowValues;
  private readonly slotOf: Map<string, number>;
  /** Part ≤ whole checks this file can make: [part slot, whole slot, part id, whole id]. */
  private readonly parts: [number, number, string, string][];

  constructor(
    file: string,
    layout: Layout,
    fold: FoldTarget,
    options: ReadOptions,
    account: FileAccount,
  ) {
    this.file = file;
    this.fold = fold;
    this.options = options;
    this.account = account;
    const cellOf = new Map(layout.columns.map((m) => [m.column.id, m.index]));
    this.headers = new Map(layout.columns.map((m) => [m.index, m.header]));
    this.slotOf = new Map(fold.columns.map((c, i) => [c.id, i]));
    this.agentCell = cellOf.get("agent") ?? -1;
    this.dateCell = cellOf.get("date") ?? -1;
    this.monthCell = cellOf.get("month") ?? -1;
    this.roleCell = cellOf.get("role") ?? -1;
    const daily = this.dateCell >= 0;
    for (const m of layout.columns) {
      const slot = this.slotOf.get(m.column.id);
      const kind = m.column.kind;
      if (slot === undefined || kind === "text" || kind === "date" || kind === "month") continue;
      let weight: NumericCell["weight"] = "day";
      if (daily && isAveraged(m.column)) {
        const by = m.column.weightBy === undefined ? undefined : this.slotOf.get(m.column.weightBy);
        if (by !== undefined && cellOf.has(m.column.weightBy ?? "")) weight = by;
        else if (kind === "ratio" || kind === "amount") weight = "refused";
      }
      if (weight === "refused") {
        layout.problems.push({
          severity: "warning",
          file,
          row: layout.headerRecord + 1,
          column: m.header,
          message: `daily ${m.column.id} given without its denominator column ${m.column.weightBy}: refused (daily ratios are never averaged)`,
        });
      }
      this.numeric.push({
        cell: m.index,
        slot,
        kind,
        header: m.header,
        percent: m.percent,
        weight,
      });
    }
    this.weighted = this.numeric.filter(
      (n): n is NumericCell & { weight: number } => typeof n.weight === "number",
    );
    this.parts = PARTS.flatMap(([part, whole]) => {
      const p = this.slotOf.get(part);
      const w = this.slotOf.get(whole);
      return p !== undefined && w !== undefined && cellOf.has(part) && cellOf.has(whole)
        ? [[p, w, part, whole] as [number, number, string, string]]
        : [];
    });
    const n = fold.columns.length;
    this.scratch = {
      slots: Int32Array.from(this.numeric, (c) => c.slot),
      values: new Float64Array(n),
      weights: new Float64Array(n),
      missing: new Uint8Array(n),
      reasons: new Array<string | undefined>(n),
    };
  }

  private reject(row: number, cell: number, reason: string): false {
    const column = this.headers.get(cell) ?? "";
    this.rejected.push({ file: this.file, row, column, reason });
    this.problems.push({ severity: "error", file: this.file, row, column, message: reason });
    this.account.rejected++;
    return false;
  }

  private skip(row: number, reason: string, listed = true): false {
    if (listed) this.skipped.push({ file: this.file, row, reason });
    this.account.skipped++;
    this.account.skippedBy[reason] = (this.account.skippedBy[reason] ?? 0) + 1;
    return false;
  }

  /** A record the parser could not close (unclosed quote): read, and rejected. */
  readBroken(row: number, reason: string): void {
    this.account.read++;
    this.reject(row, -1, reason);
  }

  /** One data record; `row` is its spreadsheet row number. True when it was scored. */
  read(cells: readonly string[], row: number): boolean {
    this.account.read++;
    if (isBlank(cells)) return this.skip(row, "blank row");
    const agent = (cells[this.agentCell] ?? "").trim();
    const nonAgent = nonAgentReason(agent, cells[this.dateCell] ?? cells[this.monthCell] ?? "");
    if (nonAgent) return this.skip(row, nonAgent);
    if (agent === "") return this.reject(row, this.agentCell, "agent is empty");
    if (agent.length > MAX_AGENT_LENGTH)
      return this.reject(
        row,
        this.agentCell,
        `agent name longer than ${MAX_AGENT_LENGTH} characters: ${quote(agent)}`,
      );
    let month: string;
    let day = 0;
    if (this.dateCell >= 0) {
      const text = cells[this.dateCell] ?? "";
      // Rows come grouped by day: the previous row's date is usually this one.
      if (text !== this.lastDateText) {
        this.lastDateText = text;
        this.lastDate = cachedDate(text);
      }
      const d = this.lastDate as ReturnType<typeof parseDate>;
      if ("error" in d) return this.reject(row, this.dateCell, d.error);
      if (d.date > this.latest) this.latest = d.date;
      if (d.date > this.options.today) {
        this.futureRejects++;
        return this.reject(
          row,
          this.dateCell,
          `date in the future: ${d.date} (today is ${this.options.today})`,
        );
      }
      month = d.month;
      day = d.day;
    } else {
      const m = parseMonth(cells[this.monthCell] ?? "");
      if ("error" in m) return this.reject(row, this.monthCell, m.error);
      if (m.month > this.latest) this.latest = m.month;
      if (m.month > this.options.today.slice(0, 7)) {
        this.futureRejects++;
        return this.reject(
          row,
          this.monthCell,
          `month in the future: ${m.month} (today is ${this.options.today})`,
        );
      }
      month = m.month;
    }
    if (this.options.month !== undefined && month !== this.options.month)
      return this.skip(row, "outside --month", false);
    if (!this.parseCells(cells, row)) {
      // The agent-month loses this day: with --allow-invalid it must not pass for complete.
      this.fold.taint(this.fold.entry(agent, month));
      return false;
    }
    const entry = this.fold.entry(agent, month);
    const first = this.fold.duplicateOf(entry, day);
    if (first) {
      const when = day === 0 ? month : `${month}-${String(day).padStart(2, "0")}`;
      return this.reject(
        row,
        this.agentCell,
        `duplicate: ${agent} ${when} already given at ${first.file}:${first.row}`,
      );
    }
    const role = this.roleCell >= 0 ? (cells[this.roleCell] ?? "").trim() || undefined : undefined;
    this.fold.add(entry, day, { file: this.file, row }, role, this.scratch);
    this.account.scored++;
    return true;
  }

  /** Parses every numeric cell into the scratch row; false (and rejected) on the first bad one. */
  private parseCells(cells: readonly string[], row: number): boolean {
    const s = this.scratch;
    const numeric = this.numeric;
    // Every path below sets the slot's missing flag, so the scratch row needs no reset.
    for (let i = 0; i < numeric.length; i++) {
      const n = numeric[i] as NumericCell;
      const text = cells[n.cell] ?? "";
      // Fast path, no allocation: a plain non-negative number in a count/amount/seconds column.
      const plain = n.kind === "ratio" ? null : plainNumber(text);
      let value: number;
      if (plain !== null && plain >= 0) value = plain;
      else {
        const cell =
          n.kind === "seconds"
            ? parseSeconds(text)
            : n.kind === "ratio"
              ? parseRatio(text, n.percent)
              : parseNumber(text);
        if ("error" in cell) return this.reject(row, n.cell, cell.error);
        if (!cell.ok) {
          s.missing[n.slot] = 1;
          s.reasons[n.slot] = cell.missing;
          continue;
        }
        if (cell.value < 0 && n.kind !== "amount") {
          return this.reject(
            row,
            n.cell,
            `negative ${n.kind === "count" ? "count" : "value"}: ${quote(text)}`,
          );
        }
        value = cell.value;
      }
      s.values[n.slot] = value;
      s.weights[n.slot] = 1;
      if (n.weight === "refused") {
        s.missing[n.slot] = 1;
        s.reasons[n.slot] = "daily ratio without its denominator";
      } else s.missing[n.slot] = 0;
    }
    // Weights come from the same row's denominator column, already parsed above.
    for (let i = 0; i < this.weighted.length; i++) {
      const n = this.weighted[i] as NumericCell & { weight: number };
      if (s.missing[n.slot] === 1) continue;
      if (s.missing[n.weight] === 1) {
        s.missing[n.slot] = 1;
        s.reasons[n.slot] = undefined;
      } else s.weights[n.slot] = s.values[n.weight] ?? 0;
    }
    return this.parts.length === 0 || this.checkParts(row);
  }

  private checkParts(row: number): boolean {
    const s = this.scratch;
    for (const [p, w, part, whole] of this.parts) {
      if (s.missing[p] === 1 || s.missing[w] === 1) continue;
      const pv = s.values[p] ?? 0;
      const wv = s.values[w] ?? 0;
      if (pv > wv) {
        const cell = this.numeric.find((n) => n.slot === p)?.cell ?? -1;
        return this.reject(row, cell, `${part} (${pv}) greater than ${whole} (${wv})`);
      }
    }
    return true;
  }
}
