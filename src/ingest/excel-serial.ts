/**
 * Excel's serial day numbers (1900 date system) as dates: what a date cell
 * holds when its column is formatted General (`46119` for 2026-04-07, with a
 * time `46119.375`). 1990-01-01 to 2099-12-31 only: a number outside is more
 * likely a typo than a date. Pure.
 */

const SERIAL_MIN = 32_874;
const SERIAL_MAX = 73_050;
/** Excel's day 0, as Excel counts (its 1900-02-29 that never was is before the range). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a serial day number written as text (`46119`, `46119.375`), or null. */
export function serialDay(text: string): string | null {
  if (!/^\d{5}(?:\.\d+)?$/.test(text)) return null;
  const serial = Math.floor(Number(text));
  if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return new Date(SERIAL_EPOCH + serial * DAY_MS).toISOString().slice(0, 10);
}
