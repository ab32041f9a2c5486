/**
 * A scheme's performance pay for one month, per team and in all, as payroll
 * books it: the sum of the amounts of complete agent-months, how many complete
 * ones no pay band holds, and how many are incomplete and so have no pay yet
 * (neither counted as 0).
 * Each line adds up to the ranking's own pay cells and the download's `pay`.
 */
import type { MonthGroup } from "./month-view.ts";
import type { SiteResult } from "./site-data.ts";
import type { SiteIndex } from "./site-index.ts";
import { byRosterOrder, rowsByTeam } from "./teams.ts";

export interface PayLine {
  /** "" for agents without a team. */
  team: string;
  agents: number;
  /** Complete agent-months, each with its pay (0 counts: a band may pay nothing). */
  paid: number;
  /**
   * Complete agent-months whose total no pay band holds (below the lowest, in a
   * gap, vetoed to 0): no pay, but nothing is missing, so not `withheld`.
   */
  unbanded: number;
  /** Incomplete agent-months: no pay until their data is complete. */
  withheld: number;
  /** Σ pay of the paid ones, in yuan, to the fen. */
  total: number;
}

export interface PayTotals {
  teams: PayLine[];
  all: PayLine;
}

function line(team: string, rows: readonly SiteResult[]): PayLine {
  let paid = 0;
  let unbanded = 0;
  let withheld = 0;
  let fen = 0;
  for (const r of rows)
    if (!r.complete) withheld++;
    else if (r.pay === null) unbanded++;
    else {
      paid++;
      // Summed in fen: 0.1 + 0.2 yuan is 0.3, not 0.30000000000000004.
      fen += Math.round(r.pay * 100);
    }
  return { team, agents: rows.length, paid, unbanded, withheld, total: fen / 100 };
}

/** The group's pay per team (roster order) and in all; null for a scheme without pay bands. */
export function payTotals(group: MonthGroup, ix: SiteIndex): PayTotals | null {
  if (group.scheme.pays !== true) return null;
  const order = byRosterOrder(ix);
  const teams = [...rowsByTeam(group.rows).entries()]
    .sort(([a], [b]) => order(a, b))
    .map(([team, rows]) => line(team, rows));
  return { teams, all: line("", group.rows) };
}
