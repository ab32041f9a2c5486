/**
 * Whole-chart SVG snapshots, stored as files to be looked at in a browser.
 * A change shows as a diff of test/charts/__snapshots__/*.svg.
 */
import { describe, expect, it } from "vitest";
import { distribution } from "~/charts/distribution.ts";
import { gradeBars } from "~/charts/gradeBars.ts";
import { kpiTrend } from "~/charts/kpiTrend.ts";
import { scoreTrend } from "~/charts/scoreTrend.ts";
import { styleClass } from "~/charts/style-classes.ts";
import { toSvgString } from "~/charts/toSvgString.ts";
import type { ChartGeometry } from "~/charts/types.ts";
import { CONVERSION, FIRST_RESPONSE, hb } from "./helpers.ts";

const months = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09"];
const summer = [hb(0.65, null, 30, "best"), hb(0.55, 0.65, 26, "good"), hb(null, 0.55, 0, "poor")];

const charts: Record<string, ChartGeometry> = {
  "kpi-trend-ratio": kpiTrend({
    kpi: "询单转化率",
    agent: "小美",
    unit: "ratio",
    lang: "zh",
    values: months.map((month, i) => ({
      month,
      value: [0.48, 0.61, null, 0.57, 0.5213][i] ?? null,
      points: 26,
    })),
    bands: months.map((month) => ({
      month,
      bands: month === "2026-07" || month === "2026-08" ? summer : CONVERSION,
    })),
    median: months.map((month) => ({ month, value: 0.52 })),
  }),
  "kpi-trend-seconds": kpiTrend({
    kpi: "First response",
    unit: "seconds",
    lang: "en",
    values: months.map((month, i) => ({ month, value: [8, 5.5, 14, null, 22][i] ?? null })),
    bands: months.map((month) => ({ month, bands: FIRST_RESPONSE })),
  }),
  "score-trend": scoreTrend({
    agent: "Lily",
    lang: "en",
    values: months.map((month, i) => ({
      month,
      value: [72, 81, 65, null, 95][i] ?? null,
      rank: i + 1,
      teamSize: 6,
    })),
  }),
  distribution: distribution({
    metric: "Total",
    month: "2026-09",
    unit: "score",
    lang: "en",
    values: [70, 71, 71.5, 80, 82, 82, 82.5, 83, 40].map((value, i) => ({ agent: `A${i}`, value })),
    thresholds: [{ value: 80, label: "A ≥80" }],
  }),
  "grade-bars": gradeBars({
    lang: "zh",
    counts: [
      { grade: "S", count: 2 },
      { grade: "A", count: 5 },
    ],
  }),
};

describe("chart snapshots", () => {
  for (const [name, g] of Object.entries(charts)) {
    it(name, async () => {
      await expect(`${toSvgString(g, name, { xmlns: true })}\n`).toMatchFileSnapshot(
        `__snapshots__/${name}.svg`,
      );
    });
  }
});

describe("style classes", () => {
  it("are distinct for distinct styles across every kind of chart (they are page-wide)", () => {
    const styles = new Set(
      Object.values(charts).flatMap((g) => g.layers.flatMap((l) => l.marks.map((m) => m.style))),
    );
    styles.delete("");
    expect(styles.size).toBeGreaterThan(10);
    expect(new Set([...styles].map(styleClass)).size).toBe(styles.size);
  });
});
