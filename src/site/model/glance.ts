/**
 * Who is at the top, who at the bottom and who stands out in one scheme's
 * month: what the first screen of a month page (and the overview) answers.
 */
import type { MonthGroup } from "./month-view.ts";
import type { SiteResult } from "./site-data.ts";

export interface Glance {
  top: SiteResult[];
  bottom: SiteResult[];
  /** Totals beyond ±1.5 SD of the team's, highest first: the most extreme `maxOutliers` each way. */
  outliers: SiteResult[];
  /** Outliers left out of `outliers` (a contact centre has hundreds; the team pages badge them all). */
  moreOutliers: number;
}

const byTotal = (a: SiteResult, b: SiteResult) =>
  b.total - a.total || a.agent.localeCompare(b.agent);

/**
 * `n` from each end; a ranking of 2n or fewer is all shown as the top. The
 * ends are complete months: an incomplete one's total leaves out the KPIs it
 * had no data for, so naming it among the bottom would blame missing data on
 * the agent (the ranking below still lists it, badged).
 */
export function glance(group: MonthGroup, n = 3, maxOutliers = 6): Glance {
  const rows = group.rows;
  const complete = rows.filter((r) => r.complete);
  const top = rows.length <= 2 * n ? rows : complete.slice(0, n);
  const bottom = rows.length <= 2 * n ? [] : complete.slice(n).slice(-n);
  const high = rows.filter((r) => r.outlier > 0).sort(byTotal);
  const low = rows.filter((r) => r.outlier < 0).sort(byTotal);
  const outliers = [...high.slice(0, maxOutliers), ...low.slice(-maxOutliers)];
  return { top, bottom, outliers, moreOutliers: high.length + low.length - outliers.length };
}
