/**
 * The metric catalogue: how each KPI value is computed from an agent-month's
 * columns. Pure data, no I/O. A metric is a canonical column, or a ratio of two
 * metric/column refs with an optional directly-given column as fallback (the
 * contract: where both the ratio and its parts exist, the parts win).
 * A count-weighted average is a ratio of sums (e.g. total time / count).
 */
import type { Label } from "./types.ts";

export type MetricUnit = "ratio" | "seconds" | "multiple" | "count" | "yuan" | "score";
export type Better = "higher" | "lower";

interface MetricBase {
  id: string;
  label: Label;
  formula: Label;
  unit: MetricUnit;
  better: Better;
  /**
   * A ratio that may pass 1 (100%): 答问比, agent messages per buyer message. Every other
   * ratio is a share of a whole, 0–1, so a band bound above 1 on it is a percent typed
   * as a number (`min: 60` for 60%), which the checker refuses.
   */
  unbounded?: boolean;
}
export interface ColumnMetric extends MetricBase {
  kind: "column";
  column: string;
}
export interface RatioMetric extends MetricBase {
  kind: "ratio";
  /** Metric id or column id. */
  num: string;
  den: string;
  /** A column holding the ratio given directly, used only when the parts are absent. */
  fallback?: string;
}
export type MetricDef = ColumnMetric | RatioMetric;

const L = (zh: string, en: string): Label => ({ zh, en });

function ratio(
  id: string,
  label: Label,
  formula: Label,
  parts: { num: string; den: string; fallback?: string },
  unit: MetricUnit = "ratio",
  better: Better = "higher",
): RatioMetric {
  return { id, label, formula, unit, better, kind: "ratio", ...parts };
}
function column(
  id: string,
  label: Label,
  col: string,
  unit: MetricUnit,
  better: Better,
): ColumnMetric {
  return { id, label, formula: label, unit, better, kind: "column", column: col };
}

