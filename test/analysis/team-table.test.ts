import { describe, expect, it } from "vitest";
import { rankResults, teamKpiMedians } from "~/analysis/team-table.ts";
import type { AgentMonthResult } from "~/engine/types.ts";

const r = (
  agent: string,
  month: string,
  team: string,
  total: number,
  value: number | null,
): AgentMonthResult => ({
  agent,
  month,
  team,
  scheme: "s",
  total,
  max: 100,
  complete: value !== null,
  grade: null,
  pay: null,
  kpis: [
    {
      id: "k",
      label: { zh: "k", en: "k" },
      value,
      points: value === null ? null : total,
      max: 100,
      status: value === null ? "missing" : "scored",
      band: null,
      next: null,
    },
  ],
});

const results = [
  r("a", "2026-09", "一组", 80, 0.5),
  r("b", "2026-09", "一组", 90, 0.6),
  r("c", "2026-09", "二组", 80, null),
  r("a", "2026-10", "一组", 95, 0.7),
];

describe("team table", () => {
  it("ranks within month and team, with ties sharing a rank, and percentiles", () => {
    const sept = rankResults(results).filter((x) => x.month === "2026-09");
    expect(sept.map((x) => [x.agent, x.rank, x.teamRank])).toEqual([
      ["b", 1, 1],
      ["a", 2, 2],
      ["c", 2, 1],
    ]);
    expect(sept.find((x) => x.agent === "b")?.percentile).toBeCloseTo(1 / 3);
  });

  it("gives month-over-month change against the previous month with data", () => {
    const a = rankResults(results).filter((x) => x.agent === "a");
    expect(a.map((x) => [x.month, x.previousTotal, x.change])).toEqual([
      ["2026-09", null, null],
      ["2026-10", 80, 15],
    ]);
  });

  it("takes team medians per KPI leaving missing values out (never 0)", () => {
    const m = teamKpiMedians(results);
    expect(m).toContainEqual({
      month: "2026-09",
      team: "一组",
      kpi: "k",
      medianValue: 0.55,
      medianPoints: 85,
      agents: 2,
    });
    expect(m).toContainEqual({
      month: "2026-09",
      team: "二组",
      kpi: "k",
      medianValue: null,
      medianPoints: null,
      agents: 0,
    });
  });
});
