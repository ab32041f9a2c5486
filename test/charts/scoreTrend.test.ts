import { describe, expect, it } from "vitest";
import { PHONE_WIDTH, textBox } from "~/charts/labelLayout.ts";
import { scoreTrend, scoreTrendAt } from "~/charts/scoreTrend.ts";
import { marksOf, ofType } from "./helpers.ts";

const values = [
  { month: "2026-07", value: 72, grade: "B", rank: 5, teamSize: 8 },
  { month: "2026-08", value: 81, grade: "A", complete: false, rank: 3, teamSize: 8 },
  { month: "2026-09", value: null, grade: null, rank: null, teamSize: 8 },
  { month: "2026-10", value: 95, grade: "S", rank: 1, teamSize: 8 },
];

describe("scoreTrend", () => {
  const g = scoreTrend({ agent: "小美", values, lang: "zh", max: 110 });

  it("draws labelled grade lines S/A/B/C", () => {
    expect(ofType(marksOf(g, "grades"), "text").map((t) => t.text)).toEqual([
      "S ≥90",
      "A ≥80",
      "B ≥70",
      "C ≥60",
    ]);
    const ys = ofType(marksOf(g, "grades"), "line").map((l) => l.y1);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it("marks an incomplete total with a hollow square and says so", () => {
    const points = ofType(marksOf(g, "points"), "point");
    expect(points.map((p) => p.shape)).toEqual(["circle", "square", "circle"]);
    expect(points[1]?.tip).toBe("2026-08 · 81 · A · #3/8 · 不完整");
    expect(g.table.rows[1]).toEqual(["2026-08", "81 (不完整)", "A", "3 / 8"]);
  });

  it("keeps an incomplete total off the line and labels it, so it never reads as a fall", () => {
    const [square] = ofType(marksOf(g, "points"), "point").filter((p) => p.shape === "square");
    const [line] = ofType(marksOf(g, "series"), "path");
    const xs = [...(line?.d.matchAll(/[ML]([\d.]+),/g) ?? [])].map((m) => Number(m[1]));
    expect(xs).toHaveLength(2);
    expect(xs).not.toContain(square?.x);
    const labels = ofType(marksOf(g, "value-labels"), "text").map((t) => t.text);
    expect(labels).toContain("81 不完整");
    expect(labels).not.toContain("81 A");
  });

  it("leaves a gap for a month without a total", () => {
    const [line] = ofType(marksOf(g, "series"), "path");
    expect(line?.d.match(/M/g)).toHaveLength(2);
    expect(g.table.rows[2]).toEqual(["2026-09", "—", "—", "—"]);
  });

  it("puts rank 1 at the top of the rank panel", () => {
    const ranks = ofType(marksOf(g, "rank"), "point");
    const byRank = new Map(ranks.map((p) => [p.tip.split("#")[1], p.y]));
    expect(byRank.get("1/8")).toBeLessThan(byRank.get("3/8") ?? 0);
    expect(byRank.get("3/8")).toBeLessThan(byRank.get("5/8") ?? 0);
    // below the main plot
    const mainBottom = Math.max(...ofType(marksOf(g, "points"), "point").map((p) => p.y));
    expect(Math.min(...ranks.map((p) => p.y))).toBeGreaterThan(mainBottom);
  });

  it("has no rank panel without ranks", () => {
    const g2 = scoreTrend({
      values: values.map(({ month, value }) => ({ month, value })),
      lang: "en",
    });
    expect(marksOf(g2, "rank")).toEqual([]);
    expect(g2.height).toBe(220);
    expect(g2.table.columns).toEqual(["Month", "Total", "Grade"]);
    expect(g2.desc).toContain("grade edges");
  });
});

describe("scoreTrend on a phone: the latest total is written over its own point", () => {
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  const totals = [31, 29, 29, 37, 29, 31, 29, 31, 31, 29, 29, 37];
  const phone = scoreTrend({
    values: months.map((month, i) => ({ month, value: totals[i] ?? null, grade: "D" })),
    lang: "zh",
    width: PHONE_WIDTH,
  });

  it("centres '37 D' over the last point, not wholly to its left over the month before", () => {
    const last = ofType(marksOf(phone, "points"), "point").at(-1);
    const labels = ofType(marksOf(phone, "value-labels"), "text").filter((t) => t.text === "37 D");
    const latest = labels.find((t) => textBox(t.x, t.y, t.text, t.anchor).x1 > (last?.x ?? 0));
    expect(latest?.anchor).toBe("middle");
    const box = textBox(latest?.x ?? 0, latest?.y ?? 0, "37 D", "middle");
    expect(box.x0).toBeLessThan(last?.x ?? 0);
  });
});

describe("scoreTrendAt", () => {
  it("draws at each width what scoreTrend draws there, whatever width it drew first", () => {
    const input = { agent: "小美", values, lang: "zh" as const, max: 110 };
    const at = scoreTrendAt(input);
    for (const width of [1136, PHONE_WIDTH, 1136, 700])
      expect(at(width)).toEqual(scoreTrend({ ...input, width }));
  });
});
