/**
 * How one file's numeric columns become a row's fold values: the plan is made
 * once per file (which cell fills which fold slot, what weights a daily time
 * or ratio, which part ≤ whole checks apply), then each row is parsed into
 * one reused scratch row. Pure.
 */

import type { LaneCells, PlainCells } from "./byte-records.ts";
import { type CellError, dayFractionError, negative } from "./cell-errors.ts";
import {
  type Cell,
  missingReason,
  parseNumber,
  parseRatio,
  parseSeconds,
  plainNumber,
} from "./cells.ts";
import type { InputColumn } from "./columns.ts";
import type { RowValues } from "./fold.ts";
import type { FileColumns } from "./header-rules.ts";
import type { Layout } from "./layout.ts";
import { type NumericCell, planNumericCells } from "./numeric-plan.ts";
import { parseRated } from "./rated-cells.ts";

export class NumericCells {
  /** The row last parsed, as the fold takes it (reused: read before the next parse). */
  readonly row: RowValues;
  private readonly numeric: NumericCell[];
  /** The numeric cells weighted by another column of the same row. */
  private readonly weighted: (NumericCell & { weight: number })[];
  /** Part ≤ whole checks this file can make: [part slot, whole slot, part id, whole id]. */
  private readonly parts: [number, number, string, string][];
  /** Daily rates weighted by a column other than their own denominator (the profile's or the user's): rate column → weight column. */
  readonly explicitWeights: Map<string, string>;
  /** Monthly-only inputs in a daily file: not folded; a value in one is the row's error. */
  private readonly monthlyOnly: { cell: number; header: string }[];
  /** A daily file: a day whose weight (or whole) is 0 makes its missing rate (or part) no gap. */
  private readonly daily: boolean;
  /**
   * Per numeric cell, what the byte lane's plain number needs (parse's first branch, on
   * arrays rather than the cells' objects: it runs for every cell of every row): its
   * cell and scale (its slot is in `row.slots`), and 1 where any plain number is simply
   * its value × scale (not a ratio or rated cell, whose text is read; not a daily ratio
   * refused its weight), 2 where a time under one second must first be checked (a time
   * of day, day-fraction.ts).
   */
  private readonly laneCell: Int32Array;
  private readonly laneScale: Float64Array;
  private readonly laneSimple: Uint8Array;

  constructor(
    file: string,
    layout: Layout,
    columns: readonly InputColumn[],
    daily: boolean,
    fileColumns?: FileColumns,
    scored?: ReadonlySet<string>,
  ) {
    this.daily = daily;
    const plan = planNumericCells(file, layout, columns, daily, fileColumns, scored);
    this.numeric = plan.numeric;
    this.monthlyOnly = plan.monthlyOnly;
    this.parts = plan.parts;
    this.explicitWeights = plan.explicitWeights;
    this.weighted = this.numeric.filter(
      (n): n is NumericCell & { weight: number } => typeof n.weight === "number",
    );
    this.laneCell = Int32Array.from(this.numeric, (c) => c.cell);
    this.laneScale = Float64Array.from(this.numeric, (c) => c.scale);
    this.laneSimple = Uint8Array.from(this.numeric, (c) =>
      c.kind === "ratio" || c.rated || c.weight === "refused" ? 0 : c.kind === "seconds" ? 2 : 1,
    );
    const n = columns.length;
    this.row = {
      slots: Int32Array.from(this.numeric, (c) => c.slot),
      header: Int32Array.from(plan.header),
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
    const simple = this.laneSimple;
    for (let i = 0; i < numeric.length; i++) {
      // The byte lane's plain number (≥ 0) in a count, amount or time column: as below, sooner.
      if (lane !== undefined && simple[i] !== 0) {
        const c = this.laneCell[i] as number;
        const plain = lane.value[c] as number;
        if (lane.isPlain[c] === 1 && (plain >= 1 || simple[i] === 1)) {
          const slot = s.slots[i] as number;
          s.values[slot] = plain * (this.laneScale[i] as number);
          s.weights[slot] = 1;
          s.missing[slot] = 0;
          continue;
        }
      }
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
      if (plain >= 0) {
        if (plain < 1 && n.kind === "seconds") {
          const bad = dayFractionError(n, plain, cells, lane);
          if (bad) return bad;
        }
        value = plain * n.scale;
      } else {
        const cell = n.lastText === text ? (n.lastCell as Cell) : this.parseCell(n, text);
        if ("error" in cell) return { cell: n.cell, why: cell.why };
        if (!cell.ok) {
          s.missing[n.slot] = 1;
          s.reasons[n.slot] = cell.missing;
          continue;
        }
        const bad = negative(n, cell.value, text);
        if (bad) return bad;
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
      if (n.cell === first.cell) continue;
      const text = cells[n.cell] ?? "";
      // A cell the byte lane read as a plain number is good (and its text was not decoded),
      // unless it is a time of day in a seconds column.
      const plain =
        lane?.isPlain[n.cell] === 1
          ? (lane.value[n.cell] as number)
          : !n.rated && n.kind !== "ratio"
            ? (plainNumber(text) ?? -1)
            : -1;
      if (plain >= 0 || lane?.isPlain[n.cell] === 1) {
        const bad = n.kind === "seconds" ? dayFractionError(n, plain, cells, lane) : null;
        if (bad) out.push(bad);
        continue;
      }
      const cell = this.parseCell(n, text);
      const bad =
        "error" in cell
          ? { cell: n.cell, why: cell.why }
          : cell.ok
            ? negative(n, cell.value, text)
            : null;
      if (bad) out.push(bad);
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

  /**
   * Some cell the schemes read holds a digit (ASCII or full-width): the row may
   * carry a value. False for a note line under a table (数据说明：…), a
   * signature line (考核人：…) or a group title in another column.
   */
  anyDigit(cells: readonly string[], lane?: PlainCells): boolean {
    for (const n of this.numeric) {
      if (lane !== undefined && lane.isPlain[n.cell] === 1) return true;
      if (/[0-9\uFF10-\uFF19]/.test(cells[n.cell] ?? "")) return true;
    }
    return false;
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
