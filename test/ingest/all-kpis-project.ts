/** Test helper: a project whose one scheme asks for every platform KPI (any value scores 1 point). */
import { METRICS } from "~/engine/metrics.ts";
import { tempFiles } from "./temp-files.ts";

const KPIS = [
  "inquiry_conversion",
  "agent_aov",
  "first_response",
  "avg_response",
  "satisfaction",
  "refund_rate",
  "consultations",
  "reply_3min_rate",
  "answer_30s_rate",
  "dissatisfaction_rate",
  "answer_ratio",
  "avg_handle_time",
  "order_conversion",
  "fcr",
  "service_score",
  "transfers_out",
];

/** A scheme with one KPI per metric: any value scores 1 point, so scored/missing is all it tells. */
export const ALL_KPIS_SCHEME = JSON.stringify({
  id: "all-kpis",
  label: { zh: "全部指标", en: "All KPIs" },
  mode: "points",
  kpis: KPIS.map((id) => ({
    id,
    weight: 1,
    bands: METRICS[id]?.better === "lower" ? [{ max: 1e9, points: 1 }] : [{ min: -1e9, points: 1 }],
  })),
});

export function project(files: Record<string, string>, config = "") {
  return tempFiles({
    "data/config.yaml": `defaultScheme: all-kpis\n${config}`,
    "data/schemes/all-kpis.json": ALL_KPIS_SCHEME,
    ...files,
  });
}