const list: MetricDef[] = [
  ratio(
    "inquiry_conversion",
    L("询单转化率", "Inquiry conversion"),
    L("最终付款人数 / 询单人数", "paid buyers / inquiries"),
    { num: "paid_buyers", den: "inquiries", fallback: "inquiry_conversion" },
  ),
  ratio(
    "agent_aov",
    L("客服客单价", "Agent AOV"),
    L("客服销售额 / 最终付款人数", "agent sales / paid buyers"),
    { num: "agent_sales", den: "paid_buyers", fallback: "agent_aov" },
    "yuan",
  ),
  ratio(
    "shop_aov",
    L("店铺客单价", "Shop AOV"),
    L("店铺销售额 / 店铺付款人数", "shop sales / shop buyers"),
    { num: "shop_sales", den: "shop_buyers", fallback: "shop_aov" },
    "yuan",
  ),
  ratio(
    "aov_ratio",
    L("落实客单价", "AOV ratio"),
    L("客服客单价 / 店铺客单价", "agent AOV / shop AOV"),
    { num: "agent_aov", den: "shop_aov" },
    "multiple",
  ),
  column(
    "first_response",
    L("首次响应时间", "First response time"),
    "first_response_s",
    "seconds",
    "lower",
  ),
  column(
    "avg_response",
    L("平均响应时间", "Average response time"),
    "avg_response_s",
    "seconds",
    "lower",
  ),
  ratio(
    "satisfaction",
    L("客户满意率", "Satisfaction"),
    L("满意评价数 / 评价总数", "satisfied reviews / reviews"),
    { num: "satisfied_reviews", den: "reviews", fallback: "satisfaction" },
  ),
  ratio(
    "payment_rate",
    L("支付率", "Payment rate"),
    L("支付宝付款笔数 / 拍下笔数", "paid orders / placed orders"),
    { num: "paid_orders", den: "placed_orders" },
  ),
  ratio(
    "reply_rate",
    L("旺旺回复率", "Reply rate"),
    L("回复过的客户数 / 接待人数", "replied customers / received customers"),
    { num: "replied_customers", den: "received_customers", fallback: "reply_rate" },
  ),
  ratio(
    "refund_rate",
    L("客户退款率", "Refund rate"),
    L("客户退款数 / 客服成交数", "refunds / deals"),
    { num: "refunds", den: "deals" },
    "ratio",
    "lower",
  ),
  // Platform service metrics (issue 12). Each rate is a ratio of monthly sums; where an
  // export gives only the rate, it is used as given (monthly) or weighted by its
  // denominator (daily; see src/ingest/columns.ts).
  column("consultations", L("咨询人数", "Consultations"), "consultations", "count", "higher"),
  ratio(
    "reply_3min_rate",
    L("3分钟人工回复率", "Manual reply within 3 min"),
    L(
      "3分钟内人工回复人数 / 需要人工回复的咨询人数",
      "customers replied to within 3 min / consultations needing a manual reply",
    ),
    { num: "replied_3min", den: "manual_consults", fallback: "reply_3min_rate" },
  ),
  ratio(
    "answer_30s_rate",
    L("30秒应答率", "Answered within 30 s"),
    L(
      "30秒内应答人数 / 需要人工回复的咨询人数",
      "customers answered within 30 s / consultations needing a manual reply",
    ),
    { num: "answered_30s", den: "manual_consults", fallback: "answer_30s_rate" },
  ),
  ratio(
    "dissatisfaction_rate",
    L("不满意率", "Dissatisfaction"),
    L("不满意评价数 / 评价总数", "dissatisfied reviews / reviews"),
    { num: "dissatisfied_reviews", den: "reviews", fallback: "dissatisfaction_rate" },
    "ratio",
    "lower",
  ),
  // Agent messages per buyer message: often above 1 (ingest takes its column unbounded too).
  {
    ...ratio(
      "answer_ratio",
      L("答问比", "Answer ratio"),
      L("客服消息数 / 买家消息数", "agent messages / buyer messages"),
      { num: "agent_messages", den: "buyer_messages", fallback: "answer_ratio" },
    ),
    unbounded: true,
  },
  column("slow_responses", L("慢响应人数", "Slow responses"), "slow_responses", "count", "lower"),
  column("transfers_out", L("转出人数", "Transfers out"), "transfers_out", "count", "lower"),
  ratio(
    "avg_handle_time",
    L("平均接待时长", "Average handle time"),
    L("接待总时长 / 接待人数", "total handle time / customers received"),
    { num: "handle_time_s", den: "received_customers", fallback: "avg_handle_s" },
    "seconds",
    "lower",
  ),
  column(
    "ordered_buyers",
    L("下单人数", "Buyers who ordered"),
    "ordered_buyers",
    "count",
    "higher",
  ),
  ratio(
    "order_conversion",
    L("下单转化率", "Order conversion"),
    L("下单人数 / 询单人数", "buyers who ordered / inquiries"),
    { num: "ordered_buyers", den: "inquiries", fallback: "order_conversion" },
  ),
  ratio(
    "fcr",
    L("一次解决率", "First-contact resolution"),
    L("一次解决数 / 接待人数", "resolved on first contact / contacts handled"),
    { num: "first_contact_resolved", den: "received_customers", fallback: "fcr_rate" },
  ),
  // A platform score, not a ratio: a month is the mean of its daily scores (each day once;
  // a day without a score makes the month missing), a monthly row is used as given.
  column("service_score", L("客服服务分", "Service score"), "service_score", "score", "higher"),
  // Form 17: over columns a scheme declares as inputs.
  ratio(
    "feedback_timeliness",
    L("客户意见反馈及时率", "Feedback timeliness"),
    L(
      "在标准时间内反馈客户意见的次数 / 总共需要反馈的次数",
      "feedback given in time / feedback needed",
    ),
    { num: "feedback_on_time", den: "feedback_needed" },
  ),
  ratio(
    "info_transfer_timeliness",
    L("客户服务信息传递及时率", "Information transfer timeliness"),
    L(
      "标准时间内传递信息次数 / 需要向相关部门传递信息总次数",
      "transfers in time / transfers needed",
    ),
    { num: "info_on_time", den: "info_needed" },
  ),
  ratio(
    "revisit_rate",
    L("客户回访率", "Revisit rate"),
    L("实际回访客户数 / 计划回访客户数", "customers revisited / revisits planned"),
    { num: "revisits_done", den: "revisits_planned" },
  ),
  ratio(
    "complaint_resolution_speed",
    L("客户投诉解决速度", "Complaint resolution time"),
    L("月客户投诉解决总时间 / 月解决投诉总数", "total resolution time / complaints resolved"),
    { num: "complaint_hours", den: "complaints_resolved" },
    "count",
    "lower",
  ),
  ratio(
    "complaint_satisfaction",
    L("客户投诉解决满意率", "Complaint resolution satisfaction"),
    L(
      "客户对解决结果满意的投诉数量 / 总投诉数量",
      "complaints resolved to satisfaction / complaints",
    ),
    { num: "complaints_satisfied", den: "complaints" },
  ),
];

/** Null-prototype: `METRICS["constructor"]` is no metric (a KPI id from a scheme file indexes it). */
export const METRICS: Readonly<Record<string, MetricDef>> = Object.freeze(
  Object.assign(
    Object.create(null) as Record<string, MetricDef>,
    Object.fromEntries(list.map((m) => [m.id, m])),
  ),
);
