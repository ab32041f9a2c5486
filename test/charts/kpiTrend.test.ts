import { describe, expect, it } from "vitest";
import { kpiTrend, kpiTrendAt } from "~/charts/kpiTrend.ts";
import { type Box, FONT, overlaps, PHONE_WIDTH, textBox } from "~/charts/labelLayout.ts";
import { CONVERSION, FIRST_RESPONSE, hb, marksOf, ofType } from "./helpers.ts";

const MONTHS = ["2026-07", "2026-08", "2026-09", "2026-10"];
const bandsAll = (bands = CONVERSION) => MONTHS.map((month) => ({ month, bands }));

describe("kpiTrend", () => {
  const g = kpiTrend({
    kpi: "询单转化率",
    agent: "小美",
    unit: "ratio",
    lang: "zh",
    values: [
      { month: "2026-07", value: 0.48, points: 24 },
      { month: "2026-08", value: null, points: null },
      { month: "2026-09", value: 0.5213, points: 26 },
      { month: "2026-10", value: 0.61, points: 30 },
    ],
    bands: bandsAll(),
    median: MONTHS.map((month) => ({ month, value: 0.5 })),
  });

  it("puts each month at its column centre", () => {
    // plot 48..457 (the right margin holds the band labels), 4 columns of 102.25 px
    const points = ofType(marksOf(g, "points"), "point");
    expect(points.map((p) => p.x)).toEqual([99.1, 303.6, 405.9]);
    expect(points.map((p) => p.tip)).toEqual([
      "2026-07 · 48.0% · 24 分",
      "2026-09 · 52.1% · 26 分",
      "2026-10 · 61.0% · 30 分",
    ]);
  });

  it("never rounds a value onto a band edge it did not reach, in its tip, label and table", () => {
    // 59.96% is under 60% (26 points): "60.0%" beside 26 points would contradict the bands.
    const near = kpiTrend({
      kpi: "询单转化率",
      unit: "ratio",
      lang: "zh",
      values: [
        { month: "2026-09", value: 0.6, points: 30 },
        { month: "2026-10", value: 0.5996, points: 26 },
      ],
      bands: bandsAll(),
    });
    const tips = ofType(marksOf(near, "points"), "point").map((p) => p.tip);
    expect(tips).toEqual(["2026-09 · 60.0% · 30 分", "2026-10 · 59.96% · 26 分"]);
    expect(near.table.rows.flat().join(" ")).toContain("59.96%");
    expect(near.desc).toContain("59.96%");
  });

  it("breaks the line at a missing month instead of drawing 0", () => {
    const [line] = ofType(marksOf(g, "series"), "path");
    // two sub-paths: one lone point (2026-07) and 2026-09 → 2026-10
    expect(line?.d.match(/M/g)).toHaveLength(2);
    expect(line?.d).not.toMatch(/NaN/);
    const missing = ofType(marksOf(g, "missing"), "text");
    expect(missing.map((m) => [m.x, m.text])).toEqual([[201.4, "缺"]]);
    expect(g.table.rows[1]).toEqual(["2026-08", "—", "—", "50.0%"]);
  });

  it("draws the median dashed and labels it once", () => {
    const [median] = ofType(marksOf(g, "median"), "path");
    expect(median?.style).toContain("stroke-dasharray");
    expect(ofType(marksOf(g, "median"), "text").map((t) => t.text)).toEqual(["团队中位数"]);
  });

  it("labels the latest value, the highest, the lowest and band crossings, never overlapping", () => {
    // 2026-10 is the latest and the highest; 2026-07 the lowest; 2026-09 crossed from 45–50% into 50–60%.
    expect(ofType(marksOf(g, "value-labels"), "text").map((t) => t.text)).toEqual([
      "61.0%",
      "48.0%",
      "52.1%",
    ]);
    const texts = g.layers.flatMap((l) => ofType(l.marks, "text"));
    const boxes = texts.map((t) => textBox(t.x, t.y, t.text, t.anchor, FONT));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(
          overlaps(boxes[i] as Box, boxes[j] as Box),
          `${texts[i]?.text} × ${texts[j]?.text}`,
        ).toBe(false);
  });

  it("draws no text under 11 px", () => {
    const sizes = g.layers
      .flatMap((l) => ofType(l.marks, "text"))
      .map((t) => /font-size:(\d+)px/.exec(t.style)?.[1]);
    expect(sizes.every((s) => Number(s) >= 11)).toBe(true);
  });

  it("merges identical months into one zone per band, labelled with range and points in the margin", () => {
    const zones = ofType(marksOf(g, "zones"), "rect");
    expect(zones).toHaveLength(5);
    expect(zones.every((z) => z.x === 48 && z.width === 409)).toBe(true);
    expect(ofType(marksOf(g, "zone-labels"), "text").map((t) => t.text)).toEqual([
      "≥60% · 30 分",
      "50%–60% · 26 分",
      "45%–50% · 24 分",
      "38%–45% · 16 分",
      "<38% · 0 分",
    ]);
  });

  it("draws zones per month when the bands change", () => {
    const summer = [
      hb(0.65, null, 30, "best"),
      hb(0.5, 0.65, 26, "good"),
      hb(null, 0.5, 0, "poor"),
    ];
    const g2 = kpiTrend({
      kpi: "x",
      unit: "ratio",
      lang: "en",
      values: MONTHS.map((month) => ({ month, value: 0.55 })),
      bands: MONTHS.map((month) => ({ month, bands: month === "2026-08" ? summer : CONVERSION })),
    });
    const zones = ofType(marksOf(g2, "zones"), "rect");
    const runs = [...new Set(zones.map((z) => `${z.x}+${z.width}`))];
    expect(runs).toEqual(["48+99.5", "147.5+99.5", "247+199"]);
    const best = zones.filter((z) => z.cls === "zone best");
    expect(best).toHaveLength(3);
    // the summer's best zone starts higher (65% > 60%)
    const bottom = (z: (typeof best)[number] | undefined) => (z ? z.y + z.height : 0);
    expect(bottom(best[1])).toBeLessThan(bottom(best[0]));
    expect(bottom(best[2])).toBe(bottom(best[0]));
  });

  it("keeps the best zone at the top when higher is better", () => {
    const zones = ofType(marksOf(g, "zones"), "rect");
    const best = zones.find((z) => z.cls.includes("best"));
    const poor = zones.find((z) => z.cls.includes("poor"));
    expect(best?.y).toBeLessThan(poor?.y ?? 0);
    expect(best?.y).toBe(16); // clipped to the top of the plot
  });

  it("puts the best zone at the bottom when lower is better (seconds)", () => {
    const g2 = kpiTrend({
      kpi: "首次响应时间",
      unit: "seconds",
      lang: "en",
      values: MONTHS.map((month, i) => ({ month, value: [8, 14, 5, 22][i] ?? null })),
      bands: bandsAll(FIRST_RESPONSE),
    });
    const zones = ofType(marksOf(g2, "zones"), "rect");
    const best = zones.find((z) => z.cls.includes("best"));
    const poor = zones.find((z) => z.cls.includes("poor"));
    expect((best?.y ?? 0) + (best?.height ?? 0)).toBe(216); // plot bottom
    expect(poor?.y).toBe(16);
    expect(ofType(marksOf(g2, "zone-labels"), "text").map((t) => t.text)).toContain(
      "≤6 s · 20 pts",
    );
  });

  it("includes band edges and data in the value domain", () => {
    const ys = ofType(marksOf(g, "y-axis"), "text").map((t) => t.text);
    // data 48%–61%, band edges 38%–60%: the axis spans below 38% and above 61%
    expect(ys[0]).toBe("35%");
    expect(ys.at(-1)).toBe("65%");
  });

  it("gives a title, a description and the data table", () => {
    expect(g.title).toBe("小美 · 询单转化率");
    expect(g.desc).toContain("1 个月缺数据");
    expect(g.table.columns).toEqual(["月份", "询单转化率", "得分", "团队中位数"]);
    expect(g.table.rows).toHaveLength(4);
  });

  it("pins the line path", () => {
    expect(ofType(marksOf(g, "series"), "path")[0]?.d).toMatchInlineSnapshot(
      `"M99.1,129.3ZM303.6,101.8L405.9,42.7"`,
    );
  });
});

