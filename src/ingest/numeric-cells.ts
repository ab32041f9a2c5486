/**
 * How one file's numeric columns become a row's fold values: the plan is made
 * once per file (which cell fills which fold slot, what weights a daily time
 * or ratio, which part ≤ whole checks apply), then each row is parsed into
 * one reused scratch row. Pure.
 */

import type { ProblemReason, RowReason } from "../reasons/reason.ts";
import type { LaneCells, PlainCells } from "./byte-records.ts";
import {
  type Cell,
  missingReason,
  parseNumber,
  parseRatio,
  parseSeconds,
  plainNumber,
} from "./cells.ts";
import type { ColumnKind, InputColumn } from "./columns.ts";
import type { RowValues } from "./fold.ts";
import { isAveraged } from "./fold-finish.ts";
import type { FileColumns } from "./header-rules.ts";
import type { Layout } from "./layout.ts";
import { problemOf } from "./problems.ts";
import { parseRated } from "./rated-cells.ts";

interface NumericCell {
  cell: number;
  slot: number;
  kind: ColumnKind;
  /** A scheme's rated input: checked against its kind and range. */
  rated: InputColumn | null;
  percent: boolean;
  /** Seconds per bare number of a time column (`(分)` 60, `(时)` 3600). */
  scale: number;
  /** A ratio allowed past 100% (答问比). */
  unbounded: boolean;
  /** Daily weight: the fold slot of the denominator column, "day" (weight 1), or refused (daily ratio without denominator). */
  weight: number | "day" | "refused";
  /**
   * The last text read the slow way and what it gave, unless an error: a
   * column's dash or percentage repeats row after row (the parsers are pure).
   */
  lastText: string | undefined;
  lastCell: Cell | undefined;
}

/** Part ≤ whole checks: a row breaking one cannot be real. */
const PARTS: readonly [string, string][] = [
  ["paid_buyers", "inquiries"],
  ["satisfied_reviews", "reviews"],
  ["replied_customers", "received_customers"],
  ["replied_3min", "manual_consults"],
  ["dissatisfied_reviews", "reviews"],
  ["first_contact_resolved", "received_customers"],
];

/** Why a row's numbers were refused: the cell (index in the record) and the reason. */
export interface CellError {
  cell: number;
  why: RowReason;
}

export class NumericCells {
  /** The row last parsed, as the fold takes it (reused: read before the next parse). */
  readonly row: RowValues;
  private readonly numeric: NumericCell[] = [];
  /** The numeric cells weighted by another column of the same row. */
  private readonly weighted: (NumericCell & { weight: number })[];
  /** Part ≤ whole checks this file can make: [part slot, whole slot, part id, whole id]. */
  private readonly parts: [number, number, string, string][];
  /** Daily rates weighted by a column other than their own denominator (the profile's or the user's): rate column → weight column. */
  readonly explicitWeights = new Map<string, string>();
  /** Monthly-only inputs in a daily file: not folded; a value in one is the row's error. */
  private readonly monthlyOnly: { cell: number; header: string }[] = [];
  /** A daily file: a day whose weight (or whole) is 0 makes its missing rate (or part) no gap. */
  private readonly daily: boolean;

