/**
 * Output rounding does not depend on the order a month's days were added in:
 * the same 千牛 days in one export or reversed give the same 客服客单价.
 */
import { describe, expect, it } from "vitest";
import { scoreCommand } from "~/cli/score-command.ts";
import { round } from "~/output/round.ts";
import { runCommand } from "../cli/run-command.ts";

describe("round", () => {
  it("rounds a value a float's hair from a half as the half, away from zero", () => {
    // 1138.15 / 8 = 142.26875 exactly; summed in reverse, Σ is 1138.1499999999999.
    expect(round(1138.15 / 8, 4)).toBe(142.2688);
    expect(round(1138.1499999999999 / 8, 4)).toBe(142.2688);
    expect(round(-1138.1499999999999 / 8, 4)).toBe(-142.2688);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(0.12344999, 4)).toBe(0.1234);
    expect(round(59.995, 2)).toBe(60);
    expect(round(-0.00001, 4)).toBe(0);
  });

  it("does not push a large amount across a digit it holds", () => {
    // A month of a shop's sales: 1e-12 of it would be 0.01 of a 4th-decimal unit and more.
    expect(round(1234567.123449, 4)).toBe(1234567.1234);
    expect(round(123456789.12344, 4)).toBe(123456789.1234);
    expect(round(-1234567.123449, 4)).toBe(-1234567.1234);
  });
});

describe("score output, rows in another order", () => {
  const days = [
    "2026-09-01,棉语旗舰店:小美,263.05,30,20,2",
    "2026-09-02,棉语旗舰店:小美,312.56,30,20,2",
    "2026-09-03,棉语旗舰店:小美,406.41,30,20,2",
    "2026-09-04,棉语旗舰店:小美,156.13,30,20,2",
  ];
  const header = "日期,旺旺,销售额,接待人数,询单人数,询单->最终付款人数";
  const scheme = [
    "id: aov",
    "label: { zh: 客单价, en: AOV }",
    "mode: points",
    "kpis:",
    "  - id: agent_aov",
    "    weight: 100",
    "    bands: [ { min: 100, points: 100 }, { max: 100, points: 0 } ]",
    "",
  ].join("\n");
  const project = (rows: string[]) => ({
    "data/config.yaml": "defaultScheme: aov\n",
    "data/schemes/aov.yaml": scheme,
    "data/exports/接待.csv": `${header}\n${rows.join("\n")}\n`,
  });

  it("gives 142.2688 (Σ 1138.15 / 8) whichever order the days come in", async () => {
    const values: unknown[] = [];
    for (const rows of [days, [...days].reverse()]) {
      const run = await runCommand(scoreCommand, project(rows), ["--format", "json"]);
      expect(run.code).toBe(0);
      values.push(JSON.parse(run.stdout).results[0].kpis[0].value);
    }
    expect(values).toEqual([142.2688, 142.2688]);
  });
});
