/**
 * A duration cell that holds Excel's time of day as a bare number: `00:00:21`
 * stored as 0.000243… of a day, whose cell lost its `[h]:mm:ss` format (a
 * column set to General, values pasted as numbers, a report writer that
 * formats nothing). Read as seconds it is a response time of 0.0002 s, the
 * best band without a word; so such a cell is refused, naming the clock
 * time it holds. Pure.
 */

const SECONDS_PER_DAY = 86_400;

/**
 * The clock text (`00:00:21`) when `value`, a bare number of seconds, is
 * rather a fraction of a day: more than 0 and under an hour's fraction
 * (1/24), with more than two decimals, and a whole number of seconds once
 * multiplied by 86,400 (to the precision Excel's General format and a CSV
 * save keep). No agent answers or
 * handles a contact in under 0.042 s, so a real value is never taken for one.
 */
export function dayFractionClock(value: number): string | null {
  if (!(value > 0 && value < 1 / 24)) return null;
  // Two decimals or fewer (0.04) is a number someone wrote, not a time's fraction.
  if (Math.abs(value * 100 - Math.round(value * 100)) < 1e-9) return null;
  const seconds = value * SECONDS_PER_DAY;
  const whole = Math.round(seconds);
  if (whole < 1 || Math.abs(seconds - whole) > 1e-3) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
}
