/**
 * A worker thread that draws agent-page charts while Astro renders pages on
 * the main thread: charts were a third of a large build's main-thread time,
 * and a small machine's second core sat idle. Pages ask in render order and
 * get answers in that order. If the worker dies, every waiting and later page
 * draws its charts on the main thread: the same functions, the same output.
 */
import { Worker } from "node:worker_threads";
import type { ChartService } from "../site/charts/chart-service.ts";
import {
  type AgentCharts,
  type AgentChartsInput,
  type BandsOf,
  drawAgentCharts,
} from "../site/model/agent-charts.ts";
import type { ChartMessage } from "./chart-worker.ts";

interface Pending {
  input: AgentChartsInput;
  bandsOf: BandsOf;
  done: (charts: AgentCharts) => void;
}

/**
 * Pages waiting on the worker at which a page draws its own charts here. At
 * 7 of Astro's 8 pages in flight (astro.config.mjs) this thread drew ~5 % of
 * the charts while the worker, since the charts cost ~30 % less, idled a
 * fifth of the agent pages' time: this thread, which renders every page, is
 * now the slower lane. At 8, which a page never sees while Astro keeps 8 in
 * flight (at most the other 7 wait), this thread draws only when the worker is
 * gone (main thread 19.9–24.0 CPU s against 21.6–24.6 at 7, 3,000 agents,
 * alternating runs).
 */
const DRAW_HERE_AT = 8;

export class ChartPool implements ChartService {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly sentBands = new Set<string>();
  private nextId = 0;
  /** Pages whose charts were drawn on this thread (the worker busy, or gone). */
  drawnHere = 0;

  private readonly drawHereAt: number;

  constructor(drawHereAt = DRAW_HERE_AT) {
    this.drawHereAt = drawHereAt;
    // A small young generation: the worker's garbage is short-lived SVG strings, and a
    // large one is memory the report holds at its peak for nothing.
    const worker = new Worker(new URL("./chart-worker.ts", import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    worker.on("message", (msg: { id: number; charts: AgentCharts }) => {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (this.pending.size === 0) worker.unref();
      p?.done(msg.charts);
    });
    const lost = () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      for (const p of this.pending.values()) p.done(drawAgentCharts(p.input, p.bandsOf));
      this.pending.clear();
    };
    worker.on("error", lost);
    worker.on("exit", lost);
    // Idle, it must not keep the process alive; while pages wait on it, it must.
    worker.unref();
    this.worker = worker;
  }

  agentCharts(input: AgentChartsInput, bandsOf: BandsOf): Promise<AgentCharts> {
    const worker = this.worker;
    if (!worker || this.pending.size >= this.drawHereAt) {
      this.drawnHere++;
      return Promise.resolve(drawAgentCharts(input, bandsOf));
    }
    for (const k of input.kpis) {
      if (this.sentBands.has(k.bands)) continue;
      this.sentBands.add(k.bands);
      const msg: ChartMessage = { type: "bands", key: k.bands, bands: [...bandsOf(k.bands)] };
      worker.postMessage(msg);
    }
    const id = this.nextId++;
    return new Promise((done) => {
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { input, bandsOf, done });
      const msg: ChartMessage = { type: "draw", id, input };
      worker.postMessage(msg);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
