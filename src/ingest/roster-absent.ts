/**
 * Roster agents with no data in a month the run has. A forgotten export (the
 * 售后 team's file left out of 2026-10) made its team vanish from the month
 * with "no problems found": nothing in the data says it is missing, only the
 * roster does. Said once per month and team, the whole team named as such.
 * Pure.
 */
import { type Problem, problemOf } from "./problems.ts";
import type { RosterEntry } from "./roster.ts";
import { rosterAt, rosterOutside } from "./roster-periods.ts";

/** Names listed in one message; the rest are counted. */
const LISTED = 10;

/**
 * `seen`: month → the agents with data in it (only the months the run has:
 * with --month, that one). One warning per month and team whose roster
 * agents of the month have none, saying whether the whole team is absent.
 */
export function rosterAbsences(
  seen: ReadonlyMap<string, ReadonlySet<string>>,
  roster: ReadonlyMap<string, RosterEntry>,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const month of [...seen.keys()].sort()) {
    const present = seen.get(month) as ReadonlySet<string>;
    // team → [agents of the team that month, those of them without data]
    const teams = new Map<string, { all: number; absent: string[] }>();
    for (const entry of roster.values()) {
      if (rosterOutside(entry, month) !== null) continue;
      const team = rosterAt(entry, month).team ?? "";
      const t = teams.get(team) ?? { all: 0, absent: [] };
      t.all++;
      if (!present.has(entry.agent)) t.absent.push(entry.agent);
      teams.set(team, t);
    }
    for (const [team, { all, absent }] of [...teams].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (absent.length === 0) continue;
      const agents = absent.sort();
      problems.push(
        problemOf(
          "warning",
          file,
          {
            code: "roster-no-data",
            month,
            ...(team === "" ? {} : { team }),
            agents: agents.slice(0, LISTED),
            absent: agents.length,
            of: all,
          },
          { column: "agent" },
        ),
      );
    }
  }
  return problems;
}
