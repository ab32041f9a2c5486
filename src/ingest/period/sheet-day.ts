/**
 * A sheet named by a day — one sheet per day, as a team keeps a month by
 * hand (`9.1`, `9月1日`, `0901`, `2026-09-01`) — in a table without a 日期
 * column: its rows are that day's. Read as the whole month (the file name's)
 * every sheet after the first was a duplicate of it, and the first one day
 * stood for the month. A day without its year (or month: `1日`) takes the one
 * month the other sources name (banner, file name, --month), which must be
 * the day's. Pure.
 */
import type { ProblemReason } from "../../reasons/reason.ts";
import { parseDate } from "../period-cells.ts";
import { type PeriodInputs, resolvePeriod } from "./period-sources.ts";

export type SheetDay = { date: string; from: string } | { error: ProblemReason };

/** `9.1`, `9-1`, `9/1`, `9月1日`, `9月1号`; and `0901` (a month 01–12 first). */
const YEARLESS = /^(\d{1,2})\s*(?:[.\-/]|月)\s*(\d{1,2})\s*[日号]?$/;
const MMDD = /^(0[1-9]|1[0-2])(\d{2})$/;
/** `1日`, `1号`: the day alone, its month the file's. */
const DAY_ONLY = /^(\d{1,2})\s*[日号]$/;

const pad = (n: number) => String(n).padStart(2, "0");

function dayIn(name: string): { y?: number; m?: number; d: number } | null {
  const full = parseDate(name);
  if ("date" in full) {
    const [y, m, d] = full.date.split("-").map(Number) as [number, number, number];
    return { y, m, d };
  }
  const alone = DAY_ONLY.exec(name);
  if (alone) return Number(alone[1]) >= 1 ? { d: Number(alone[1]) } : null;
  const r = YEARLESS.exec(name) ?? MMDD.exec(name);
  if (!r) return null;
  const m = Number(r[1]);
  const d = Number(r[2]);
  return m >= 1 && m <= 12 && d >= 1 ? { m, d } : null;
}

/** The name is a day's (`9.1`, `9月1日`, `0901`, `2026-09-01`, `1日`). */
export const isDayName = (name: string): boolean => dayIn(name.trim()) !== null;

const real = (y: number, m: number, d: number) =>
  new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;

/** The day a sheet's name gives its rows, or why it cannot; null when the name is no day. */
export function sheetDay(inputs: PeriodInputs & { sheet: string }): SheetDay | null {
  const name = inputs.sheet.trim();
  const day = dayIn(name);
  if (!day) return null;
  const where = `sheet name '${name}'`;
  const { sheet: _, ...rest } = inputs;
  const others = resolvePeriod(rest);
  if (others !== null && "error" in others) return others;
  let year = day.y;
  let month = day.m;
  if (others !== null) {
    const oy = Number(others.month.slice(0, 4));
    const om = Number(others.month.slice(5));
    if ((month !== undefined && om !== month) || (year !== undefined && year !== oy))
      return {
        error: {
          code: "period-conflict",
          first: { where, month: `${year ?? oy}-${pad(month ?? om)}` },
          other: { where: others.from, month: others.month },
        },
      };
    year = oy;
    month = om;
  }
  if (year === undefined || month === undefined) return { error: { code: "day-no-year", where } };
  if (!real(year, month, day.d)) return null;
  const date = `${year}-${pad(month)}-${pad(day.d)}`;
  return { date, from: others === null ? where : `${where}, ${others.from}` };
}
