/**
 * Who is at the top, who at the bottom and who stands out in one scheme's
 * month: what the first screen of a month page (and the overview) answers.
 */
import type { MonthGroup } from "./month-view.ts";
import type { SiteResult } from "./site-data.ts";

export interface Glance {
  top: SiteResult[];
  bottom: SiteResult[];
  /** Totals beyond ±1.5 SD of the team's, highest first. */
  outliers: SiteResult[];
}

/** `n` from each end; a ranking of 2n or fewer is all shown as the top. */
export function glance(group: MonthGroup, n = 3): Glance {
  const rows = group.rows;
  const top = rows.length <= 2 * n ? rows : rows.slice(0, n);
  const bottom = rows.length <= 2 * n ? [] : rows.slice(-n);
  const outliers = rows
    .filter((r) => r.outlier !== 0)
    .sort((a, b) => b.total - a.total || a.agent.localeCompare(b.agent));
  return { top, bottom, outliers };
}