  /**
   * Daily files weight times and ratios by their denominator, else by the
   * column the platform's profile counts the rate over, else by one the user
   * named; a warning goes to `layout.problems` where none is present.
   */
  constructor(
    file: string,
    layout: Layout,
    columns: readonly InputColumn[],
    daily: boolean,
    fileColumns?: FileColumns,
    scored?: ReadonlySet<string>,
  ) {
    this.daily = daily;
    const cellOf = new Map(layout.columns.map((m) => [m.column.id, m.index]));
    const slotOf = new Map(columns.map((c, i) => [c.id, i]));
    const present = (id: string | undefined) =>
      id !== undefined && cellOf.has(id) && slotOf.has(id) ? id : undefined;
    const averaged = (column: InputColumn) =>
      daily && isAveraged(column) && column.kind !== "score";
    // The platform's own definition first, then the catalogue's denominator, then the user's choice.
    const weightOf = (column: InputColumn) =>
      present(fileColumns?.weights[column.id]) ??
      present(column.weightBy) ??
      present(fileColumns?.explicitWeights[column.id]);
    // The columns read: those scored, and what a scored daily rate is weighted by.
    const read = scored === undefined ? undefined : new Set(scored);
    if (read)
      for (const m of layout.columns) {
        const by = scored?.has(m.column.id) && averaged(m.column) ? weightOf(m.column) : undefined;
        if (by !== undefined) read.add(by);
      }
    const header: number[] = [];
    for (const m of layout.columns) {
      const slot = slotOf.get(m.column.id);
      const kind = m.column.kind;
      if (slot === undefined || kind === "text" || kind === "date" || kind === "month") continue;
      if (daily && m.column.monthly) {
        this.monthlyOnly.push({ cell: m.index, header: m.header });
        continue;
      }
      header.push(slot);
      if (read && !read.has(m.column.id)) continue;
      let weight: NumericCell["weight"] = "day";
      if (averaged(m.column)) {
        const id = m.column.id;
        const by = weightOf(m.column);
        if (by !== undefined) {
          weight = slotOf.get(by) as number;
          // Weighted by anything but the rate's own denominator (the platform's or the
          // user's choice), the month is an approximation the pages must name.
          if (by !== present(m.column.weightBy)) this.explicitWeights.set(id, by);
        } else if (kind === "ratio" || kind === "amount") weight = "refused";
      }
      if (weight === "refused") {
        const why: ProblemReason = {
          code: "daily-ratio-unweighted",
          column: m.column.id,
          denominator: String(m.column.weightBy),
        };
        layout.problems.push(
          problemOf("warning", file, why, { row: layout.headerRecord + 1, column: m.header }),
        );
      }
      const rated = m.column.rated ? m.column : null;
      this.numeric.push({
        cell: m.index,
        slot,
        kind,
        rated,
        percent: m.percent,
        scale: m.scale,
        unbounded: m.column.unbounded === true,
        weight,
        lastText: undefined,
        lastCell: undefined,
      });
    }
    this.weighted = this.numeric.filter(
      (n): n is NumericCell & { weight: number } => typeof n.weight === "number",
    );
    // Only between columns this file reads: a part or whole passed over has no value here.
    const reads = new Set(this.numeric.map((n) => n.slot));
    this.parts = PARTS.flatMap(([part, whole]) => {
      const p = slotOf.get(part);
      const w = slotOf.get(whole);
      const both = read
        ? reads.has(p ?? -1) && reads.has(w ?? -1)
        : cellOf.has(part) && cellOf.has(whole);
      return p !== undefined && w !== undefined && both
        ? [[p, w, part, whole] as [number, number, string, string]]
        : [];
    });
    const n = columns.length;
    this.row = {
      slots: Int32Array.from(this.numeric, (c) => c.slot),
      header: Int32Array.from(header),
      values: new Float64Array(n),
      weights: new Float64Array(n),
      missing: new Uint8Array(n),
      reasons: new Array<string | undefined>(n),
    };
  }

  /**
   * The cells a byte reader may give as plain numbers (counts, amounts and
   * times: a ratio or a rated cell is read from its text), and those it must
   * give as text.
   */
  laneCells(): LaneCells {
    const plain = this.numeric.filter((n) => n.kind !== "ratio" && !n.rated).map((n) => n.cell);
    const text = [
      ...this.monthlyOnly.map((m) => m.cell),
      ...this.numeric.filter((n) => !plain.includes(n.cell)).map((n) => n.cell),
    ];
    return { plain, text };
  }

