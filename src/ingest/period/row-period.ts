/**
 * A data row's period cell read: its date, or in a monthly file its month, or
 * why the text is neither. Dates and months repeat on every agent's row, so
 * each text is parsed once (bounded caches). Pure.
 */
import type { RowReason } from "../../reasons/reason.ts";
import { parseDate, parseMonth } from "../cells.ts";

/**
 * When a row is: its date (`YYYY-MM-DD`, day ≥ 1) or, in a monthly file, its
 * month (day 0); or why the cell is not one. One shape for both, as the
 * per-row check stays monomorphic.
 */
export interface RowPeriod {
  stamp: string;
  month: string;
  day: number;
  error: RowReason | null;
}

export const invalidPeriod = (error: RowReason): RowPeriod => ({
  stamp: "",
  month: "",
  day: 0,
  error,
});

const dates = new Map<string, RowPeriod>();
const months = new Map<string, RowPeriod>();

function cached(cache: Map<string, RowPeriod>, text: string, parse: () => RowPeriod): RowPeriod {
  let p = cache.get(text);
  if (!p) {
    p = parse();
    if (cache.size < 100_000) cache.set(text, p);
  }
  return p;
}

export function dateOf(text: string): RowPeriod {
  return cached(dates, text, () => {
    const d = parseDate(text);
    return "error" in d
      ? invalidPeriod(d.why)
      : { stamp: d.date, month: d.month, day: d.day, error: null };
  });
}

export function monthOf(text: string): RowPeriod {
  return cached(months, text, () => {
    const m = parseMonth(text);
    return "error" in m
      ? invalidPeriod(m.why)
      : { stamp: m.month, month: m.month, day: 0, error: null };
  });
}
