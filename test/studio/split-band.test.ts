import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkScheme } from "~/engine/check/check-scheme.ts";
import { parseScheme } from "~/engine/index.ts";
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
