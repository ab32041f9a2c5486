/**
 * Optional roster `data/roster.csv` (agent, display_name, role, team, joined,
 * left), decoded like any export. Gives role and team to agent-months.
 * `joined`/`left` are read as dates here, in any form an export's date cell
 * may take or as an Excel serial day number, and kept as `YYYY-MM-DD`: every
 * reader compares ISO dates.
 */
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { normaliseName, visibleText } from "./agent-name.ts";
import { missingReason, typedText } from "./cells.ts";
import { decodeBytes } from "./encoding.ts";
import { serialDay } from "./excel-serial.ts";
import { parseDate } from "./period-cells.ts";
import { type Problem, problemOf } from "./problems.ts";
import { aliasesOf } from "./roster-aliases.ts";
import { rosterColumns } from "./roster-headers.ts";
import { type RosterPeriod, rosterFrom, rosterOutside } from "./roster-periods.ts";

export interface RosterEntry {
  agent: string;
  displayName?: string;
  role?: string;
  team?: string;
  /** `YYYY-MM-DD`, whatever form the roster wrote it in. */
  joined?: string;
  /** `YYYY-MM-DD`, whatever form the roster wrote it in. */
  left?: string;
  /** The roster row the entry was read from (header = row 1). */
  row?: number;
  /** Other names the exports give this agent (a renamed sub-account), normalised. */
  aliases?: string[];
  /** `YYYY-MM`: the first row's own `from`, when it gives one. */
  from?: string;
  /** Times away between a `left` and a later row's `joined` (`YYYY-MM-DD` both): a leaver who came back. */
  away?: { left: string; back: string }[];
  /** Later rows of the agent, each from its `from` month on, in month order (roster-periods.ts). */
  periods?: RosterPeriod[];
}

/**
 * A roster date as `YYYY-MM-DD`: `2026-04-07`, `2026/4/7`, `2026.4.7`,
 * `2026年4月7日`, `20260407` (with a time after it, full-width or
 * Excel-wrapped: what an export's date cell may hold), or an Excel serial day
 * number (`46119`); null when it is none of them.
 */
export function rosterDate(text: string): string | null {
  const t = typedText(text);
  // A roster kept in Excel and saved as CSV with its date column General: a whole day number.
  if (/^\d{5}$/.test(t)) return serialDay(t);
  const date = parseDate(t);
  return "date" in date ? date.date : null;
}

const FIELDS = [
  "agent",
  "display_name",
  "role",
  "team",
  "joined",
  "left",
  "from",
  "aliases",
] as const;

/** One roster row of an agent, as read: its cells by field, and its `from` month ("" for none). */
interface RosterRow {
  row: number;
  from: string;
  get: (f: (typeof FIELDS)[number]) => string | undefined;
}

