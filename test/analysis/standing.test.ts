import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { previousMonth, rankResults } from "~/analysis/standing.ts";
import type { AgentMonthResult } from "~/engine/types.ts";

function result(agent: string, month: string, total: number, scheme = "s"): AgentMonthResult {
  return {
    agent,
    month,
    scheme,
    total,
    max: 100,
    complete: true,
    grade: null,
    pay: null,
    kpis: [],
  };
}

const byKey = (rows: ReturnType<typeof rankResults>) =>
  new Map(rows.map((r) => [`${r.agent}|${r.month}|${r.scheme}`, r]));

describe("previousMonth", () => {
  it("steps back one calendar month, across a year end", () => {
    expect(previousMonth("2026-09")).toBe("2026-08");
    expect(previousMonth("2026-01")).toBe("2025-12");
    expect(previousMonth("2026-10")).toBe("2026-09");
  });
});

describe("rankResults", () => {
  it("returns nothing for nothing, and keeps the input order", () => {
    expect(rankResults([])).toEqual([]);
    const input = [
      result("b", "2026-09", 50),
      result("a", "2026-09", 90),
      result("c", "2026-09", 70),
    ];
    expect(rankResults(input).map((r) => r.agent)).toEqual(["b", "a", "c"]);
  });

  it("ranks by total, best first; ties share the better rank and the next rank is skipped", () => {
    const rows = byKey(
      rankResults([
        result("a", "2026-09", 80),
        result("b", "2026-09", 95),
        result("c", "2026-09", 80),
        result("d", "2026-09", 60),
      ]),
    );
    expect(rows.get("b|2026-09|s")?.rank).toBe(1);
    expect(rows.get("a|2026-09|s")?.rank).toBe(2);
    expect(rows.get("c|2026-09|s")?.rank).toBe(2);
    expect(rows.get("d|2026-09|s")?.rank).toBe(4);
    for (const r of rows.values()) expect(r.of).toBe(4);
  });

  it("ranks each scheme's agents separately within a month", () => {
    const rows = byKey(
      rankResults([
        result("a", "2026-09", 90, "presales"),
        result("b", "2026-09", 70, "presales"),
        result("x", "2026-09", 60, "aftersales"),
        result("y", "2026-09", 50, "aftersales"),
        result("z", "2026-09", 40, "aftersales"),
      ]),
    );
    expect(rows.get("a|2026-09|presales")).toMatchObject({ rank: 1, of: 2 });
    expect(rows.get("b|2026-09|presales")).toMatchObject({ rank: 2, of: 2 });
    expect(rows.get("x|2026-09|aftersales")).toMatchObject({ rank: 1, of: 3 });
    expect(rows.get("z|2026-09|aftersales")).toMatchObject({ rank: 3, of: 3 });
  });

  it("gives the change against the immediately previous calendar month only", () => {
    const rows = byKey(
      rankResults([
        result("a", "2026-07", 60),
        result("a", "2026-08", 70),
        // 2026-09 missing: a gap
        result("a", "2026-10", 90),
        result("a", "2025-12", 50),
        result("a", "2026-01", 45),
      ]),
    );
    expect(rows.get("a|2026-07|s")?.delta).toBeNull();
    expect(rows.get("a|2026-08|s")?.delta).toBe(10);
    expect(rows.get("a|2026-10|s")?.delta).toBeNull();
    expect(rows.get("a|2025-12|s")?.delta).toBeNull();
    expect(rows.get("a|2026-01|s")?.delta).toBe(-5);
  });

  it("has no change when last month was scored with another scheme", () => {
    const rows = byKey(
      rankResults([
        result("a", "2026-08", 70, "presales"),
        result("a", "2026-09", 80, "aftersales"),
      ]),
    );
    expect(rows.get("a|2026-09|aftersales")?.delta).toBeNull();
  });

  it("flags totals beyond 1.5 SD of the group mean, and nothing when all are equal", () => {
    const totals = [50, 50, 50, 50, 50, 50, 50, 50, 95, 5];
    const rows = rankResults(totals.map((t, i) => result(`a${i}`, "2026-09", t)));
    expect(rows.map((r) => r.outlier)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, -1]);
    const flat = rankResults([result("a", "2026-09", 70), result("b", "2026-09", 70)]);
    expect(flat.map((r) => r.outlier)).toEqual([0, 0]);
    expect(flat.map((r) => r.rank)).toEqual([1, 1]);
  });

  it("an incomplete month keeps its rank but has no change, gives none, is no outlier and is left out of the mean and SD", () => {
    const partial = (agent: string, month: string, total: number) => ({
      ...result(agent, month, total),
      complete: false,
    });
    const rows = byKey(
      rankResults([
        result("a", "2026-08", 70),
        partial("a", "2026-09", 20),
        result("a", "2026-10", 80),
        ...[50, 50, 50, 50, 50, 50, 50, 52].map((t, i) => result(`b${i}`, "2026-09", t)),
      ]),
    );
    expect(rows.get("a|2026-09|s")).toMatchObject({ rank: 9, of: 9, delta: null, outlier: 0 });
    expect(rows.get("a|2026-10|s")?.delta).toBeNull();
    // Without the partial 20 the group is 50 … 52: 52 is beyond 1.5 SD of it.
    expect(rows.get("b7|2026-09|s")?.outlier).toBe(1);
  });

  it("never flags a total within 1.5 SD (sample SD of the group)", () => {
    const rows = rankResults([60, 70, 80].map((t, i) => result(`a${i}`, "2026-09", t)));
    expect(rows.map((r) => r.outlier)).toEqual([0, 0, 0]);
  });

  it("ranks are 1 + the number of strictly better totals in the same group (property)", () => {
    const row = fc.record({
      agent: fc.constantFrom("a", "b", "c", "d", "e", "f"),
      month: fc.constantFrom("2026-08", "2026-09", "2026-11"),
      scheme: fc.constantFrom("p", "q"),
      total: fc.integer({ min: 0, max: 10 }),
      complete: fc.nat({ max: 4 }).map((n) => n > 0),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(row, {
          selector: (r) => `${r.agent}|${r.month}|${r.scheme}`,
          maxLength: 30,
        }),
        (rows) => {
          const out = rankResults(
            rows.map((r) => ({
              ...result(r.agent, r.month, r.total, r.scheme),
              complete: r.complete,
            })),
          );
          out.forEach((r) => {
            const group = out.filter((o) => o.month === r.month && o.scheme === r.scheme);
            expect(r.of).toBe(group.length);
            expect(r.rank).toBe(1 + group.filter((o) => o.total > r.total).length);
            const prev = out.find(
              (o) =>
                o.agent === r.agent && o.scheme === r.scheme && o.month === previousMonth(r.month),
            );
            expect(r.delta).toBe(prev?.complete && r.complete ? r.total - prev.total : null);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
