/**
 * Why a row's numbers are refused, cell by cell (numeric-cells.ts): Excel's
 * time of day in a seconds column, a negative count, time or rate. Pure.
 */
import type { RowReason } from "../reasons/reason.ts";
import type { PlainCells } from "./byte-records.ts";
import { dayFractionClock } from "./day-fraction.ts";
import type { NumericCell } from "./numeric-plan.ts";

/** Why a row's numbers were refused: the cell (index in the record) and the reason. */
export interface CellError {
  cell: number;
  why: RowReason;
}

/** A bare seconds cell (not under (分)/(时), where a small number is minutes or hours) holding Excel's time of day. */
export function dayFractionError(
  n: NumericCell,
  plain: number,
  cells: readonly string[],
  lane: PlainCells | undefined,
): CellError | null {
  if (n.scale !== 1 || n.rated) return null;
  const clock = dayFractionClock(plain);
  if (clock === null) return null;
  // A cell the byte lane read as a number has no text in `cells` (whatever is there is another row's).
  const text = lane?.isPlain[n.cell] === 1 ? lane.textOf(n.cell) : (cells[n.cell] ?? "");
  return { cell: n.cell, why: { code: "day-fraction", clock, value: text || String(plain) } };
}

/** A negative value where only an amount may be one (a count, a time, a rate). */
export function negative(n: NumericCell, value: number, text: string): CellError | null {
  if (value >= 0 || n.kind === "amount") return null;
  return {
    cell: n.cell,
    why: { code: "negative", what: n.kind === "count" ? "count" : "value", value: text },
  };
}
