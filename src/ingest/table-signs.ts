/**
 * Signs that a table is written in a way the tool does not read, for one hint
 * per file beside the row-by-row problems that cannot say why: dates with the
 * day and month before the year (`09/13/2026`, whose order is never guessed),
 * an agent's day on several rows (a log of conversations or tickets, not
 * a per-agent report), and an agent on several rows of a table whose one
 * period is its name's (a day column the tool does not know, such as 时间). The reader counts them as it reads the rows; a file
 * parsed in ranges adds its ranges' signs up (mergeSigns), and the run turns
 * them into the file's hints (signProblems). Counts only, no row kept. Pure.
 */
import type { ProblemReason } from "../reasons/reason.ts";
import { typedText } from "./cells.ts";
import type { Entry } from "./fold-entry.ts";
import { type Problem, problemOf } from "./problems.ts";

/**
 * Date cells refused that read as numbers a/b/year (`09/13/2026`, `13.09.2026`,
 * with a time after them or not): how many, the first one, the first whose
 * second number is over 12 (only month/day/year fits it) and the first whose
 * first number is (only day/month/year fits it), "" for none.
 */
export interface DateOrderSign {
  rows: number;
  example: string;
  monthFirst: string;
  dayFirst: string;
  /** The date column: its header as written and its position (1 = the first). */
  column: string;
  col: number;
}

/**
 * Dated rows (with an agent and a date of the table's, scored or rejected for
 * their cells): how many, how many of them repeat an agent and day an earlier
 * one gave, and the first such agent and date.
 */
export interface RepeatSign {
  dated: number;
  rows: number;
  agent: string;
  date: string;
}

/**
 * A table whose one period comes from outside it (file or sheet name, banner):
 * its agent rows, how many repeat an agent it gave before, the first such
 * agent and the period; and its headers that may name a day no known column
 * does (时间, 日期时间 …), for the hint.
 */
export interface OnePeriodSign {
  given: number;
  rows: number;
  agent: string;
  period: string;
  dateLike: string[];
}

export interface TableSigns {
  dateOrder: DateOrderSign | null;
  repeats: RepeatSign;
  onePeriod: OnePeriodSign;
}

export const noSigns = (): TableSigns => ({
  dateOrder: null,
  repeats: { dated: 0, rows: 0, agent: "", date: "" },
  onePeriod: { given: 0, rows: 0, agent: "", period: "", dateLike: [] },
});

/**
 * Headers no column took that may hold each row's day: 时间, 统计时间, 日期时间,
 * 时间段, Day, Date time … — the whole header, so that a duration (平均会话时间,
 * Handle time) is never offered as the day.
 */
export const DATE_LIKE =
  /^(?:统计|数据|业务|会话|接待|报表)?(?:时间|日期|时段|时间段|日期时间)(?:\s*[(（].*[)）])?$|^(?:date|day|time|date\s*time|datetime|period)$/i;

/** An agent row of a one-period table; `repeat` when the table gave the agent before. */
export function noteOnePeriod(
  signs: TableSigns,
  repeat: boolean,
  agent: string,
  period: string,
): void {
  const o = signs.onePeriod;
  o.given++;
  if (repeat && o.rows++ === 0) {
    o.agent = agent;
    o.period = period;
  }
}

const NUMBERS_THEN_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:[ T].*)?$/;

/** A date cell the reader refused: counted when its day and month come before the year. */
export function noteBadDate(signs: TableSigns, text: string, column: string, col: number): void {
  const m = NUMBERS_THEN_YEAR.exec(typedText(text).trim());
  if (!m) return;
  const a = Number(m[1]);
  const b = Number(m[2]);
  // 0 or over 31 is no day, and 13/13 no date at all: another mistake, said row by row.
  if (a === 0 || b === 0 || a > 31 || b > 31 || (a > 12 && b > 12)) return;
  signs.dateOrder ??= { rows: 0, example: text, monthFirst: "", dayFirst: "", column, col };
  const sign = signs.dateOrder;
  sign.rows++;
  if (b > 12 && sign.monthFirst === "") sign.monthFirst = text;
  if (a > 12 && sign.dayFirst === "") sign.dayFirst = text;
}

/**
 * A dated row of the agent-month `entry` (of the table's own fold, whose
 * `seen` holds the days its rows named), day `day` ≥ 1 on `date`.
 */
export function noteDay(
  signs: TableSigns,
  entry: Entry,
  day: number,
  agent: string,
  date: string,
): void {
  const r = signs.repeats;
  r.dated++;
  const bit = 1 << (day - 1);
  if ((entry.seen & bit) === 0) entry.seen |= bit;
  else if (r.rows++ === 0) {
    r.agent = agent;
    r.date = date;
  }
}

/** The signs of a file's ranges, in file order, as one sequential read would count them. */
export function mergeSigns(first: TableSigns, next: TableSigns): TableSigns {
  const a = first.dateOrder;
  const b = next.dateOrder;
  const r = first.repeats;
  const s = next.repeats;
  return {
    dateOrder:
      a && b
        ? {
            ...a,
            rows: a.rows + b.rows,
            monthFirst: a.monthFirst || b.monthFirst,
            dayFirst: a.dayFirst || b.dayFirst,
          }
        : (a ?? b),
    repeats: {
      dated: r.dated + s.dated,
      rows: r.rows + s.rows,
      ...(r.rows > 0 ? { agent: r.agent, date: r.date } : { agent: s.agent, date: s.date }),
    },
    onePeriod: {
      ...(first.onePeriod.rows > 0 ? first.onePeriod : next.onePeriod),
      given: first.onePeriod.given + next.onePeriod.given,
      rows: first.onePeriod.rows + next.onePeriod.rows,
      dateLike: first.onePeriod.dateLike,
    },
  };
}

/**
 * A log rather than a report: at least 3 rows, and a tenth of its dated rows,
 * repeat an agent's day (an export repeating a day by mistake has its
 * duplicate rows' own errors; a log repeats most of its days).
 */
export const isLog = (r: RepeatSign): boolean => r.rows >= 3 && r.rows * 10 >= r.dated;

/** The file's hints: one warning per sign, after its rows' own problems. */
export function signProblems(file: string, signs: TableSigns | undefined): Problem[] {
  if (!signs) return [];
  const out: Problem[] = [];
  const r = signs.repeats;
  if (isLog(r))
    out.push(
      problemOf("warning", file, {
        code: "repeated-days",
        rows: r.rows,
        dated: r.dated,
        agent: r.agent,
        date: r.date,
      }),
    );
  const o = signs.onePeriod;
  // The same threshold as a log's: a stray repeat is said at its row, a table of them here.
  if (o.rows >= 3 && o.rows * 10 >= o.given)
    out.push(
      problemOf("warning", file, {
        code: "repeated-agents",
        rows: o.rows,
        given: o.given,
        agent: o.agent,
        period: o.period,
        dateLike: o.dateLike,
      }),
    );
  const d = signs.dateOrder;
  if (!d) return out;
  const order: Extract<ProblemReason, { code: "date-order" }>["order"] =
    d.monthFirst && d.dayFirst
      ? "both"
      : d.monthFirst
        ? "month-first"
        : d.dayFirst
          ? "day-first"
          : "either";
  const example =
    order === "month-first" ? d.monthFirst : order === "day-first" ? d.dayFirst : d.example;
  out.push(
    problemOf(
      "warning",
      file,
      { code: "date-order", rows: d.rows, example: example.trim(), order },
      { column: d.column, ...(d.col > 0 ? { col: d.col } : {}) },
    ),
  );
  return out;
}
