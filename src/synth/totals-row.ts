/**
 * The 合计 line some exports end with: sums of counts and amounts, times
 * averaged by 接待人数 as the platform does, shop columns blank (a shop total
 * summed over agents would mean nothing).
 */

import { MISSING_CELL } from "./columns.ts";
import type { PresalesDay } from "./daily-rows.ts";

export const TOTALS_LABEL = "合计";

export function presalesTotalsCells(rows: readonly PresalesDay[]): string[] {
  const sum = (pick: (row: PresalesDay) => number | null): number =>
    rows.reduce((total, row) => total + (pick(row) ?? 0), 0);
  const received = sum((r) => r.received);
  const weighted = (pick: (row: PresalesDay) => number): string =>
    received === 0 ? MISSING_CELL : (sum((r) => pick(r) * r.received) / received).toFixed(2);
  return [
    "",
    TOTALS_LABEL,
    String(sum((r) => r.inquiries)),
    String(sum((r) => r.paidBuyers)),
    sum((r) => r.agentSales).toFixed(2),
    MISSING_CELL,
    MISSING_CELL,
    weighted((r) => r.firstResponseS),
    weighted((r) => r.avgResponseS),
    String(sum((r) => r.satisfiedReviews)),
    String(sum((r) => r.reviews)),
    String(received),
    String(sum((r) => r.paidOrders)),
    String(sum((r) => r.placedOrders)),
  ];
}
