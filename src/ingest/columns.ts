/**
 * The catalogue of canonical input columns (contract "Input CSV") and header
 * matching: case- and space-insensitive, with an optional unit suffix.
 */

/**
 * How a column's cells read and fold: counts and amounts are summed; seconds,
 * ratios and scores are averaged across days (ratios and times by a weight
 * column, scores by day).
 */
export type ColumnKind =
  | "text"
  | "month"
  | "date"
  | "count"
  | "amount"
  | "seconds"
  | "ratio"
  | "score"
  // Rated inputs of a scheme (a level 1…n, a tick 1/0; a rater's score is a "score").
  | "level"
  | "tick";

export interface ColumnDef {
  id: string;
  kind: ColumnKind;
  /** Header names, Chinese aliases first, then the English id. */
  headers: readonly string[];
  /** Daily aggregation weight: a directly given ratio by its denominator, a time average by customers. */
  weightBy?: string;
  /** A ratio that may pass 100% (答问比: agent messages per buyer message). */
  unbounded?: boolean;
  /** A time that is a total (总通话时长): summed over days like a count, not averaged. */
  total?: boolean;
}

const col = (
  id: string,
  kind: ColumnKind,
  zh: string[],
  weightBy?: string,
  unbounded?: boolean,
): ColumnDef => ({
  id,
  kind,
  headers: [...zh, id],
  ...(weightBy === undefined ? {} : { weightBy }),
  ...(unbounded ? { unbounded } : {}),
});

export const COLUMNS: readonly ColumnDef[] = [
  col("agent", "text", [
    "客服",
    "客服昵称",
    "旺旺",
    "旺旺昵称",
    "坐席",
    "姓名",
    "客服姓名",
    "客服名称",
    "员工姓名",
  ]),
  col("role", "text", ["岗位"]),
  // A rating sheet's 考核月份, a warehouse's 统计日期 (not a bare 时间: a call log has 日期 and 时间).
  col("month", "month", ["月份", "考核月份", "统计月份", "考核月"]),
  col("date", "date", ["日期", "统计日期", "数据日期", "业务日期"]),
  col("inquiries", "count", ["询单人数"]),
  col("paid_buyers", "count", ["最终付款人数", "询单->最终付款人数", "询单最终付款人数"]),
  col("agent_sales", "amount", ["客服销售额"]),
  col("shop_sales", "amount", ["店铺销售额"]),
  col("shop_buyers", "count", ["店铺付款人数"]),
  col("agent_aov", "amount", ["客服客单价"], "paid_buyers"),
  col("shop_aov", "amount", ["店铺客单价"], "shop_buyers"),
  col(
    "first_response_s",
    "seconds",
    ["首次响应时间", "首次响应时长", "首次响应"],
    "received_customers",
  ),
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
  // Platform service metrics (issue 12): each rate has its parts where exports give them.
  col("consultations", "count", ["咨询人数", "咨询量"]),
  col("manual_consults", "count", ["需要人工回复的咨询人数", "需人工回复的咨询人数"]),
  col("replied_3min", "count", ["3分钟人工回复人数", "3分钟内人工回复人数"]),
  col("reply_3min_rate", "ratio", ["3分钟人工回复率"], "manual_consults"),
  col("answered_30s", "count", ["30秒应答人数", "30秒内应答人数"]),
  col("answer_30s_rate", "ratio", ["30秒应答率", "30s应答率"], "manual_consults"),
  col("dissatisfied_reviews", "count", ["不满意评价数", "不满意数"]),
  col("dissatisfaction_rate", "ratio", ["不满意率"], "reviews"),
  col("agent_messages", "count", ["客服消息数"]),
  col("buyer_messages", "count", ["买家消息数"]),
  col("answer_ratio", "ratio", ["答问比", "淘宝答问比"], "buyer_messages", true),
  col("slow_responses", "count", ["慢响应人数"]),
  col("transfers_out", "count", ["转出人数"]),
  // A total, summed over the days: the month's 平均通话时长 is Σ总通话时长 / Σ接待人数.
  { ...col("handle_time_s", "seconds", ["接待总时长", "总通话时长"]), total: true },
  col("avg_handle_s", "seconds", ["平均接待时长", "平均处理时长"], "received_customers"),
  col("ordered_buyers", "count", ["下单人数", "询单->下单人数"]),
  col("order_conversion", "ratio", ["下单转化率", "询单->下单转化率"], "inquiries"),
  col("first_contact_resolved", "count", ["一次解决数", "首次解决数"]),
  col("fcr_rate", "ratio", ["一次性解决率", "首次解决率"], "received_customers"),
  col("service_score", "score", ["客服服务分"]),
];

/**
 * A settlement suffix platforms add to a header: `延` (counted after the
 * payment window closed: the settled figure, preferred over the plain column)
 * or `修` (revised).
 */
export type HeaderSuffix = "延" | "修";

