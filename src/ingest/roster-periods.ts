/**
 * A roster row per period: an agent who moves from 售前 to 售后 in July, or to
 * another team, is listed again with a `from` month, and that row's role and
 * team hold from that month on. Without it the roster's one role re-scored
 * every earlier month with the new role's scheme. Pure.
 */
import { parseMonth } from "./period-cells.ts";
import { rosterDate } from "./roster.ts";

/** The role and team of one roster row, from its `from` month on. */
export interface RosterPeriod {
  /** `YYYY-MM`. */
  from: string;
  role?: string;
  team?: string;
  /** The roster row (header = row 1). */
  row: number;
}

/** What the roster says of an agent in one month. */
export interface RosterAt {
  role?: string;
  team?: string;
  row?: number;
}

/**
 * A `from` cell as `YYYY-MM`: a month (`2026-07`, `2026/7`, `2026年7月`) or a
 * date in any roster form (`2026-07-01`, `2026/7/1`, Excel's serial day)
 * whose month it is; null when it is neither.
 */
export function rosterFrom(text: string): string | null {
  const month = parseMonth(text);
  if ("month" in month) return month.month;
  // A date in the middle of a month (a move on the 15th): the month it starts in.
  return rosterDate(text)?.slice(0, 7) ?? null;
}

/**
 * The role and team in force in `month`: the first row (without `from`, or
 * the earliest) holds before them all, then each period from its `from` on;
 * a period that leaves its role or team empty keeps the one before it.
 * `periods` are in month order, after the first row's `from` (parseRoster
 * sorts the rows, which may be listed in any order): no copy or sort here,
 * as this runs once per agent-month.
 */
export function rosterAt(
  entry: {
    role?: string;
    team?: string;
    row?: number;
    periods?: readonly RosterPeriod[];
  },
  month: string,
): RosterAt {
  const at: RosterAt = {};
  if (entry.role !== undefined) at.role = entry.role;
  if (entry.team !== undefined) at.team = entry.team;
  if (entry.row !== undefined) at.row = entry.row;
  for (const p of entry.periods ?? []) {
    if (p.from > month) break;
    if (p.role !== undefined) at.role = p.role;
    if (p.team !== undefined) at.team = p.team;
    at.row = p.row;
  }
  return at;
}

/**
 * Whether the roster has the agent in `month`, and if not which side of its
 * window the month is on: before `joined`, after `left`, or wholly between a
 * leaving and a coming back (`left`, dated by that leaving). Dates are
 * compared by month: a part of a month is in. The one window the window
 * check, the no-data check and `template` all read.
 */
export function rosterOutside(
  entry: { joined?: string; left?: string; away?: readonly { left: string; back: string }[] },
  month: string,
): { side: "joined" | "left"; date: string } | null {
  const gone = entry.away?.find((a) => month > a.left.slice(0, 7) && month < a.back.slice(0, 7));
  if (gone) return { side: "left", date: gone.left };
  if (entry.joined !== undefined && month < entry.joined.slice(0, 7))
    return { side: "joined", date: entry.joined };
  if (entry.left !== undefined && month > entry.left.slice(0, 7))
    return { side: "left", date: entry.left };
  return null;
}
