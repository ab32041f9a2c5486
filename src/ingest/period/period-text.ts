/**
 * Finds the period an export covers in free text: a banner line above the
 * header (`统计时间：2026-10-01 至 2026-10-31`, `日期范围 2026.10.01-2026.10.31`,
 * `2026年10月`), a file name (`售前-2026-10.xlsx`, `202610`,
 * `20261001-20261031`) or a sheet name. A lone date (a download stamp such as
 * `导出时间 2026-11-02`) is not a period. Pure.
 */

/** A month the text names, or a date range that is not one whole calendar month. */
export type PeriodFound =
  | { month: string; text: string }
  | { month?: undefined; text: string; notMonth: { from: string; to: string } };

const pad = (n: number) => String(n).padStart(2, "0");
const TIME = String.raw`(?:\s*[T ]?\s*\d{1,2}:\d{2}(?::\d{2})?)?`;
/** `2026-10-01`, `2026/10/1`, `2026.10.01`, `2026_10_01`, `2026年10月1日`, `20261001`. */
const DATE = String.raw`(\d{4})\s*(?:[-/._年]\s*(\d{1,2})\s*[-/._月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))${TIME}`;
/** Between a range's dates; `_` as file names join them (`客服绩效_2026-10-01_2026-10-31.xlsx`). */
const SEPARATOR = String.raw`\s*(?:至|到|~|～|–|—|-|_|to)\s*`;
const RANGE = new RegExp(String.raw`(?<!\d)${DATE}${SEPARATOR}${DATE}(?!\d)`, "i");
/**
 * `2026年10月` or `26年10月` (not followed by a day), `2026-10`, `2026.10`, `2026_10`, `202610`
 * (also after a dash: `客服绩效-202610`), but not six digits joined to other
 * digits: `20261102-200112` is a download stamp's date and time (20:01:12).
 */
const MONTHS = [
  /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/,
  // `26年10月客服数据`: a two-digit year, as people write it in Chinese, is 20YY.
  /(?<!\d)(\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/,
  /(?<!\d)(\d{4})[-/._](\d{1,2})(?!\d)(?![-/._]\d)/,
  /(?<!\d)(?<!\d[-_.\s])(\d{4})(\d{2})(?!\d)/,
];

interface Day {
  y: number;
  m: number;
  d: number;
}

function dayOf(y: string | undefined, m: string | undefined, d: string | undefined): Day | null {
  const day = { y: Number(y), m: Number(m), d: Number(d) };
  const real = new Date(Date.UTC(day.y, day.m - 1, day.d));
  return real.getUTCMonth() === day.m - 1 && real.getUTCDate() === day.d && day.y >= 2000
    ? day
    : null;
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;

function rangeIn(text: string): PeriodFound | null {
  const r = RANGE.exec(text);
  if (!r) return null;
  const from = dayOf(r[1], r[2] ?? r[4], r[3] ?? r[5]);
  const to = dayOf(r[6], r[7] ?? r[9], r[8] ?? r[10]);
  if (!from || !to) return null;
  const found = r[0].trim();
  if (from.y === to.y && from.m === to.m && from.d === 1 && to.d === lastDay(to.y, to.m))
    return { month: `${from.y}-${pad(from.m)}`, text: found };
  return { text: found, notMonth: { from: iso(from), to: iso(to) } };
}

function monthIn(text: string): PeriodFound | null {
  for (const pattern of MONTHS) {
    const m = pattern.exec(text);
    const y = Number(m?.[1]) + (m?.[1]?.length === 2 ? 2000 : 0);
    const mm = Number(m?.[2]);
    if (m && y >= 2000 && y < 2100 && mm >= 1 && mm <= 12)
      return { month: `${y}-${pad(mm)}`, text: m[0] };
  }
  return null;
}

/** The period a piece of text names: a date range first, else a month; null when it names none. */
export function periodIn(text: string): PeriodFound | null {
  return rangeIn(text) ?? monthIn(text);
}

/** `10月` not after a year (`10月评分表`): a month without the year it needs; null when the text names none. */
export function yearlessMonthIn(text: string): { month: number; text: string } | null {
  const m = /(?<![\d年])(\d{1,2})\s*月(?!\s*\d)/.exec(text);
  const mm = Number(m?.[1]);
  return m && mm >= 1 && mm <= 12 ? { month: mm, text: m[0] } : null;
}