/** Parses roster text; a Map keyed by the agent exactly as exports write it. */
export function parseRoster(
  text: string,
  file: string,
): { roster: Map<string, RosterEntry>; problems: Problem[] } {
  const rows = Papa.parse<string[]>(text.trim()).data;
  const written = (rows[0] ?? []).map((h) => h.trim());
  const at = rosterColumns(written, FIELDS);
  const roster = new Map<string, RosterEntry>();
  const problems: Problem[] = [];
  if ((at.get("agent") ?? -1) < 0) {
    problems.push(problemOf("error", file, { code: "roster-no-agent" }, { row: 1 }));
    return { roster, problems };
  }
  const columnOf = (f: (typeof FIELDS)[number]) => at.get(f) ?? -1;
  // Every row of an agent first, by agent in the order agents first appear: the rows of
  // one agent may come in any order, and which is the first (display name, joined) and
  // which a duplicate is only known once all are read.
  const byAgent = new Map<string, RosterRow[]>();
  rows.slice(1).forEach((cells, i) => {
    const get = (f: (typeof FIELDS)[number]) => {
      const v = (cells[columnOf(f)] ?? "").trim();
      return v === "" ? undefined : v;
    };
    // Matched as exports' names are (agent-name.ts): the same spelling rules on both sides.
    const raw = get("agent");
    if (raw === undefined) return;
    const agent = normaliseName(raw);
    // A dash or N/A is an empty cell, as for joined and left: no from given.
    const fromText = get("from");
    const fromCell =
      fromText !== undefined && missingReason(fromText) !== null ? undefined : fromText;
    const from = fromCell === undefined ? undefined : (rosterFrom(fromCell) ?? undefined);
    if (fromCell !== undefined && from === undefined) {
      const c = columnOf("from");
      problems.push(
        problemOf(
          "error",
          file,
          { code: "roster-from", value: fromCell },
          { row: i + 2, column: written[c] || "from", col: c + 1, cell: fromCell },
        ),
      );
      return;
    }
    const list = byAgent.get(agent) ?? [];
    list.push({ row: i + 2, from: from ?? "", get });
    byAgent.set(agent, list);
  });
  /** A row's joined or left as `YYYY-MM-DD`; a cell that is no date is a warning and not used. */
  const dateOf = (r: RosterRow, side: "joined" | "left"): string | undefined => {
    const v = r.get(side);
    // A dash or N/A is an empty cell, as in an export: no date given.
    if (v === undefined || missingReason(v) !== null) return undefined;
    const date = rosterDate(v);
    if (date !== null) return date;
    // Not a date: said, and left out (a window check on a misread date would mislead).
    const c = columnOf(side);
    problems.push(
      problemOf(
        "warning",
        file,
        { code: "roster-date", side, value: v },
        { row: r.row, column: written[c] || side, col: c + 1, cell: v },
      ),
    );
    return undefined;
  };
  for (const [agent, list] of byAgent) {
    // Month order, the row without from first; a stable sort keeps rows of one from in file order.
    const sorted = [...list].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const used: RosterRow[] = [];
    for (const r of sorted) {
      const before = used[used.length - 1];
      if (before === undefined || before.from !== r.from) {
        used.push(r);
        continue;
      }
      // Two rows no from tells apart: the one read later is not used, naming the one read first.
      const reason = {
        code: "roster-duplicate" as const,
        agent,
        first: before.row,
        ...(r.from ? { from: r.from } : {}),
      };
      problems.push(
        problemOf("error", file, reason, { row: r.row, column: r.from ? "from" : "agent" }),
      );
    }
    const [base, ...later] = used as [RosterRow, ...RosterRow[]];
    const entry: RosterEntry = { agent, row: base.row, ...(base.from ? { from: base.from } : {}) };
    const set = (key: "displayName" | "role" | "team", f: (typeof FIELDS)[number]) => {
      const v = base.get(f);
      if (v !== undefined) entry[key] = visibleText(v);
    };
    set("displayName", "display_name");
    set("role", "role");
    set("team", "team");
    const aliases = used.flatMap((r) => aliasesOf(r.get("aliases") ?? ""));
    if (aliases.length > 0) entry.aliases = aliases;
    for (const side of ["joined", "left"] as const) {
      const date = dateOf(base, side);
      if (date !== undefined) entry[side] = date;
    }
    for (const r of later) addPeriod(entry, r, dateOf(r, "joined"), dateOf(r, "left"));
    roster.set(agent, entry);
  }
  // Display names are compared in file order of the agents' first rows: the later one is the warning.
  /** Display name → the first entry that gives it. */
  const shown = new Map<string, RosterEntry>();
  for (const entry of [...roster.values()].sort((a, b) => (a.row ?? 0) - (b.row ?? 0))) {
    const name = entry.displayName;
    if (name === undefined) continue;
    const twin = shown.get(name);
    if (twin === undefined) {
      shown.set(name, entry);
      continue;
    }
    const reason = { name, other: twin.agent, first: twin.row ?? 0 };
    problems.push(
      problemOf(
        "warning",
        file,
        { code: "roster-display-twice", ...reason },
        { row: entry.row ?? 0, column: written[columnOf("display_name")] || "display_name" },
      ),
    );
  }
  // In row order, as a reader goes down the file (the agents were read in two passes).
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { roster, problems };
}

/**
 * A later row of an agent, added in month order: its role and team from its
 * month on (empty ones keep the row before's). Its dates carry the agent's
 * window on: its `left` (a move, then leaving), or, when it gives `joined`
 * (a return after leaving), the time away since the `left` before, and its
 * own `left` or none.
 */
function addPeriod(
  entry: RosterEntry,
  row: RosterRow,
  back: string | undefined,
  left: string | undefined,
): void {
  const period: RosterPeriod = { from: row.from, row: row.row };
  const role = row.get("role");
  const team = row.get("team");
  if (role !== undefined) period.role = role;
  if (team !== undefined) period.team = team;
  entry.periods = [...(entry.periods ?? []), period];
  if (back !== undefined && entry.left !== undefined && entry.left < back)
    entry.away = [...(entry.away ?? []), { left: entry.left, back }];
  if (left !== undefined) entry.left = left;
  else if (back !== undefined) delete entry.left;
}

/** Reads the roster; null when the file does not exist. */
export async function loadRoster(
  file: string,
): Promise<{ roster: Map<string, RosterEntry>; problems: Problem[] } | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    // Only a roster that is not there is "no roster"; one that cannot be read is a problem.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    const why = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      roster: new Map(),
      problems: [problemOf("error", file, { code: "unreadable", what: "roster", detail: why })],
    };
  }
  return parseRoster(decodeBytes(bytes).text, file);
}

/** Data in a month before the agent joined or after they left is a warning worth a look. */
export function rosterWindowProblems(
  months: readonly { agent: string; month: string }[],
  roster: ReadonlyMap<string, RosterEntry>,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const { agent, month } of months) {
    const entry = roster.get(agent);
    const out = entry ? rosterOutside(entry, month) : null;
    if (out === null) continue;
    const { side, date } = out;
    problems.push(
      problemOf(
        "warning",
        file,
        { code: "roster-window", side, agent, month, date },
        { column: side },
      ),
    );
  }
  return problems;
}
