/**
 * Period cells: a date (`2026-10-01`, `2026年10月1日`, `20261001`) or a month
 * (`2026-10`, `10月`, `Oct-26`) as exports and rating sheets write them. Pure.
 */

import type { RowReason } from "../reasons/reason.ts";
import { failed, typedText } from "./cells.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** English month names, as English Excel shows a month (`Oct-26`, `October 2026`): whole, or their first 3 letters (and `Sept`). */
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
/** `Oct-26` (Excel's `mmm-yy`), `Oct 2026`, `October 2026`, `Sept-2026`; a two-digit year only after a hyphen (`Oct 26` may be the 26th). */
const ENGLISH_MONTH = /^([a-z]{3,9})\.?(?:-(\d{2})|[\s\-/.]*(\d{4}))$/i;

/** A month cell: its month, a month without its year (`10月`: the table's period gives it), or why it is neither. */
export type MonthCell =
  | { month: string }
  | { yearless: number }
  | { error: string; why: RowReason };

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * `YYYY-MM`, `YYYY/MM`, `YYYY年M月(份)`, `YYYYMM`, `Oct-26`, `October 2026`,
 * full-width or Excel-wrapped → `YYYY-MM`; a date that is the 1st or the
 * last day of its month (Excel stores a typed month as its 1st; a period
 * is often dated by its end) is that month, any other day is refused (it is
 * more likely the day the sheet was filled in than the month it rates);
 * `10月` alone is `{ yearless: 10 }`. An error names the bad text.
 */
export function parseMonth(text: string): MonthCell {
  const t = typedText(text);
  const m = /^(\d{4})\s*(?:([-/.年])\s*(\d{1,2})\s*(?:月份?)?|(\d{2}))$/.exec(t);
  if (m) {
    // Excel keeps a month typed 2026.10 as the number 2026.1: January or October, no one can tell.
    if (m[2] === "." && m[3] === "1" && !t.endsWith("月") && !t.endsWith("份"))
      return failed({ code: "ambiguous-month", value: text });
    const mm = Number(m[3] ?? m[4]);
    if (mm < 1 || mm > 12) return failed({ code: "invalid-month", value: text });
    return { month: `${m[1]}-${pad(mm)}` };
  }
  const alone = /^(\d{1,2})\s*月份?$/.exec(t);
  if (alone) {
    const mm = Number(alone[1]);
    return mm >= 1 && mm <= 12 ? { yearless: mm } : failed({ code: "invalid-month", value: text });
  }
  const english = ENGLISH_MONTH.exec(t);
  if (english) {
    const name = (english[1] as string).toLowerCase();
    const at = MONTH_NAMES.findIndex(
      (n) => name === n || name === n.slice(0, 3) || (name === "sept" && n === "september"),
    );
    if (at >= 0) {
      const year = english[2] !== undefined ? `20${english[2]}` : (english[3] as string);
      return { month: `${year}-${pad(at + 1)}` };
    }
    return failed({ code: "invalid-month", value: text });
  }
  const date = parseDate(t);
  if ("error" in date) return failed({ code: "invalid-month", value: text });
  const [y, mo] = date.month.split("-").map(Number) as [number, number];
  if (date.day === 1 || date.day === lastDay(y, mo)) return { month: date.month };
  return failed({ code: "month-is-date", month: date.month, value: text });
}

/** A time after the date, as databases and help desks write it (`00:00:00.000` too): ignored. */
const TIME_PART = /[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?$/;
/** A weekday after the date (`2026-09-10 周四`, `(星期四)`): checked against the date, then ignored. */
const WEEKDAY_PART = /\s*[(（]?(?:周|星期|礼拜)([日天一二三四五六])[)）]?$/;
const WEEKDAYS = "日一二三四五六";
const weekdayOf = (date: Date) => WEEKDAYS[date.getUTCDay()] as string;
/** The weekday a WEEKDAY_PART names, 天 read as 日 (周天 = 周日). */
const named = (part: RegExpExecArray) => (part[1] === "天" ? "日" : (part[1] as string));

/**
 * For a date cell refused because its weekday is not the date's
 * (`2026-09-10 周三`): the date's own weekday (`四`); else null.
 */
export function wrongWeekday(text: string): string | null {
  const t = typedText(text).replace(TIME_PART, "");
  const weekday = WEEKDAY_PART.exec(t);
  if (!weekday) return null;
  const date = parseDate(t.slice(0, weekday.index));
  if ("error" in date) return null;
  const [y, m, d] = date.date.split("-").map(Number) as [number, number, number];
  const own = weekdayOf(new Date(Date.UTC(y, m - 1, d)));
  return own === named(weekday) ? null : own;
}

/**
 * `YYYY-MM-DD`, `YYYY/M/D`, `YYYY年M月D日`, `YYYYMMDD` (full-width or
 * Excel-wrapped too), with an optional time part and weekday ignored (a
 * weekday that is not the date's makes the date invalid: one of them is
 * mistyped).
 */
export function parseDate(
  text: string,
): { date: string; month: string; day: number } | { error: string; why: RowReason } {
  let t = typedText(text).replace(TIME_PART, "");
  const weekday = WEEKDAY_PART.exec(t);
  if (weekday) t = t.slice(0, weekday.index).replace(TIME_PART, "");
  const m = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(t);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2] ?? m?.[4]);
  const d = Number(m?.[3] ?? m?.[5]);
  const real = new Date(Date.UTC(y, mo - 1, d));
  if (
    !m ||
    real.getUTCMonth() !== mo - 1 ||
    real.getUTCDate() !== d ||
    (weekday && weekdayOf(real) !== named(weekday))
  ) {
    return failed({ code: "invalid-date", value: text });
  }
  const month = `${y}-${pad(mo)}`;
  return { date: `${month}-${pad(d)}`, month, day: d };
}