/** A header cell reduced for matching, the unit it carried (e.g. "%", "秒") and its suffix. */
export interface NormalizedHeader {
  key: string;
  unit: string | null;
  /** The key without a trailing 延/修, when it had one (matched only if the full key is unknown). */
  unsuffixed: string | null;
  suffix: HeaderSuffix | null;
}

const UNIT_SUFFIX = /[(（]\s*(秒|s|%|％|元|时|小时|分|分钟|min|h)\s*[)）]$/i;
const UNIT_NAMES: Record<string, string> = {
  "％": "%",
  小时: "时",
  h: "时",
  分钟: "分",
  min: "分",
};

export function normalizeHeader(raw: string): NormalizedHeader {
  // NFKC: full-width brackets, letters and digits as their ASCII forms (（8-23点） is (8-23点)).
  let key = raw
    .normalize("NFKC")
    .replace(/^\uFEFF/, "")
    .replace(/\s+/g, "")
    .toLowerCase();
  let unit: string | null = null;
  let found = UNIT_SUFFIX.exec(key);
  // `平均响应(秒)延` and `平均响应延(秒)` both occur: the suffix may sit either side of the unit.
  const suffixFirst = /[延修]$/.test(key) && UNIT_SUFFIX.exec(key.slice(0, -1));
  const trailing = suffixFirst ? key.slice(-1) : "";
  if (suffixFirst) {
    found = suffixFirst;
    key = key.slice(0, -1);
  }
  if (found) {
    unit = UNIT_NAMES[found[1] ?? ""] ?? found[1] ?? null;
    key = key.slice(0, found.index) + trailing;
  }
  const last = key.slice(-1);
  const suffix = key.length > 1 && (last === "延" || last === "修") ? last : null;
  return { key, unit, unsuffixed: suffix ? key.slice(0, -1) : null, suffix };
}

/**
 * A header named with its group, the group before any unit suffix (so the
 * unit still reads): `3分钟人工回复率` + `8-23点` → `3分钟人工回复率(8-23点)`,
 * `平均响应时长(秒)` + `全天` → `平均响应时长(全天)(秒)`.
 */
export function withQualifier(header: string, qualifier: string): string {
  const text = header.trim();
  const unit = UNIT_SUFFIX.exec(text);
  const at = unit ? unit.index : text.length;
  return `${text.slice(0, at).trimEnd()}(${qualifier.trim()})${text.slice(at)}`;
}

/** Seconds per unit of a time header's bare numbers: `(时)` 3600, `(分)` 60, else 1. */
export function secondsPerUnit(unit: string | null): number {
  return unit === "时" ? 3600 : unit === "分" ? 60 : 1;
}

/** An input column the matcher can resolve to: a catalogue column or a scheme-declared one. */
export interface InputColumn {
  id: string;
  kind: ColumnKind;
  headers: readonly string[];
  weightBy?: string;
  unbounded?: boolean;
  /** A scheme's rated input: every cell is checked against its kind and range (rated-cells.ts). */
  rated?: boolean;
  /** Inclusive bounds of a rated input. */
  min?: number;
  max?: number;
  /** Level inputs: each level's names (Chinese, English), level 1 first. */
  levels?: string[][];
  /** Given once per agent-month (a rating, level, tick or plan score): a daily row with it is an error. */
  monthly?: boolean;
  /** A time that is a total: summed over days (see ColumnDef). */
  total?: boolean;
}

/** A header cell resolved: its column, the unit it carried and its 延/修 suffix. */
export interface HeaderMatch {
  column: InputColumn;
  unit: string | null;
  suffix: HeaderSuffix | null;
}

/**
 * Header key → column (a Map, so `__proto__` is just a name). A header
 * matches by its key; a key ending in 延/修 that is not itself known matches
 * the column its plain form names, remembering the suffix.
 */
export class HeaderIndex {
  private readonly byKey = new Map<string, InputColumn>();

  /** Adds each column's headers; a key already taken keeps its first column. */
  add(columns: readonly InputColumn[]): this {
    for (const column of columns) {
      for (const header of column.headers) this.set(header, column);
    }
    return this;
  }

  set(header: string, column: InputColumn): void {
    const { key } = normalizeHeader(header);
    if (!this.byKey.has(key)) this.byKey.set(key, column);
  }

  resolve(raw: string): HeaderMatch | null {
    const n = normalizeHeader(raw);
    const column = this.byKey.get(n.key);
    if (column) return { column, unit: n.unit, suffix: null };
    const plain = n.unsuffixed === null ? undefined : this.byKey.get(n.unsuffixed);
    return plain ? { column: plain, unit: n.unit, suffix: n.suffix } : null;
  }

  has(raw: string): boolean {
    return this.resolve(raw) !== null;
  }
}

/** The index of the catalogue and scheme-declared columns, built once per load. */
export function headerIndex(columns: readonly InputColumn[]): HeaderIndex {
  return new HeaderIndex().add(columns);
}
