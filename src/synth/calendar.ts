/**
 * The shop's calendar: which months and days exist, and how busy each day is.
 * Chinese e-commerce has sharp peaks (双11 in November, 双12, 618 in June) and
 * a deep trough around the Spring Festival (2026-02-17), when couriers stop.
 */

export interface DayContext {
  /** `YYYY-MM-DD` */
  date: string;
  /** `YYYY-MM` */
  month: string;
  /** Multiplier of a normal day's customer volume. */
  volume: number;
  /** Multiplier of response times: agents are slower when queues are long. */
  slowdown: number;
  /** Chance that an agent has the day off. */
  offChance: number;
  /** A promotion month (Nov, Dec, Jun): seasonal agents behave differently. */
  peakMonth: boolean;
}

/** `count` consecutive months ending with `lastMonth` (`YYYY-MM`), oldest first. */
export function monthsEndingWith(lastMonth: string, count: number): string[] {
  const [year, month] = lastMonth.split("-").map(Number) as [number, number];
  const months: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return months;
}

export function daysOfMonth(month: string): string[] {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const length = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return Array.from({ length }, (_, i) => `${month}-${String(i + 1).padStart(2, "0")}`);
}

/** Days from the 2026 Spring Festival (正月初一, 2026-02-17); other years are not modelled. */
function springFestivalOffset(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse("2026-02-17T00:00:00Z")) / 864e5);
}

export function dayContext(date: string): DayContext {
  const month = date.slice(0, 7);
  const monthNumber = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  let volume = weekday === 0 || weekday === 6 ? 1.15 : 1;
  let slowdown = 1;
  let offChance = 0.14;
  if (monthNumber === 11 && day <= 11) {
    // 双11 pre-sale from late October, the rush builds to 3–5× on the 11th.
    volume *= 2.6 + (day / 11) * 2.2;
    slowdown = 1.4 + (day / 11) * 0.5;
    offChance = 0.02;
  } else if (monthNumber === 11 || (monthNumber === 12 && day <= 14)) {
    volume *= monthNumber === 12 && day === 12 ? 1.9 : 1.3;
    slowdown = 1.25;
    offChance = 0.08;
  } else if (monthNumber === 6 && day <= 18) {
    volume *= 1.5 + (day / 18) * 1.3; // 618
    slowdown = 1.2;
    offChance = 0.05;
  }
  const festival = springFestivalOffset(date);
  if (festival >= -7 && festival <= 8) {
    volume *= 0.25;
    offChance = 0.55;
  }
  const peakMonth = monthNumber === 11 || monthNumber === 12 || monthNumber === 6;
  return { date, month, volume, slowdown, offChance, peakMonth };
}
