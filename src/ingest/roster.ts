/**
 * Optional roster `data/roster.csv` (agent, display_name, role, team, joined,
 * left), decoded like any export. Gives role and team to agent-months.
 * `joined`/`left` are read as dates here, in any form an export's date cell
 * may take or as an Excel serial day number, and kept as `YYYY-MM-DD`: every
 * reader compares ISO dates.
 */
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import { normaliseName } from "./agent-name.ts";
import { missingReason, parseDate, typedText } from "./cells.ts";
import { decodeBytes } from "./encoding.ts";
import { serialDay } from "./excel-serial.ts";
import { type Problem, problemOf } from "./problems.ts";
import { aliasesOf } from "./roster-aliases.ts";
import { rosterColumns } from "./roster-headers.ts";
import { type RosterPeriod, rosterFrom } from "./roster-periods.ts";

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

/** Parses roster text; a Map keyed by the agent exactly as exports write it. */
export function parseRoster(
  text: string,
  file: string,
): { roster: Map<string, RosterEntry>; problems: Problem[] } {
  const rows = Papa.parse<string[]>(text.trim()).data;
  const written = (rows[0] ?? []).map((h) => h.trim());
  const at = rosterColumns(written, FIELDS);
  const roster = new Map<string, RosterEntry>();
  /** Display name → the first entry that gives it. */
  const shown = new Map<string, RosterEntry>();
  const problems: Problem[] = [];
  if ((at.get("agent") ?? -1) < 0) {
    problems.push(problemOf("error", file, { code: "roster-no-agent" }, { row: 1 }));
    return { roster, problems };
  }
  const columnOf = (f: (typeof FIELDS)[number]) => at.get(f) ?? -1;
  rows.slice(1).forEach((cells, i) => {
    const get = (f: (typeof FIELDS)[number]) => {
      const v = (cells[columnOf(f)] ?? "").trim();
      return v === "" ? undefined : v;
    };
    // Matched as exports' names are (agent-name.ts): the same spelling rules on both sides.
    const raw = get("agent");
    if (raw === undefined) return;
    const agent = normaliseName(raw);
    const fromCell = get("from");
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
    const first = roster.get(agent);
    if (first) {
      const taken =
        from === undefined || from === first.from || first.periods?.some((p) => p.from === from);
      if (taken) {
        const reason = {
          code: "roster-duplicate" as const,
          agent,
          ...(first.row ? { first: first.row } : {}),
          ...(from ? { from } : {}),
        };
        problems.push(
          problemOf("error", file, reason, { row: i + 2, column: from ? "from" : "agent" }),
        );
        return;
      }
      const more = aliasesOf(get("aliases") ?? "");
      if (more.length > 0) first.aliases = [...(first.aliases ?? []), ...more];
      addPeriod(first, {
        from,
        row: i + 2,
        role: get("role"),
        team: get("team"),
        joined: get("joined"),
        left: get("left"),
      });
      return;
    }
    const entry: RosterEntry = { agent, row: i + 2, ...(from ? { from } : {}) };
    const set = (key: "displayName" | "role" | "team", f: (typeof FIELDS)[number]) => {
      const v = get(f);
      if (v !== undefined) entry[key] = v;
    };
    set("displayName", "display_name");
    set("role", "role");
    set("team", "team");
    const aliases = aliasesOf(get("aliases") ?? "");
    if (aliases.length > 0) entry.aliases = aliases;
    for (const side of ["joined", "left"] as const) {
      const v = get(side);
      // A dash or N/A is an empty cell, as in an export: no date given.
      if (v === undefined || missingReason(v) !== null) continue;
      const date = rosterDate(v);
      if (date !== null) entry[side] = date;
      else {
        // Not a date: said, and left out (a window check on a misread date would mislead).
        const c = columnOf(side);
        problems.push(
          problemOf(
            "warning",
            file,
            { code: "roster-date", side, value: v },
            { row: i + 2, column: written[c] || side, col: c + 1, cell: v },
          ),
        );
      }
    }
    roster.set(agent, entry);
    const name = entry.displayName;
    const twin = name === undefined ? undefined : shown.get(name);
    if (name !== undefined && twin === undefined) shown.set(name, entry);
    if (name !== undefined && twin !== undefined) {
      const reason = { name, other: twin.agent, first: twin.row ?? 0 };
      problems.push(
        problemOf(
          "warning",
          file,
          { code: "roster-display-twice", ...reason },
          { row: i + 2, column: written[columnOf("display_name")] || "display_name" },
        ),
      );
    }
  });
  return { roster, problems };
}

/**
 * A later row of an agent: its role and team from its month on (empty ones
 * keep the row before's). The latest row's dates end the agent's window: its
 * `left` (a move, then leaving), or, when it gives `joined` (a return after
 * leaving), its `left` or none.
 */
function addPeriod(
  entry: RosterEntry,
  row: {
    from: string;
    row: number;
    role?: string | undefined;
    team?: string | undefined;
    joined?: string | undefined;
    left?: string | undefined;
  },
): void {
  const period: RosterPeriod = { from: row.from, row: row.row };
  if (row.role !== undefined) period.role = row.role;
  if (row.team !== undefined) period.team = row.team;
  const periods = [...(entry.periods ?? []), period].sort((a, b) => (a.from < b.from ? -1 : 1));
  entry.periods = periods;
  if (periods[periods.length - 1] !== period) return;
  const left = row.left === undefined ? null : rosterDate(row.left);
  const back = row.joined === undefined ? null : rosterDate(row.joined);
  if (back !== null && entry.left !== undefined && entry.left < back)
    entry.away = [...(entry.away ?? []), { left: entry.left, back }];
  if (left !== null) entry.left = left;
  else if (back !== null) delete entry.left;
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
    const joined = entry?.joined?.slice(0, 7);
    const left = entry?.left?.slice(0, 7);
    // A month wholly between leaving and coming back is out of the roster, like one after leaving.
    const gone = entry?.away?.find((a) => month > a.left.slice(0, 7) && month < a.back.slice(0, 7));
    const side = gone
      ? "left"
      : joined !== undefined && month < joined
        ? "joined"
        : left !== undefined && month > left
          ? "left"
          : null;
    if (side === null) continue;
    const date = gone ? gone.left : (entry?.[side] ?? "");
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
