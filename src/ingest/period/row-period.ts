/**
 * A data row's period cell read: its date, or in a monthly file its month, or
 * why the text is neither. Dates and months repeat on every agent's row, so
 * each text is parsed once (bounded caches). Pure.
 */
import type { RowReason } from "../../reasons/reason.ts";
import { parseDate, parseMonth } from "../period-cells.ts";

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
  /** A month written without its year (`10月`: 10), which the table's period may give; else 0. */
  yearless: number;
}

export const invalidPeriod = (error: RowReason): RowPeriod => ({
  stamp: "",
  month: "",
  day: 0,
  error,
  yearless: 0,
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
      : { stamp: d.date, month: d.month, day: d.day, error: null, yearless: 0 };
  });
}

export function monthOf(text: string): RowPeriod {
  return cached(months, text, () => {
    const m = parseMonth(text);
    if ("yearless" in m)
      // An error until the table's period gives the year (see yearOf).
      return { ...invalidPeriod(noYear(text, m.yearless)), yearless: m.yearless };
    return "error" in m
      ? invalidPeriod(m.why)
      : { stamp: m.month, month: m.month, day: 0, error: null, yearless: 0 };
  });
}

/** Where a table's one period came from and its month ("file name '评分表-2026-10'", 2026-10). */
export interface TablePeriod {
  month: string;
  where: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

function noYear(text: string, month: number, period?: TablePeriod): RowReason {
  // The example takes the table's year, else none is known: the year is written as such.
  const year = period ? period.month.slice(0, 4) : "YYYY";
  return {
    code: "month-no-year",
    example: `${year}-${pad(month)}`,
    ...(period ? { period: { where: period.where, month: period.month } } : {}),
    value: text,
  };
}

/**
 * A month cell without its year (`10月`) in a table whose one period (file
 * name, sheet name, banner) is `period`: that period when it is the same
 * month, else refused — with the period named when it is another month (a
 * `9月` row in 评分表-2026-10 may as well be 2025-09), or as having no year
 * to take when the table has no one period.
 */
export function yearOf(p: RowPeriod, text: string, period: TablePeriod | null): RowPeriod {
  if (period && Number(period.month.slice(5)) === p.yearless)
    return { stamp: period.month, month: period.month, day: 0, error: null, yearless: 0 };
  return invalidPeriod(noYear(text, p.yearless, period ?? undefined));
}
