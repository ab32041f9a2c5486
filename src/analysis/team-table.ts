/**
 * Arquero over agent-month-sized tables (scored results, never raw daily
 * rows): rank within a month (and team), month-over-month change, percentile
 * rank, and team medians per KPI per month. Pure; runs in Node and browser.
 */
import { from, op, escape as rowFunction } from "arquero";
import type { AgentMonthResult } from "../engine/types.ts";

export interface RankedRow {
  agent: string;
  month: string;
  team: string | null;
  total: number;
  /** 1 = best; ties share the rank (competition ranking: 1, 1, 3). */
  rank: number;
  /** Rank within the agent's team that month. */
  teamRank: number;
  /** Share of agents that month with this total or better, 0–1 (the best: 1/n). */
  percentile: number;
  /** Total of the agent's previous month with data, or null. */
  previousTotal: number | null;
  /** Change against previousTotal, or null. */
  change: number | null;
}

export interface TeamKpiMedian {
  month: string;
  team: string | null;
  kpi: string;
  /** Median KPI value of agents with a value (missing ones are left out, not counted as 0). */
  medianValue: number | null;
  medianPoints: number | null;
  agents: number;
}

const baseRows = (results: readonly AgentMonthResult[]) =>
  results.map((r) => ({ agent: r.agent, month: r.month, team: r.team ?? null, total: r.total }));

export function rankResults(results: readonly AgentMonthResult[]): RankedRow[] {
  if (results.length === 0) return [];
  return from(baseRows(results))
    .groupby("month")
    .orderby(rowFunction((d: { total: number }) => -d.total))
    .derive({ rank: () => op.rank(), percentile: () => op.cume_dist() })
    .groupby("month", "team")
    .derive({ teamRank: () => op.rank() })
    .groupby("agent")
    .orderby("month")
    .derive({ previousTotal: (d: { total: number }) => op.lag(d.total, 1, null) })
    .ungroup()
    .derive({
      change: (d: { total: number; previousTotal: number | null }) =>
        d.previousTotal === null ? null : d.total - d.previousTotal,
    })
    .orderby(
      "month",
      rowFunction((d: { total: number }) => -d.total),
      "agent",
    )
    .objects() as RankedRow[];
}

export function teamKpiMedians(results: readonly AgentMonthResult[]): TeamKpiMedian[] {
  const rows = results.flatMap((r) =>
    r.kpis.map((k) => ({
      month: r.month,
      team: r.team ?? null,
      kpi: k.id,
      value: k.value,
      points: k.points,
    })),
  );
  if (rows.length === 0) return [];
  return from(rows)
    .groupby("month", "team", "kpi")
    .rollup({
      medianValue: (d: { value: number | null }) => op.median(d.value),
      medianPoints: (d: { points: number | null }) => op.median(d.points),
      agents: (d: { value: number | null }) => op.valid(d.value),
    })
    .orderby("month", "team", "kpi")
    .objects()
    .map((o) => {
      const row = o as TeamKpiMedian;
      return {
        ...row,
        medianValue: row.medianValue ?? null,
        medianPoints: row.medianPoints ?? null,
      };
    });
}
