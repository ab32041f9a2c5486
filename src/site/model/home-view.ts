/** The front page: the latest month at a glance, and every month. */

import { type MonthGroup, monthGroups } from "./month-view.ts";
import type { SiteResult } from "./site-data.ts";
import type { SiteIndex } from "./site-index.ts";

export interface MonthSummary {
  month: string;
  agents: number;
  incomplete: number;
}

export interface HomeView {
  latest: string | undefined;
  groups: (MonthGroup & { up: SiteResult[]; down: SiteResult[] })[];
  months: MonthSummary[];
}

const MOVERS = 3;

export function homeView(ix: SiteIndex): HomeView {
  const latest = ix.latestMonth;
  const rows = latest ? (ix.byMonth.get(latest) ?? []) : [];
  const groups = monthGroups(rows, ix).map((g) => {
    const moved = g.rows.filter((r) => r.delta !== null && r.delta !== 0);
    const byDelta = [...moved].sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0));
    return {
      ...g,
      up: byDelta.filter((r) => (r.delta ?? 0) > 0).slice(0, MOVERS),
      down: byDelta
        .filter((r) => (r.delta ?? 0) < 0)
        .reverse()
        .slice(0, MOVERS),
    };
  });
  const months = [...ix.months].reverse().map((month) => {
    const list = ix.byMonth.get(month) ?? [];
    return { month, agents: list.length, incomplete: list.filter((r) => !r.complete).length };
  });
  return { latest, groups, months };
}
