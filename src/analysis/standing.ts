/**
 * Standing of each agent-month among the agents scored by the same scheme in
 * the same month: rank (ties share the better rank), change against the
 * agent's previous calendar month, and outliers beyond ±1.5 SD. Arquero does
 * the grouped window work on the agent-month table.
 *
 * An incomplete month's total leaves out the KPIs it had no data for, so it
 * is lower than the work was: it keeps its rank (its row says incomplete),
 * but it has no change, gives none to the month after it, is never an
 * outlier, and stays out of the mean and SD the outliers are measured by.
 */
import * as aq from "arquero";
import type { AgentMonthResult } from "../engine/types.ts";

/** A result with its standing among the agents scored by the same scheme that month. */
export interface RankedResult extends AgentMonthResult {
  rank: number;
  /** How many agents were ranked with this scheme this month. */
  of: number;
  /** Total minus last month's total (same scheme), null when there is none or either is incomplete. */
  delta: number | null;
  /** ±1 when the total is more than 1.5 SD from the group mean (complete months only). */
  outlier: -1 | 0 | 1;
}

const { op } = aq;
const OUTLIER_SD = 1.5;

export function previousMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
}

export function rankResults(results: readonly AgentMonthResult[]): RankedResult[] {
  if (results.length === 0) return [];
  const table = aq
    .table({
      i: results.map((_, i) => i),
      agent: results.map((r) => r.agent),
      month: results.map((r) => r.month),
      scheme: results.map((r) => r.scheme),
      total: results.map((r) => r.total),
      complete: results.map((r) => r.complete),
    })
    .groupby("month", "scheme")
    .orderby(aq.desc("total"))
    .derive({
      rank: () => op.rank(),
      of: () => op.count(),
      // Aggregates skip nulls: the complete months' totals only.
      mean: (d) => op.mean(d.complete ? d.total : null),
      sd: (d) => op.stdev(d.complete ? d.total : null),
    })
    .groupby("agent", "scheme")
    .orderby("month")
    .derive({
      prevMonth: (d) => op.lag(d.month, 1),
      prevTotal: (d) => op.lag(d.total, 1),
      prevComplete: (d) => op.lag(d.complete, 1),
    })
    .ungroup()
    .orderby("i");
  const col = (name: string) => table.array(name) as ArrayLike<unknown>;
  const [rank, of, mean, sd, prevMonth, prevTotal, prevComplete] = [
    col("rank"),
    col("of"),
    col("mean"),
    col("sd"),
    col("prevMonth"),
    col("prevTotal"),
    col("prevComplete"),
  ];
  return results.map((r, i) => {
    const s = sd[i] as number | undefined;
    const z = r.complete && s && s > 0 ? (r.total - (mean[i] as number)) / s : 0;
    const isPrev =
      r.complete && prevComplete[i] === true && prevMonth[i] === previousMonth(r.month);
    return {
      ...r,
      rank: rank[i] as number,
      of: of[i] as number,
      delta: isPrev ? r.total - (prevTotal[i] as number) : null,
      outlier: z > OUTLIER_SD ? 1 : z < -OUTLIER_SD ? -1 : 0,
    };
  });
}