  /**
   * Parses every numeric cell into `row`; the first bad cell, or null when the
   * row is good. `lane`: the cells a byte reader already read as plain numbers.
   */
  parse(cells: readonly string[], lane?: PlainCells): CellError | null {
    const s = this.row;
    const numeric = this.numeric;
    for (let i = 0; i < this.monthlyOnly.length; i++) {
      const m = this.monthlyOnly[i] as { cell: number; header: string };
      const text = cells[m.cell] ?? "";
      if (missingReason(text) === null)
        return {
          cell: m.cell,
          why: { code: "monthly-only", header: m.header, value: text },
        };
    }
    // Every path below sets the slot's missing flag, so the scratch row needs no reset.
    for (let i = 0; i < numeric.length; i++) {
      const n = numeric[i] as NumericCell;
      const text = cells[n.cell] ?? "";
      // Fast path, no allocation: a plain non-negative number in a count/amount/seconds column
      // (−1 for none: a number-or-null would box every value).
      const plain =
        n.kind === "ratio" || n.rated
          ? -1
          : lane !== undefined && lane.isPlain[n.cell] === 1
            ? (lane.value[n.cell] as number)
            : (plainNumber(text) ?? -1);
      let value: number;
      if (plain >= 0) value = plain * n.scale;
      else {
        const cell = n.lastText === text ? (n.lastCell as Cell) : this.parseCell(n, text);
        if ("error" in cell) return { cell: n.cell, why: cell.why };
        if (!cell.ok) {
          s.missing[n.slot] = 1;
          s.reasons[n.slot] = cell.missing;
          continue;
        }
        if (cell.value < 0 && n.kind !== "amount") {
          const what = n.kind === "count" ? "count" : "value";
          return { cell: n.cell, why: { code: "negative", what, value: text } };
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
    // Parts first: a part a zero whole makes 0 may be a rate's weight (支付人数 for 客单价).
    if (this.parts.length > 0) {
      const bad = this.checkParts();
      if (bad) return bad;
    }
    // Weights come from the same row's denominator column, already parsed above.
    for (let i = 0; i < this.weighted.length; i++) {
      const n = this.weighted[i] as NumericCell & { weight: number };
      if (s.missing[n.weight] === 1) {
        // No weight: a gap, whether the value is there or not (its own reason, if any, kept).
        if (s.missing[n.slot] === 0) {
          s.missing[n.slot] = 1;
          s.reasons[n.slot] = undefined;
        }
      } else if (s.missing[n.slot] === 0) s.weights[n.slot] = s.values[n.weight] ?? 0;
      else if (s.values[n.weight] === 0) {
        // A day weighing 0 adds 0 to both sums whatever its value: the platform's `-` for a
        // day without customers is no gap. Weight > 0 and no value stays a gap.
        s.values[n.slot] = 0;
        s.weights[n.slot] = 0;
        s.missing[n.slot] = 0;
      }
    }
    return null;
  }

  /**
   * The row's other bad cells after `first` (parse stops at the first): a
   * hand-typed line with three mistakes is said in full at once, not one
   * mistake per run. Only rejected rows come here.
   */
  otherErrors(cells: readonly string[], first: CellError, lane?: PlainCells): CellError[] {
    const out: CellError[] = [];
    for (const n of this.numeric) {
      // A cell the byte lane read as a plain number is good (and its text was not decoded).
      if (n.cell === first.cell || lane?.isPlain[n.cell] === 1) continue;
      const text = cells[n.cell] ?? "";
      if (!n.rated && n.kind !== "ratio" && (plainNumber(text) ?? -1) >= 0) continue;
      const cell = this.parseCell(n, text);
      if ("error" in cell) out.push({ cell: n.cell, why: cell.why });
      else if (cell.ok && cell.value < 0 && n.kind !== "amount")
        out.push({
          cell: n.cell,
          why: { code: "negative", what: n.kind === "count" ? "count" : "value", value: text },
        });
    }
    return out;
  }

  /**
   * Every cell the schemes read is empty (not a dash or a platform's notice:
   * those say why a value is missing): a leaver's line on a rating sheet, a
   * group's title row. False for a file that reads no column at all.
   */
  noValues(cells: readonly string[], lane?: PlainCells): boolean {
    const numeric = this.numeric;
    if (numeric.length === 0) return false;
    for (let i = 0; i < numeric.length; i++) {
      const c = (numeric[i] as NumericCell).cell;
      if (lane !== undefined && lane.isPlain[c] === 1) return false;
      if ((cells[c] ?? "").trim() !== "") return false;
    }
    return true;
  }

  /** A cell the fast path did not read; kept for the next row unless it is an error (whose reason a rejected row takes). */
  private parseCell(n: NumericCell, text: string): Cell {
    const cell = n.rated
      ? parseRated(text, n.rated, n.percent)
      : n.kind === "seconds"
        ? parseSeconds(text, n.scale)
        : n.kind === "ratio"
          ? parseRatio(text, n.percent, n.unbounded)
          : parseNumber(text, n.kind);
    if (!("error" in cell)) {
      n.lastText = text;
      n.lastCell = cell;
    }
    return cell;
  }

  /**
   * Checks part ≤ whole. A missing part of a whole that is 0 on a day is 0
   * (a count ≤ 0), so the day adds 0 to both sums of the ratio and is no gap.
   */
  private checkParts(): CellError | null {
    const s = this.row;
    for (const [p, w, part, whole] of this.parts) {
      if (s.missing[w] === 1) continue;
      if (s.missing[p] === 1) {
        if (s.values[w] === 0 && this.daily) {
          s.values[p] = 0;
          s.weights[p] = 1;
          s.missing[p] = 0;
        }
        continue;
      }
      const pv = s.values[p] ?? 0;
      const wv = s.values[w] ?? 0;
      if (pv > wv) {
        const cell = this.numeric.find((n) => n.slot === p)?.cell ?? -1;
        return {
          cell,
          why: { code: "part-above-whole", part, partValue: pv, whole, wholeValue: wv },
        };
      }
    }
    return null;
  }
}
