import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkScheme } from "~/engine/check/check-scheme.ts";
import { parseScheme } from "~/engine/index.ts";
import type { Better } from "~/engine/metrics.ts";
import { compileBands } from "~/engine/scheme/compile-bands.ts";
import type { RawBand } from "~/engine/scheme/raw-schema.ts";
import { buildBandTable, findBand } from "~/engine/score/band-table.ts";
import { addBand, edgePartners, moveEdge, startEdit } from "~/studio/edit.ts";
import { getAt, type Json } from "~/studio/json-edit.ts";
import { splitBand } from "~/studio/split-band.ts";

const presales = parse(readFileSync("data/schemes/presales.yaml", "utf8")) as Json;
const X = ["kpis", 0, "bands"] as const;
const ST = ["kpis", 2, "bands"] as const;
const findings = (doc: Json) => {
  const { scheme, issues } = parseScheme(doc, "presales.yaml");
  return [...issues, ...(scheme ? checkScheme(scheme, "presales.yaml") : [])].map((i) => i.message);
};

describe("inserting a band splits one in two", () => {
  it("a closed band at its middle, the lower half next in a list that runs down", () => {
    const s = addBand(startEdit(presales), X, 1);
    expect((getAt(s.edited, X) as Json[]).slice(0, 4)).toEqual([
      { min: 0.6, points: 30 },
      { min: 0.55, max: 0.6, points: 26 },
      { min: 0.5, max: 0.55, points: 26 },
      { min: 0.45, max: 0.5, points: 24 },
    ]);
    // No overlap, no gap: the scheme scores as before until the points are changed.
    expect(findings(s.edited)).toEqual([]);
  });

  it("leaves the new edge linked to its other half only (the third band stays put)", () => {
    // Before: a copy of 50–60 %, whose 50 % raised to 55 % also moved 45–50 %'s top edge.
    const s = addBand(startEdit(presales), X, 1);
    const edge = [...X, 2, "max"];
    expect(edgePartners(s, edge)).toEqual([[...X, 1, "min"]]);
    const moved = moveEdge(s, edge, edgePartners(s, edge), 0.57);
    expect(getAt(moved.edited, [...X, 3])).toEqual({ min: 0.45, max: 0.5, points: 24 });
    expect(findings(moved.edited)).toEqual([]);
  });

  it("an open band a neighbour's width from its edge; a list that runs up (times) gets the upper half next", () => {
    const top = addBand(startEdit(presales), X, 0);
    expect((getAt(top.edited, X) as Json[]).slice(0, 2)).toEqual([
      { min: 0.7, points: 30 },
      { min: 0.6, max: 0.7, points: 30 },
    ]);
    const bottom = addBand(startEdit(presales), X, 4);
    expect((getAt(bottom.edited, X) as Json[]).slice(4)).toEqual([
      { min: 0.31, max: 0.38, points: 0 },
      { max: 0.31, points: 0 },
    ]);
    // 首次响应时间 runs up: ST ≤ 6, 6 < ST ≤ 12, … 6–12 s splits into 6–9 and then 9–12.
    const times = addBand(startEdit(presales), ST, 1);
    expect((getAt(times.edited, ST) as Json[]).slice(1, 3)).toEqual([
      { min: 6, max: 9, points: 11 },
      { min: 9, max: 12, points: 11 },
    ]);
    for (const s of [top, bottom, times]) expect(findings(s.edited)).toEqual([]);
  });

  it("a pay band alike; a lone open band has nothing to split at", () => {
    const pay = addBand(startEdit(presales), ["pay"], 1);
    expect((getAt(pay.edited, ["pay"]) as Json[]).slice(1, 3)).toEqual([
      { min: 85, max: 90, amount: 200 },
      { min: 80, max: 85, amount: 200 },
    ]);
    expect(splitBand([{ min: 0.6, points: 30 }], 0)).toBeNull();
  });
});

/** The points the engine gives a value under these bands (null: no band holds it). */
function pointsOf(raw: readonly Json[], better: Better, v: number): number | null {
  const k = { better, symbol: "X", unit: "ratio" as const };
  const t = buildBandTable(compileBands(raw as RawBand[], "bands", k), k, "points");
  const i = findBand(t, v);
  return i < 0 ? null : (t.rows[i]?.points ?? null);
}

/** Edges as a scheme file types them: a few digits. */
const edge = fc.integer({ min: -200, max: 2000 }).map((n) => n / 10);
const rawBand = fc
  .record(
    {
      min: edge,
      max: edge,
      minInclusive: fc.boolean(),
      maxInclusive: fc.boolean(),
      points: fc.integer({ min: 0, max: 30 }),
    },
    { requiredKeys: ["points"] },
  )
  .map((b) =>
    b.min !== undefined && b.max !== undefined && b.min > b.max
      ? { ...b, min: b.max, max: b.min }
      : b,
  );

describe("a split band scores as the band did", () => {
  it("leaves no overlap or gap at the cut of a band with explicit inclusivity", () => {
    const both = splitBand(
      [{ min: 0.9, max: 1, minInclusive: true, maxInclusive: true, points: 5 }],
      0,
    );
    const neither = splitBand(
      [{ min: 0.9, max: 1, minInclusive: false, maxInclusive: false, points: 5 }],
      0,
    );
    for (const better of ["higher", "lower"] as const) {
      expect(pointsOf(both ?? [], better, 0.95)).toBe(5);
      expect(pointsOf(neither ?? [], better, 0.95)).toBe(5);
      // The outer ends keep the band's own flags.
      expect(pointsOf(both ?? [], better, 1)).toBe(5);
      expect(pointsOf(neither ?? [], better, 1)).toBeNull();
    }
  });

  it("gives every value the same points before and after, for any bands, flags and direction", () => {
    fc.assert(
      fc.property(
        fc.array(rawBand, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.constantFrom<Better>("higher", "lower"),
        fc.array(fc.double({ min: -30, max: 250, noNaN: true }), { maxLength: 5 }),
        (bands, at, better, anywhere) => {
          const index = at % bands.length;
          const split = splitBand(bands, index);
          if (split === null) return;
          // Every edge before and after, exactly and a hair either side, and anywhere.
          const edges = [...bands, ...split].flatMap((b) =>
            [getAt(b, ["min"]), getAt(b, ["max"])].filter((x) => typeof x === "number"),
          );
          for (const v of [...edges.flatMap((e) => [e, e - 1e-6, e + 1e-6]), ...anywhere])
            expect(pointsOf(split, better, v), `${v}`).toBe(pointsOf(bands, better, v));
        },
      ),
      { numRuns: 500 },
    );
  });
});
