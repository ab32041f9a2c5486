import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bandOccupancy, compareOutcomes, gain, NO_GRADE } from "~/studio/diff.ts";
import { occupancy } from "~/studio/occupancy.ts";
import type { KpiScores, Outcome } from "~/studio/rescore.ts";
import type { StudioRow } from "~/studio/studio-data.ts";

const GRADES = ["S", "A", "B", "C", "D"];

function row(i: number, month: string, team: string | null): StudioRow {
  return {
    row: i,
    agent: i % 7,
    month,
    scheme: 0,
    team,
    input: { agent: "", month, values: {}, days: 0 },
  };
}
function outcome(r: StudioRow, total: number, grade: string | null, pay: number | null): Outcome {
  return { row: r, total, grade, pay, complete: grade !== null };
}

describe("before → after", () => {
  const rows = [
    row(0, "2026-01", "一组"),
    row(1, "2026-01", "二组"),
    row(2, "2026-02", "一组"),
    row(3, "2026-02", null),
  ];
  const before = [
    outcome(rows[0] as StudioRow, 91, "S", 300),
    outcome(rows[1] as StudioRow, 79, "B", 100),
    outcome(rows[2] as StudioRow, 85, "A", 200),
    outcome(rows[3] as StudioRow, 50, null, null),
  ];
  const after = [
    outcome(rows[0] as StudioRow, 87, "A", 200),
    outcome(rows[1] as StudioRow, 81, "A", 200),
    outcome(rows[2] as StudioRow, 85, "A", 200),
    outcome(rows[3] as StudioRow, 50, null, null),
  ];
  const d = compareOutcomes(before, after, { before: GRADES, after: GRADES });

  it("lists exactly who changes grade, up or down, with totals and pay (grade changes first)", () => {
    expect(d.movers).toEqual([
      {
        agent: 0,
        month: "2026-01",
        team: "一组",
        totalBefore: 91,
        totalAfter: 87,
        gradeBefore: "S",
        gradeAfter: "A",
        payBefore: 300,
        payAfter: 200,
        direction: "down",
      },
      {
        agent: 1,
        month: "2026-01",
        team: "二组",
        totalBefore: 79,
        totalAfter: 81,
        gradeBefore: "B",
        gradeAfter: "A",
        payBefore: 100,
        payAfter: 200,
        direction: "up",
      },
    ]);
    expect([d.up, d.down, d.lower, d.higher]).toEqual([1, 1, 1, 1]);
  });

  it("lists who loses points or pay without changing grade (a band edge inside a grade, a pay edge)", () => {
    // 询单转化率's 50 % edge raised to 55 %: 2 points less, still a B; a pay edge moved from
    // 80 to 85: an A paid 100 instead of 200; a total the same sum in another order: no change.
    const rs = [row(0, "2026-01", "一组"), row(1, "2026-02", "一组"), row(2, "2026-02", "二组")];
    const b = [
      outcome(rs[0] as StudioRow, 76, "B", 100),
      outcome(rs[1] as StudioRow, 82, "A", 200),
      outcome(rs[2] as StudioRow, 0.1 + 0.2 + 70, "B", 100),
    ];
    const a = [
      outcome(rs[0] as StudioRow, 74, "B", 100),
      outcome(rs[1] as StudioRow, 82, "A", 100),
      outcome(rs[2] as StudioRow, 0.2 + 70 + 0.1, "B", 100),
    ];
    const diff = compareOutcomes(b, a, { before: GRADES, after: GRADES });
    expect(diff.movers.map((m) => [m.agent, m.direction, m.payBefore, m.payAfter])).toEqual([
      [1, null, 200, 100],
      [0, null, 100, 100],
    ]);
    expect([diff.up, diff.down, diff.lower, diff.higher]).toEqual([0, 0, 1, 0]);
    expect(diff.pay.total).toEqual({ before: 400, after: 300 });
  });

  it("adds an agent's pay changes up to the cent: +0.3, +0.6 and −0.9 is no loss", () => {
    const rs = ["2026-01", "2026-02", "2026-03"].map((m) => row(7, m, "一组"));
    const b = rs.map((r) => outcome(r, 80, "B", 100));
    const a = rs.map((r, i) => outcome(r, 81, "B", 100 + ([0.3, 0.6, -0.9][i] as number)));
    const [person] = compareOutcomes(b, a, { before: GRADES, after: GRADES }).people;
    expect(person?.pay).toBe(0);
    expect(gain(person as NonNullable<typeof person>)).toBe(1); // by its total, not by noise
  });

  it("lists no one whose total changes by less than the page shows (2 decimals)", () => {
    // 80 → 80.004 shows as 80 → 80: no arrow, no change to list; 80 → 80.006 shows as 80.01.
    const rs = [row(0, "2026-01", "一组"), row(1, "2026-01", "一组"), row(2, "2026-01", "一组")];
    const b = rs.map((r) => outcome(r, 80, "B", 100));
    const a = [
      outcome(rs[0] as StudioRow, 80.004, "B", 100),
      outcome(rs[1] as StudioRow, 80.006, "B", 100),
      outcome(rs[2] as StudioRow, 79.996, "B", 100),
    ];
    const diff = compareOutcomes(b, a, { before: GRADES, after: GRADES });
    expect(diff.movers.map((m) => m.agent)).toEqual([1]);
    expect([diff.lower, diff.higher]).toEqual([0, 1]);
  });

  it("counts grades per month and over the range, incomplete months under no grade", () => {
    expect(d.grades).toEqual(["S", "A", "B", NO_GRADE]);
    expect(Object.fromEntries(d.overall.before)).toEqual({ S: 1, B: 1, A: 1, [NO_GRADE]: 1 });
    expect(Object.fromEntries(d.overall.after)).toEqual({ A: 3, [NO_GRADE]: 1 });
    expect(d.perMonth.map((m) => m.month)).toEqual(["2026-01", "2026-02"]);
  });

  it("sums the pay budget per month, over the range and per team", () => {
    expect(d.pay.total).toEqual({ before: 600, after: 600 });
    expect(d.pay.perMonth).toEqual([
      { month: "2026-01", pay: { before: 400, after: 400 } },
      { month: "2026-02", pay: { before: 200, after: 200 } },
    ]);
    expect(d.pay.perTeam).toEqual([
      { team: null, pay: { before: 0, after: 0 } },
      { team: "一组", pay: { before: 500, after: 400 } },
      { team: "二组", pay: { before: 100, after: 200 } },
    ]);
    expect(d.pay.unpaid).toEqual({ before: 1, after: 1 });
  });

  it("adds up: movers are the grade differences, budgets the sums, counts the rows", () => {
    const grade = fc.option(fc.constantFrom(...GRADES), { nil: null });
    const side = fc.record({
      total: fc.integer({ min: 0, max: 100 }),
      grade,
      pay: fc.option(fc.integer({ min: -50, max: 300 }), { nil: null }),
    });
    const item = fc.record({
      month: fc.constantFrom("2026-01", "2026-02", "2026-03"),
      team: fc.constantFrom("x", "y", null),
      b: side,
      a: side,
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const rs = items.map((it, i) => row(i, it.month, it.team));
        const b = items.map((it, i) =>
          outcome(rs[i] as StudioRow, it.b.total, it.b.grade, it.b.pay),
        );
        const a = items.map((it, i) =>
          outcome(rs[i] as StudioRow, it.a.total, it.a.grade, it.a.pay),
        );
        const diff = compareOutcomes(b, a, { before: GRADES, after: GRADES });
        const changed = (it: (typeof items)[number]) =>
          it.a.grade !== it.b.grade || it.a.pay !== it.b.pay || it.a.total !== it.b.total;
        expect(diff.movers.length).toBe(items.filter(changed).length);
        expect(diff.up + diff.down).toBe(items.filter((it) => it.a.grade !== it.b.grade).length);
        expect(diff.lower + diff.higher).toBe(
          items.filter((it) => it.a.total !== it.b.total).length,
        );
        const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
        expect(diff.pay.total.before).toBe(sum(items.map((it) => it.b.pay)));
        expect(diff.pay.total.after).toBe(sum(items.map((it) => it.a.pay)));
        expect(sum(diff.pay.perTeam.map((t) => t.pay.after))).toBe(diff.pay.total.after);
        expect(sum(diff.pay.perMonth.map((t) => t.pay.before))).toBe(diff.pay.total.before);
        expect(sum([...diff.overall.after.values()])).toBe(items.length);
        for (const m of diff.movers) {
          const rank = (g: string | null) => (g === null ? GRADES.length : GRADES.indexOf(g));
          const grade = rank(m.gradeAfter) < rank(m.gradeBefore) ? "up" : "down";
          expect(m.direction).toBe(m.gradeAfter === m.gradeBefore ? null : grade);
        }
      }),
    );
  });

  it("counts band occupancy per band set", () => {
    const sets = ["bands", "bands", "bands", "seasons[0]", "bands"];
    const scores = (id: string, bands: number[]): KpiScores => ({
      id,
      banded: true,
      points: new Float64Array(bands.length),
      value: new Float64Array(bands.length),
      band: Int16Array.from(bands),
      set: sets,
    });
    const kpis = [scores("k", [0, 2, 2, 1, -1]), scores("other", [0, 0, 0, 0, 0])];
    const occ = bandOccupancy(kpis, "k");
    expect(occ.get("bands")).toEqual([1, undefined, 2]);
    expect(occ.get("seasons[0]")).toEqual([undefined, 1]);
    expect(occupancy(kpis).get("other")?.get("bands")).toEqual([4]);
  });
});
