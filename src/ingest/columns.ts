/**
 * The catalogue of canonical input columns (contract "Input CSV") and header
 * matching: case- and space-insensitive, with an optional unit suffix.
 */

export type ColumnKind = "text" | "month" | "date" | "count" | "amount" | "seconds" | "ratio";

export interface ColumnDef {
  id: string;
  kind: ColumnKind;
  /** Header names, Chinese aliases first, then the English id. */
  headers: readonly string[];
  /** Daily aggregation weight: a directly given ratio by its denominator, a time average by customers. */
  weightBy?: string;
}

const col = (id: string, kind: ColumnKind, zh: string[], weightBy?: string): ColumnDef =>
  weightBy === undefined
    ? { id, kind, headers: [...zh, id] }
    : { id, kind, headers: [...zh, id], weightBy };

export const COLUMNS: readonly ColumnDef[] = [
  col("agent", "text", ["客服", "客服昵称", "旺旺", "旺旺昵称", "坐席", "姓名"]),
  col("role", "text", ["岗位"]),
  col("month", "month", ["月份"]),
  col("date", "date", ["日期"]),
  col("inquiries", "count", ["询单人数"]),
  col("paid_buyers", "count", ["最终付款人数", "询单->最终付款人数", "询单最终付款人数"]),
  col("agent_sales", "amount", ["客服销售额"]),
  col("shop_sales", "amount", ["店铺销售额"]),
  col("shop_buyers", "count", ["店铺付款人数"]),
  col("agent_aov", "amount", ["客服客单价"], "paid_buyers"),
  col("shop_aov", "amount", ["店铺客单价"], "shop_buyers"),
  col("first_response_s", "seconds", ["首次响应时间", "首次响应时长"], "received_customers"),
  col(
    "avg_response_s",
    "seconds",
    ["平均响应时间", "平均响应时长", "平均响应"],
    "received_customers",
  ),
  col("satisfied_reviews", "count", ["满意评价数"]),
  col("reviews", "count", ["评价总数"]),
  col("paid_orders", "count", ["支付宝付款笔数"]),
  col("placed_orders", "count", ["拍下笔数"]),
  col("replied_customers", "count", ["回复过的客户数"]),
  col("received_customers", "count", ["接待人数"]),
  col("refunds", "count", ["客户退款数"]),
  col("deals", "count", ["客服成交数"]),
  col(
    "inquiry_conversion",
    "ratio",
    ["询单转化率", "询单->最终付款成功率", "询单最终付款转化率"],
    "inquiries",
  ),
  col("reply_rate", "ratio", ["旺旺回复率", "客服回复率", "回复率"], "received_customers"),
  col("satisfaction", "ratio", ["客户满意率", "满意率"], "reviews"),
];

/** A header cell reduced for matching, and the unit suffix it carried (e.g. "%"). */
export interface NormalizedHeader {
  key: string;
  unit: string | null;
}

const UNIT_SUFFIX = /[(（]\s*(秒|s|%|％|元)\s*[)）]$/i;

export function normalizeHeader(raw: string): NormalizedHeader {
  const compact = raw
    .replace(/^\uFEFF/, "")
    .replace(/\s+/g, "")
    .toLowerCase();
  const unit = UNIT_SUFFIX.exec(compact);
  if (!unit) return { key: compact, unit: null };
  return { key: compact.slice(0, unit.index), unit: unit[1] === "％" ? "%" : (unit[1] ?? null) };
}

/** An input column the matcher can resolve to: a catalogue column or a scheme-declared one. */
export interface InputColumn {
  id: string;
  kind: ColumnKind;
  headers: readonly string[];
  weightBy?: string;
}

/** Header key → column, built once per load (a Map, so `__proto__` is just a name). */
export function headerIndex(columns: readonly InputColumn[]): Map<string, InputColumn> {
  const index = new Map<string, InputColumn>();
  for (const column of columns) {
    for (const header of column.headers) {
      const { key } = normalizeHeader(header);
      if (!index.has(key)) index.set(key, column);
    }
  }
  return index;
}
