/** A page's charts cross from the worker as one string and come out as they went in. */
import { describe, expect, it } from "vitest";
import type { MonthBands } from "~/charts/zones.ts";
import { packCharts, unpackCharts } from "~/report/chart-pack.ts";
import { type AgentChartsInput, drawAgentCharts } from "~/site/model/agent-charts.ts";
import { CONVERSION } from "../charts/helpers.ts";

const months = ["2026-08", "2026-09", "2026-10"];
const bandsOf = (): MonthBands[] => months.map((month) => ({ month, bands: CONVERSION }));

const input = (kpis: number): AgentChartsInput => ({
  lang: "zh",
  agent: "小美",
  months,
  score: {
    values: months.map((month, i) => ({ month, value: 70 + i * 5, grade: "B", complete: true })),
    grades: [{ min: 80, label: "A" }],
    max: 100,
  },
  kpis: Array.from({ length: kpis }, (_, k) => ({
    label: `指标${k}`,
    unit: "ratio" as const,
    values: [0.41, null, 0.58],
    points: [16, null, 26],
    median: [0.5, 0.52, 0.51],
    bands: "conv",
  })),
});

describe("packCharts / unpackCharts", () => {
  it("gives back the charts drawn, every SVG, phone variant and data row in its place", () => {
    for (const n of [0, 1, 5]) {
      const charts = drawAgentCharts(input(n), bandsOf);
      const packed = packCharts(charts);
      expect(unpackCharts(packed)).toEqual(charts);
      // What crosses holds the strings once, in the one string, not in the charts.
      expect(packed.charts.score.svg).toBe("");
      expect(packed.charts.dataRows).toBe("");
      expect(packed.text).toContain(charts.score.svg);
    }
  });

  it("keeps a chart without a phone variant without one", () => {
    const charts = drawAgentCharts(input(1), bandsOf);
    const narrow = { ...charts, kpis: [{ ...(charts.kpis[0] as (typeof charts.kpis)[0]) }] };
    delete narrow.kpis[0]?.phone;
    const back = unpackCharts(packCharts(narrow));
    expect(back).toEqual(narrow);
    expect(back.kpis[0]).not.toHaveProperty("phone");
  });
});
