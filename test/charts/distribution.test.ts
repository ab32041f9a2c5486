import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distribution, outlierIndexes } from "~/charts/distribution.ts";
import { dodgeRows } from "~/charts/dodge.ts";
import { textBox } from "~/charts/labelLayout.ts";
import { marksOf, ofType } from "./helpers.ts";

const names = ["小美", "阿强", "Lily", "王五", "赵六", "钱七", "孙八"];
const totals = [86, 91, 82, 85, 40, 88, null];

describe("distribution", () => {
  const g = distribution({
    metric: "总分",
    month: "2026-09",
    unit: "score",
    lang: "zh",
    highlight: "小美",
    values: names.map((agent, i) => ({ agent, value: totals[i] ?? null })),
    thresholds: [
      { value: 90, label: "S ≥90" },
      { value: 80, label: "A ≥80" },
    ],
  });

  it("draws one dot per agent with a value, named in its tip", () => {
    const dots = ofType(marksOf(g, "dots"), "point");
    expect(dots).toHaveLength(6);
    expect(dots[0]?.tip).toBe("小美 · 86");
    expect(dots[0]?.cls).toContain("highlight");
  });

  it("marks outliers beyond ±1.5 SD with a diamond", () => {
    const dots = ofType(marksOf(g, "dots"), "point");
    const outliers = dots.filter((d) => d.shape === "diamond");
    expect(outliers.map((d) => d.tip)).toEqual(["赵六 · 40 · 离群"]);
    expect(ofType(marksOf(g, "legend"), "text")[0]?.text).toContain("◆");
  });

  it("draws an incomplete month hollow, outside the median, the outliers and the named extremes", () => {
    // 赵六's 40 is an incomplete month: not an outlier, not the lowest named, not in the median.
    const part = distribution({
      metric: "总分",
      month: "2026-09",
      unit: "score",
      lang: "zh",
      values: names.map((agent, i) => ({ agent, value: totals[i] ?? null, incomplete: i === 4 })),
    });
    const dots = ofType(marksOf(part, "dots"), "point");
    const zhao = dots.find((d) => d.tip.startsWith("赵六"));
    expect(zhao).toMatchObject({ shape: "circle", tip: "赵六 · 40 · 数据不完整" });
    expect(zhao?.cls).toContain("incomplete");
    expect(dots.filter((d) => d.shape === "diamond")).toHaveLength(0);
    expect(ofType(marksOf(part, "median"), "text")[0]?.text).toBe("中位数 86");
    const named = ofType(marksOf(part, "dot-labels"), "text").map((m) => m.text);
    expect(named).not.toContain("赵六");
    expect(named).toContain("Lily");
    expect(part.desc).toContain("中位数 86（不含 1 人数据不完整，空心点）");
    expect(ofType(marksOf(part, "legend"), "text")[0]?.text).toContain("○ 数据不完整");
    expect(part.table.rows).toContainEqual(["赵六", "40", "数据不完整"]);
  });

  it("marks the median and the thresholds", () => {
    expect(ofType(marksOf(g, "median"), "text")[0]?.text).toBe("中位数 85.5");
    expect(ofType(marksOf(g, "thresholds"), "text").map((t) => t.text)).toEqual(["A ≥80", "S ≥90"]);
  });

  it("staggers threshold labels that would overlap onto a second row", () => {
    const close = distribution({
      metric: "询单转化率",
      month: "2026-10",
      unit: "ratio",
      values: [0.4, 0.5, 0.6].map((value, i) => ({ agent: `a${i}`, value })),
      thresholds: [
        { value: 0.45, label: "≥45% · 24" },
        { value: 0.46, label: "≥46% · 25" },
        { value: 0.6, label: "≥60% · 30" },
      ],
      lang: "zh",
    });
    const ys = ofType(marksOf(close, "thresholds"), "text").map((t) => t.y);
    expect(ys[0]).not.toBe(ys[1]);
    // 45%'s label reaches over 46%'s line: it goes a row above, 60% stays on the first.
    expect(ys[0]).toBeLessThan(ys[1] ?? 0);
    expect(ys[2]).toBe(ys[1]);
  });

  it("never lets a threshold's dashed line cross another threshold's label (a phone's 340 px, the sample's bands)", () => {
    for (const width of [340, 560]) {
      const g = distribution({
        metric: "询单转化率",
        month: "2026-10",
        unit: "ratio",
        width,
        values: [0.33, 0.36, 0.47, 0.5, 0.52, 0.58, 0.6, 0.62, 0.67].map((value, i) => ({
          agent: `a${i}`,
          value,
        })),
        thresholds: [
          { value: 0.6, label: "≥60% · 30" },
          { value: 0.5, label: "≥50% · 26" },
          { value: 0.45, label: "≥45% · 24" },
          { value: 0.38, label: "≥38% · 16" },
        ],
        lang: "zh",
      });
      const marks = marksOf(g, "thresholds");
      const lines = ofType(marks, "line");
      const labels = ofType(marks, "text").map((t) => textBox(t.x, t.y, t.text, t.anchor));
      expect(labels).toHaveLength(4);
      for (const l of lines)
        for (const b of labels) {
          const crosses = l.x1 > b.x0 && l.x1 < b.x1 && l.y1 < b.y1 && l.y2 > b.y0;
          expect(crosses, `line at ${l.x1} × label at ${b.x0}–${b.x1} (${width} px)`).toBe(false);
        }
    }
  });

  it("gives the median and the names a halo, so a threshold line they sit on breaks around them", () => {
    const [median] = ofType(marksOf(g, "median"), "text");
    expect(median?.style).toContain("paint-order:stroke");
    for (const t of ofType(marksOf(g, "dot-labels"), "text"))
      expect(t.style).toContain("paint-order:stroke");
  });

  it("never draws a share's axis past 100%", () => {
    const g = distribution({
      metric: "3分钟人工回复率",
      month: "2026-10",
      unit: "ratio",
      width: 340,
      values: [0.963, 0.982, 0.99, 1].map((value, i) => ({ agent: `a${i}`, value })),
      thresholds: [
        { value: 0.98, label: "≥98% · 25" },
        { value: 0.95, label: "≥95% · 18" },
      ],
      lang: "zh",
    });
    const ticks = ofType(marksOf(g, "x-axis"), "text").map((t) => t.text);
    expect(ticks.at(-1)).toBe("100%");
    expect(ticks).not.toContain("105%");
  });

  it("lists every agent in the table, the missing one too", () => {
    expect(g.table.rows[0]).toEqual(["阿强", "91", ""]);
    expect(g.table.rows.at(-1)).toEqual(["孙八", "—", "缺数据"]);
    expect(g.desc).toContain("1 人缺数据");
  });
});

describe("outlierIndexes", () => {
  it("needs at least three values", () => {
    expect(outlierIndexes([1, 100]).size).toBe(0);
    expect(outlierIndexes([]).size).toBe(0);
    expect(outlierIndexes([5, 5, 5, 5]).size).toBe(0);
  });
});

describe("dodgeRows", () => {
  it("never lets two dots overlap", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 60 }), (xs) => {
        const r = 5;
        const rows = dodgeRows(xs, r);
        for (let i = 0; i < xs.length; i++) {
          for (let j = i + 1; j < xs.length; j++) {
            const dx = Math.abs((xs[i] ?? 0) - (xs[j] ?? 0));
            if (dx < 2 * r) expect(rows[i]).not.toBe(rows[j]);
          }
        }
      }),
    );
  });
});
