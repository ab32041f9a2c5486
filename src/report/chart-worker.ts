/**
 * Draws agent-page charts for the report's build (chart-pool.ts): band sets
 * arrive once by key, then one message per page.
 */
import { parentPort } from "node:worker_threads";
import type { MonthBands } from "../charts/zones.ts";
import { type AgentChartsInput, drawAgentCharts } from "../site/model/agent-charts.ts";
import { packCharts } from "./chart-pack.ts";

export type ChartMessage =
  | { type: "bands"; key: string; bands: MonthBands[] }
  | { type: "draw"; id: number; input: AgentChartsInput };

const bands = new Map<string, MonthBands[]>();
const bandsOf = (key: string) => bands.get(key) ?? [];

parentPort?.on("message", (msg: ChartMessage) => {
  if (msg.type === "bands") {
    bands.set(msg.key, msg.bands);
    return;
  }
  parentPort?.postMessage({ id: msg.id, charts: packCharts(drawAgentCharts(msg.input, bandsOf)) });
});
