/**
 * The 千牛-style headers of the daily exports (aliases from the contract,
 * with the unit suffixes 千牛 prints) and how a day becomes cells.
 * 客服客单价 and 店铺客单价 are deliberately absent: ingest derives them.
 */

import type { AftersalesDay, PresalesDay } from "./daily-rows.ts";

export const presalesHeader = [
  "日期",
  "客服昵称",
  "询单人数",
  "最终付款人数",
  "客服销售额(元)",
  "店铺销售额(元)",
  "店铺付款人数",
  "首次响应时间(秒)",
  "平均响应时间(秒)",
  "满意评价数",
  "评价总数",
  "接待人数",
  "支付宝付款笔数",
  "拍下笔数",
] as const;

export const aftersalesHeader = [
  "日期",
  "客服昵称",
  "接待人数",
  "回复过的客户数",
  "首次响应时间(秒)",
  "平均响应时间(秒)",
  "满意评价数",
  "评价总数",
  "客户退款数",
  "客服成交数",
] as const;

/** What the platform prints for a value it does not have. */
export const MISSING_CELL = "-";

const count = (n: number | null): string => (n === null ? MISSING_CELL : String(n));
const money = (n: number): string => n.toFixed(2);

export function presalesCells(row: PresalesDay): string[] {
  return [
    row.date,
    row.agent,
    count(row.inquiries),
    count(row.paidBuyers),
    money(row.agentSales),
    money(row.shopSales),
    count(row.shopBuyers),
    money(row.firstResponseS),
    money(row.avgResponseS),
    count(row.satisfiedReviews),
    count(row.reviews),
    count(row.received),
    count(row.paidOrders),
    count(row.placedOrders),
  ];
}

export function aftersalesCells(row: AftersalesDay): string[] {
  return [
    row.date,
    row.agent,
    count(row.received),
    count(row.replied),
    money(row.firstResponseS),
    money(row.avgResponseS),
    count(row.satisfiedReviews),
    count(row.reviews),
    count(row.refunds),
    count(row.deals),
  ];
}
