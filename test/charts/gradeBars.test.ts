import { describe, expect, it } from "vitest";
import { gradeBars } from "~/charts/gradeBars.ts";
import { marksOf, ofType } from "./helpers.ts";

describe("gradeBars", () => {
  const g = gradeBars({
    lang: "en",
    month: "2026-09",
    counts: [
      { grade: "S", count: 1 },
      { grade: "A", count: 4 },
      { grade: "B", count: 3 },
      { grade: "C", count: 0 },
    ],
  });

  it("scales bar lengths to the counts", () => {
    // plot 56..320 (width 360, right margin 40): 4 agents = 264 px
    const bars = ofType(marksOf(g, "bars"), "rect");
    expect(bars.map((b) => b.width)).toEqual([61, 244, 183, 0]);
    expect(bars.every((b) => b.x === 56)).toBe(true);
  });

  it("writes grade and count labels so bars are readable without colour", () => {
    const labels = ofType(marksOf(g, "labels"), "text").map((t) => t.text);
    expect(labels).toEqual(["S", "1", "A", "4", "B", "3", "C", "0"]);
  });

  it("tabulates counts and shares", () => {
    expect(g.table.rows).toEqual([
      ["S", "1", "12.5%"],
      ["A", "4", "50%"],
      ["B", "3", "37.5%"],
      ["C", "0", "0%"],
    ]);
    expect(g.desc).toBe("8 agents: S 1, A 4, B 3, C 0.");
  });
});
