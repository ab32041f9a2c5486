/** Monthly KPIs of generated rows, computed as the contract says (ratios of sums), for checks. */

import type { AftersalesDay, PresalesDay } from "../../src/synth/daily-rows.ts";

export interface MonthlyKpis {
  agent: string;
  conversion?: number;
  aovRatio?: number;
  firstResponseS: number;
  avgResponseS: number;
  satisfaction: number | null;
  replyRate?: number;
  refundRate?: number;
}

function byAgent<T extends { agent: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.agent, [...(groups.get(row.agent) ?? []), row]);
  return groups;
}

const sum = <T>(rows: readonly T[], pick: (row: T) => number | null): number =>
  rows.reduce((total, row) => total + (pick(row) ?? 0), 0);

function common(rows: readonly (PresalesDay | AftersalesDay)[]) {
  const received = sum(rows, (r) => r.received);
  const reviews = sum(rows, (r) => r.reviews);
  return {
    firstResponseS: sum(rows, (r) => r.firstResponseS * r.received) / received,
    avgResponseS: sum(rows, (r) => r.avgResponseS * r.received) / received,
    satisfaction: rows.some((r) => r.reviews === null)
      ? null
      : sum(rows, (r) => r.satisfiedReviews) / reviews,
  };
}

export function presalesKpis(rows: readonly PresalesDay[]): MonthlyKpis[] {
  return [...byAgent(rows)].map(([agent, days]) => {
    const agentAov = sum(days, (r) => r.agentSales) / sum(days, (r) => r.paidBuyers);
    const shopAov = sum(days, (r) => r.shopSales) / sum(days, (r) => r.shopBuyers);
    return {
      agent,
      conversion: sum(days, (r) => r.paidBuyers) / sum(days, (r) => r.inquiries),
      aovRatio: agentAov / shopAov,
      ...common(days),
    };
  });
}

export function aftersalesKpis(rows: readonly AftersalesDay[]): MonthlyKpis[] {
  return [...byAgent(rows)].map(([agent, days]) => ({
    agent,
    replyRate: sum(days, (r) => r.replied) / sum(days, (r) => r.received),
    refundRate: sum(days, (r) => r.refunds) / sum(days, (r) => r.deals),
    ...common(days),
  }));
}
