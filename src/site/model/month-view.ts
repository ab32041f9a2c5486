/** The team page of one month: one ranking per scheme (roles are scored by different forms). */

import { median } from "d3-array";
import type { Tone } from "../../charts/types.ts";
import { gradeTone } from "./badges.ts";
import type { SchemeView, SiteResult } from "./site-data.ts";
import type { SiteIndex } from "./site-index.ts";

export interface MonthGroup {
  scheme: SchemeView;
  rows: SiteResult[];
  /** The median of the complete months' totals (null: none is complete). */
  medianTotal: number | null;
  /** Team median of each KPI's value this month. */
  kpiMedians: Record<string, number | null>;
  /** Each grade's count, in the tone its badge has (badges.ts). */
  gradeCounts: { grade: string; count: number; tone: Tone }[];
}

export interface MonthView {
  month: string;
  prev: string | undefined;
  next: string | undefined;
  groups: MonthGroup[];
  count: number;
  incomplete: number;
}

/** The groups of one month's rows (all of them: medians come from the index). */
export function monthGroups(rows: readonly SiteResult[], ix: SiteIndex): MonthGroup[] {
  const bySchemeId = new Map<string, SiteResult[]>();
  for (const r of rows) {
    const list = bySchemeId.get(r.scheme) ?? [];
    list.push(r);
    bySchemeId.set(r.scheme, list);
  }
  return (
    [...bySchemeId.entries()]
      // Bigger teams first; the scheme id breaks ties so the order is stable.
      .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
      .map(([id, list]) => {
        const scheme = ix.scheme(id);
        const sorted = [...list].sort((a, b) => a.rank - b.rank || a.agent.localeCompare(b.agent));
        // Rows are one whole month (both callers): the index has its medians memoised.
        const month = sorted[0]?.month ?? "";
        const kpiMedians: Record<string, number | null> = {};
        for (const k of scheme.kpis) kpiMedians[k.id] = ix.kpiMedian(id, month, k.id);
        const counts = new Map<string, number>();
        for (const r of sorted) if (r.grade) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1);
        const gradeCounts = scheme.grades.map((g) => ({
          grade: g.grade,
          count: counts.get(g.grade) ?? 0,
          tone: gradeTone(scheme.grades, g.grade) ?? "fair",
        }));
        return {
          scheme,
          rows: sorted,
          medianTotal: medianTotal(sorted),
          kpiMedians,
          gradeCounts,
        };
      })
  );
}

export function monthView(ix: SiteIndex, month: string): MonthView {
  const i = ix.months.indexOf(month);
  const rows = ix.byMonth.get(month) ?? [];
  return {
    month,
    prev: i > 0 ? ix.months[i - 1] : undefined,
    next: i >= 0 && i < ix.months.length - 1 ? ix.months[i + 1] : undefined,
    groups: monthGroups(rows, ix),
    count: rows.length,
    incomplete: rows.filter((r) => !r.complete).length,
  };
}

/** The median of the complete months' totals: an incomplete one leaves out KPIs it had no data for. */
export const medianTotal = (rows: readonly SiteResult[]): number | null =>
  median(rows, (r) => (r.complete ? r.total : null)) ?? null;

/** Heat-map class of a KPI cell: how much of its maximum it earned. */
export function heatClass(points: number | null, max: number): string {
  if (points === null) return "heat-na";
  if (max <= 0) return "heat-2";
  const f = points / max;
  return f >= 1 ? "heat-3" : f >= 0.6 ? "heat-2" : f > 0 ? "heat-1" : "heat-0";
}
