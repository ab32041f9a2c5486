import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distribution, outlierIndexes } from "~/charts/distribution.ts";
import { dodgeRows } from "~/charts/dodge.ts";
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
    expect(ys[2]).toBe(ys[0]);
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
