import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatTable,
  growthTable,
  type StageRow,
  stageTable,
  verdict,
} from "../../scripts/bench/report.ts";
import { stageTargets, weightTargets } from "../../scripts/bench/targets.ts";

const ingestRow = (agents: number, wallSeconds: number, peakRssMb: number | null): StageRow => ({
  stage: "ingest",
  agents,
  months: 24,
  rows: agents * 575,
  agentMonths: agents * 22,
  wallSeconds,
  rate: (agents * 575) / wallSeconds,
  unit: "rows/s",
  peakRssMb,
  cpuSeconds: wallSeconds,
  targets: stageTargets({ stage: "ingest", wallSeconds, peakRssMb, rate: 0 }),
});

describe("targets", () => {
  it("checks the issue's limits, inclusive", () => {
    expect(stageTargets({ stage: "ingest", wallSeconds: 5, peakRssMb: 400, rate: 0 })).toEqual([
      { label: "≤ 5 s", pass: true },
      { label: "≤ 400 MB", pass: true },
    ]);
    const slow = stageTargets({ stage: "report", wallSeconds: 45.1, peakRssMb: 1600, rate: 0 });
    expect(slow.map((t) => t.pass)).toEqual([false, false]);
    expect(stageTargets({ stage: "score", wallSeconds: 1, peakRssMb: 1, rate: 199_999 })).toEqual([
      { label: "≥ 200k am/s", pass: false },
    ]);
  });

  it("never passes an unknown measurement", () => {
    const [, rss] = stageTargets({ stage: "ingest", wallSeconds: 1, peakRssMb: null, rate: 0 });
    expect(rss?.pass).toBe(false);
    expect(weightTargets({ agentPageBytes: null, compareDataBytes: 1 })[0]?.pass).toBe(false);
    const month = weightTargets({ agentPageBytes: 1, compareDataBytes: 1, monthPageBytes: null });
    expect(month.find((t) => t.label.startsWith("month page"))?.pass).toBe(false);
  });

  it("checks month pages against the 200 KB page budget", () => {
    const big = weightTargets({
      agentPageBytes: 1,
      compareDataBytes: 1,
      monthPageBytes: 2_600_000,
    });
    expect(big.map((t) => [t.label, t.pass])).toContainEqual(["month page ≤ 200 KB", false]);
  });

  it("checks a large month's team pages too, when the site has them", () => {
    const base = { agentPageBytes: 1, compareDataBytes: 1, monthPageBytes: 1 };
    expect(weightTargets({ ...base, teamPageBytes: null }).map((t) => t.label)).not.toContain(
      "team page ≤ 200 KB",
    );
    expect(
      weightTargets({ ...base, teamPageBytes: 300_000 }).map((t) => [t.label, t.pass]),
    ).toContainEqual(["team page ≤ 200 KB", false]);
  });
});

describe("stageTable", () => {
  it("prints one aligned line per stage run with its verdict", () => {
    const table = stageTable([ingestRow(300, 0.8, 120), ingestRow(3000, 6.5, 468)]);
    expect(table).toMatchInlineSnapshot(`
      "stage  | agents   | rows      | wall s | cpu s | rate           | peak RSS MB | target              | result
      -------|----------|-----------|--------|-------|----------------|-------------|---------------------|-------
      ingest |   300×24 |   172,500 |   0.80 |  0.80 | 215,625 rows/s |         120 | ≤ 5 s, ≤ 400 MB     | pass
      ingest | 3,000×24 | 1,725,000 |   6.50 |  6.50 | 265,385 rows/s |         468 | ≤ 5 s ✗, ≤ 400 MB ✗ | FAIL"
    `);
  });

  it("marks a failed stage as an error rather than a pass", () => {
    const failed = { ...ingestRow(300, 1, null), targets: [], error: "exit 1, see x.log" };
    expect(verdict(failed.targets, failed.error)).toBe("ERROR");
    expect(stageTable([failed])).toContain("ERROR");
  });
});

describe("growthTable", () => {
  it("shows time per agent relative to the smallest size", () => {
    const table = growthTable([ingestRow(300, 0.6, 120), ingestRow(3000, 6, 400)]);
    expect(table).toContain("1.00×");
    expect(table.split("\n")).toHaveLength(4);
  });
});

describe("formatTable", () => {
  it("gives every line the same column positions", () => {
    const cell = fc.string({ maxLength: 12 }).map((s) => s.replace(/[|\n\r]/g, "") || "x");
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell), { maxLength: 8 }), (rows) => {
        const lines = formatTable(["a", "b", "c"], rows).split("\n");
        const bars = (line: string) => [...line].flatMap((ch, i) => (ch === "|" ? [i] : []));
        const expected = bars(lines[1] ?? "");
        for (const line of lines) expect(bars(line)).toEqual(expected);
      }),
    );
  });
});
