/**
 * Draws agent-page charts for the report's build (chart-pool.ts): band sets
 * arrive once by key, then one message per page. The drawn charts go back as
 * they are, ~25 strings of 2–20 KB a page, allocated in the renderer's young
 * generation. Joined into one string per page, they were a large object each
 * (from 128 KB): memory mapped for it in the old generation and unmapped at
 * the next full collection, ~1 GB over a 3,000-agent build. Unjoined, the
 * renderer's full-collection pauses fell from 620 to 343 ms, and alternating
 * one-file reports took 18.95–21.37 s with 4.2–6.6 s of system time, against
 * 19.8–21.7 s and 6.0–7.8 s.
 */
import { parentPort } from "node:worker_threads";
import type { MonthBands } from "../charts/zones.ts";
import { type AgentChartsInput, drawAgentCharts } from "../site/model/agent-charts.ts";

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
  parentPort?.postMessage({ id: msg.id, charts: drawAgentCharts(msg.input, bandsOf) });
});