describe("kpiTrend on a phone: the latest value is written over its own point", () => {
  // 七七's 询单转化率: twelve months, the last a little above the one before, so the
  // label set wholly to the left of the last point sat over the month before.
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  const rates = [0.33, 0.33, 0.31, 0.37, 0.32, 0.374, 0.345, 0.33, 0.335, 0.34, 0.32, 0.372];
  const phone = kpiTrend({
    kpi: "询单转化率",
    unit: "ratio",
    lang: "zh",
    width: PHONE_WIDTH,
    values: months.map((month, i) => ({ month, value: rates[i] ?? null })),
    bands: months.map((month) => ({ month, bands: CONVERSION })),
  });

  it("centres the latest value's label over the last point, moved in only as far as the plot's edge", () => {
    const last = ofType(marksOf(phone, "points"), "point").at(-1);
    const label = ofType(marksOf(phone, "value-labels"), "text").find((t) => t.text === "37.2%");
    expect(label?.anchor).toBe("middle");
    const box = textBox(label?.x ?? 0, label?.y ?? 0, "37.2%", "middle");
    expect(box.x0).toBeLessThan(last?.x ?? 0);
    expect(box.x1).toBeGreaterThan(last?.x ?? 0);
    expect(label?.y).toBeLessThan(last?.y ?? 0);
  });
});

describe("kpiTrendAt", () => {
  it("draws at each width what kpiTrend draws there, whatever width it drew first", () => {
    const input = {
      kpi: "询单转化率",
      agent: "小美",
      unit: "ratio" as const,
      lang: "en" as const,
      values: MONTHS.map((month, i) => ({
        month,
        value: [0.38, null, 0.52, 0.61][i] ?? null,
        points: i,
      })),
      bands: bandsAll(),
      median: MONTHS.map((month) => ({ month, value: 0.5 })),
    };
    const at = kpiTrendAt(input);
    for (const width of [560, PHONE_WIDTH, 560, 420])
      expect(at(width)).toEqual(kpiTrend({ ...input, width }));
  });
});
