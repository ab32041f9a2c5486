/** Charts drawn on the worker are the charts drawn here; a lost worker costs nothing but time. */
import { describe, expect, it } from "vitest";
import type { MonthBands } from "~/charts/zones.ts";
import { ChartPool } from "~/report/chart-pool.ts";
import { type AgentChartsInput, drawAgentCharts } from "~/site/model/agent-charts.ts";
import { CONVERSION } from "../charts/helpers.ts";

const months = ["2026-08", "2026-09", "2026-10"];
const bands: Record<string, MonthBands[]> = {
  conv: months.map((month) => ({ month, bands: CONVERSION })),
};
const bandsOf = (key: string) => bands[key] ?? [];

const input = (agent: string, lang: "zh" | "en"): AgentChartsInput => ({
  lang,
  agent,
  months,
  score: {
    values: months.map((month, i) => ({ month, value: 70 + i * 5, grade: "B", complete: i !== 1 })),
    grades: [{ min: 80, label: "A" }],
    max: 100,
  },
  kpis: [
    {
      label: "询单转化率",
      unit: "ratio",
      values: [0.41, null, 0.58],
      points: [16, null, 26],
      median: [0.5, 0.52, 0.51],
      bands: "conv",
    },
  ],
});

describe("ChartPool", () => {
  it("draws what drawAgentCharts draws, for every page, in both languages", async () => {
    const pool = new ChartPool();
    try {
      const pages = ["小美", `<b>"x"</b>`, "Ann"].flatMap((a) => [input(a, "zh"), input(a, "en")]);
      const drawn = await Promise.all(pages.map((p) => pool.agentCharts(p, bandsOf)));
      expect(drawn).toEqual(pages.map((p) => drawAgentCharts(p, bandsOf)));
      expect(drawn[0]?.kpis[0]?.svg).toContain("询单转化率");
    } finally {
      await pool.close();
    }
  });

  it("draws a page's charts here when enough pages already wait on the worker", async () => {
    const pool = new ChartPool(2);
    try {
      const pages = ["小美", "Ann", "阿杰", "Bo"].map((a) => input(a, "zh"));
      const drawn = await Promise.all(pages.map((p) => pool.agentCharts(p, bandsOf)));
      expect(drawn).toEqual(pages.map((p) => drawAgentCharts(p, bandsOf)));
      // The first two went to the worker; the other two found two waiting and were drawn here.
      expect(pool.drawnHere).toBe(2);
      // Once the worker has answered, the next page goes to it again.
      await pool.agentCharts(input("Cy", "en"), bandsOf);
      expect(pool.drawnHere).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it("draws on the main thread when the worker is gone, waiting pages included", async () => {
    const pool = new ChartPool();
    const waiting = pool.agentCharts(input("小美", "zh"), bandsOf);
    await (pool as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    expect(await waiting).toEqual(drawAgentCharts(input("小美", "zh"), bandsOf));
    expect(await pool.agentCharts(input("Ann", "en"), bandsOf)).toEqual(
      drawAgentCharts(input("Ann", "en"), bandsOf),
    );
    await pool.close();
  });
});
