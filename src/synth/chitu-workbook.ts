/**
 * One month of the pre-sales team as 赤兔's 售前明细 downloads it: an .xlsx
 * with one row per agent for the chosen range, the range only in a banner
 * line above the header (no 月份 column), ratios as percent-formatted cells,
 * the average response time as an `[h]:mm:ss` duration (a fraction of a day),
 * a 汇总 row at the bottom, and a 说明 sheet without a table. The monthly
 * values are the sums of the month's daily rows (times weighted by 接待人数),
 * so the month scores as its daily export would. Deterministic bytes.
 */
import { type CellObject, utils, type WorkSheet, write } from "@e965/xlsx";
import type { PresalesDay } from "./daily-rows.ts";

export const chituHeader = [
  "旺旺",
  "询单人数",
  "询单最终付款人数",
  "询单最终付款转化率",
  "客服销售额(元)",
  "店铺销售额(元)",
  "店铺付款人数",
  "首次响应时长(秒)",
  "平均响应时长",
  "满意评价数",
  "评价总数",
  "客户满意率",
  "接待人数",
] as const;

interface AgentTotals {
  agent: string;
  inquiries: number;
  paidBuyers: number;
  agentSales: number;
  shopSales: number;
  shopBuyers: number;
  firstWeighted: number;
  avgWeighted: number;
  satisfied: number | null;
  reviews: number | null;
  received: number;
}

function totalsByAgent(days: readonly PresalesDay[]): AgentTotals[] {
  const byAgent = new Map<string, AgentTotals>();
  for (const d of days) {
    let t = byAgent.get(d.agent);
    if (!t) {
      t = {
        agent: d.agent,
        inquiries: 0,
        paidBuyers: 0,
        agentSales: 0,
        shopSales: 0,
        shopBuyers: 0,
        firstWeighted: 0,
        avgWeighted: 0,
        satisfied: 0,
        reviews: 0,
        received: 0,
      };
      byAgent.set(d.agent, t);
    }
    t.inquiries += d.inquiries;
    t.paidBuyers += d.paidBuyers;
    t.agentSales += d.agentSales;
    t.shopSales += d.shopSales;
    t.shopBuyers += d.shopBuyers;
    t.firstWeighted += d.firstResponseS * d.received;
    t.avgWeighted += d.avgResponseS * d.received;
    t.satisfied =
      d.satisfiedReviews === null || t.satisfied === null ? null : t.satisfied + d.satisfiedReviews;
    t.reviews = d.reviews === null || t.reviews === null ? null : t.reviews + d.reviews;
    t.received += d.received;
  }
  return [...byAgent.values()].sort((a, b) => a.agent.localeCompare(b.agent, "zh"));
}

const round2 = (n: number) => Math.round(n * 100) / 100;
type Cell = string | number | { v: number; z: string } | null;
const pct = (part: number, whole: number): Cell =>
  whole > 0 ? { v: Math.round((part / whole) * 10_000) / 10_000, z: "0.00%" } : "-";
const duration = (seconds: number): Cell => ({ v: seconds / 86_400, z: "[h]:mm:ss" });

function rowOf(t: AgentTotals): Cell[] {
  const first = t.received > 0 ? round2(t.firstWeighted / t.received) : null;
  // A duration cell holds whole seconds as Excel shows them (h:mm:ss has no fraction).
  const avg = t.received > 0 ? Math.round(t.avgWeighted / t.received) : null;
  return [
    t.agent,
    t.inquiries,
    t.paidBuyers,
    pct(t.paidBuyers, t.inquiries),
    round2(t.agentSales),
    round2(t.shopSales),
    t.shopBuyers,
    first ?? "-",
    avg === null ? "-" : duration(avg),
    t.satisfied ?? "-",
    t.reviews ?? "-",
    t.satisfied === null || t.reviews === null ? "-" : pct(t.satisfied, t.reviews),
    t.received,
  ];
}

function sheetOf(rows: readonly (readonly Cell[])[]): WorkSheet {
  const plain = rows.map((r) => r.map((c) => (c !== null && typeof c === "object" ? c.v : c)));
  const ws = utils.aoa_to_sheet(plain);
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || typeof c !== "object") return;
      (ws[utils.encode_cell({ r: ri, c: ci })] as CellObject).z = c.z;
    });
  });
  return ws;
}

/** The workbook's bytes for one month of daily pre-sales rows. */
export function chituWorkbook(
  month: string,
  lastDay: string,
  days: readonly PresalesDay[],
): Uint8Array {
  const totals = totalsByAgent(days);
  const all = totals.reduce(
    (s, t) => ({
      inquiries: s.inquiries + t.inquiries,
      paidBuyers: s.paidBuyers + t.paidBuyers,
      received: s.received + t.received,
    }),
    { inquiries: 0, paidBuyers: 0, received: 0 },
  );
  const rows: Cell[][] = [
    ["赤兔名品 · 售前明细"],
    [`统计时间：${month}-01 至 ${month}-${lastDay}`],
    [...chituHeader],
    ...totals.map(rowOf),
    [
      "汇总",
      all.inquiries,
      all.paidBuyers,
      pct(all.paidBuyers, all.inquiries),
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      all.received,
    ],
  ];
  const wb = utils.book_new();
  utils.book_append_sheet(wb, sheetOf(rows), "售前明细");
  utils.book_append_sheet(
    wb,
    sheetOf([
      ["说明"],
      ["询单最终付款转化率 = 询单最终付款人数 / 询单人数"],
      ["平均响应时长按接待人数加权"],
    ]),
    "说明",
  );
  return new Uint8Array(
    write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer,
  );
}
