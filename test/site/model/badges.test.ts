/** A grade has one colour everywhere: its place among the scheme's grades, whatever it is called. */
import { describe, expect, it } from "vitest";
import { gradeClass, gradeTone } from "~/site/model/badges.ts";

const grades = (...names: string[]) => names.map((grade) => ({ grade }));

describe("gradeTone", () => {
  it("spreads the grades best first, the last (the catch-all) poor", () => {
    const five = grades("S", "A", "B", "C", "D");
    expect(five.map((g) => gradeTone(five, g.grade))).toEqual([
      "best",
      "best",
      "good",
      "fair",
      "poor",
    ]);
    const words = grades("优秀", "良好", "合格", "不合格");
    expect(words.map((g) => gradeTone(words, g.grade))).toEqual(["best", "good", "fair", "poor"]);
    expect(["优", "差"].map((g) => gradeTone(grades("优", "差"), g))).toEqual(["best", "poor"]);
    expect(gradeTone(grades("达标"), "达标")).toBe("best");
    // A scheme may list its grades worst first: their minimums say which is best.
    const worstFirst = [
      { grade: "D", min: 0 },
      { grade: "C", min: 60 },
      { grade: "B", min: 70 },
      { grade: "A", min: 80 },
      { grade: "S", min: 90 },
    ];
    expect(worstFirst.map((g) => gradeTone(worstFirst, g.grade))).toEqual([
      "poor",
      "fair",
      "good",
      "best",
      "best",
    ]);
  });

  it("gives a badge its tone's class, none for a grade the scheme does not list", () => {
    const four = grades("优秀", "良好", "合格", "不合格");
    expect(gradeClass("不合格", four)).toBe("badge grade tone-poor");
    expect(gradeClass("X", four)).toBe("badge grade");
    expect(gradeClass(null, four)).toBe("muted");
  });
});
