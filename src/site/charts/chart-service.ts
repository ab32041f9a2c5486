/**
 * Where an agent page's charts are drawn. The report's in-process build
 * shares a worker-thread service (src/report/chart-pool.ts), so the charts of
 * one page are drawn on another core while Astro renders the pages; without
 * one (dev server, build shards) they are drawn here. Either way the output
 * is the same: the same pure functions draw it.
 */
import {
  type AgentCharts,
  type AgentChartsInput,
  type BandsOf,
  drawAgentCharts,
} from "../model/agent-charts.ts";

export interface ChartService {
  agentCharts(input: AgentChartsInput, bandsOf: BandsOf): Promise<AgentCharts>;
}

/** A global, not a module variable: Astro bundles the pages with their own copy of this module. */
const SHARED = Symbol.for("kefu-kpi-report.chart-service");
type Shared = { [SHARED]?: ChartService | undefined };

export function shareChartService(service: ChartService | undefined): void {
  (globalThis as Shared)[SHARED] = service;
}

export function agentCharts(
  input: AgentChartsInput,
  bandsOf: BandsOf,
): AgentCharts | Promise<AgentCharts> {
  const service = (globalThis as Shared)[SHARED];
  return service ? service.agentCharts(input, bandsOf) : drawAgentCharts(input, bandsOf);
}
