import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkScheme } from "~/engine/check/check-scheme.ts";
import { parseScheme } from "~/engine/index.ts";
import { describeEdit } from "~/studio/describe.ts";
import {
  addBand,
  addSeason,
  edgePartners,
  editChanges,
  effectiveScheme,
  emptyValue,
  isEdited,
  moveEdge,
  removeBand,
  removeSeason,
  restoreEdit,
  setKpiOn,
  setWeight,
  startEdit,
} from "~/studio/edit.ts";
import { getAt, type Json } from "~/studio/json-edit.ts";

const presales = parse(readFileSync("data/schemes/presales.yaml", "utf8")) as Json;
const X = ["kpis", 0, "bands"] as const;

describe("the scheme editing model", () => {
  it("moves a band edge together with the neighbour that shares it", () => {
    const s = startEdit(presales);
    const partners = edgePartners(s, [...X, 0, "min"]);
    expect(partners).toEqual([[...X, 1, "max"]]);
    const moved = moveEdge(s, [...X, 0, "min"], partners, 0.55);
    expect(getAt(moved.edited, [...X, 0])).toEqual({ min: 0.55, points: 30 });
    expect(getAt(moved.edited, [...X, 1])).toEqual({ min: 0.5, max: 0.55, points: 26 });
    expect(getAt(s.edited, [...X, 0, "min"])).toBe(0.6);
    expect(edgePartners(s, ["kpis", 0, "weight"])).toEqual([]);
    expect(describeEdit(moved)).toEqual([
      "kpis[0] (inquiry_conversion).bands[0].min: 0.6 → 0.55",
      "kpis[0] (inquiry_conversion).bands[1].max: 0.6 → 0.55",
    ]);
  });

  it("scales a KPI's points with its weight in points mode, seasons included", () => {
    const s = startEdit(presales);
    const st = getAt(s.edited, ["kpis", 2]) as Json;
    const w = setWeight(s, 2, 20, st, true);
    expect(getAt(w.edited, ["kpis", 2, "weight"])).toBe(20);
    expect(getAt(w.edited, ["kpis", 2, "bands", 1, "points"])).toBe(14.67);
    expect(getAt(w.edited, ["kpis", 2, "seasons", 0, "bands", 0, "points"])).toBe(20);
    const plain = setWeight(s, 2, 20, st, false);
    expect(getAt(plain.edited, ["kpis", 2, "bands", 1, "points"])).toBe(11);
    // Typing "2" then "20" scales from the KPI as it was, not from the "2".
    const typed = setWeight(setWeight(s, 2, 2, st, true), 2, 20, st, true);
    expect(typed.edited).toEqual(w.edited);
  });

  it("adds a band below one (it splits it: split-band.test.ts) and removes bands, never the last one", () => {
    const s = startEdit(presales);
    const added = addBand(s, X, 1);
    expect((getAt(added.edited, X) as Json[]).length).toBe(6);
    expect(getAt(added.edited, [...X, 2, "points"])).toEqual(getAt(s.edited, [...X, 1, "points"]));
    const removed = removeBand(s, X, 4);
    expect((getAt(removed.edited, X) as Json[]).length).toBe(4);
    let one = s;
    for (let i = 0; i < 10; i++) one = removeBand(one, X, 0);
    expect((getAt(one.edited, X) as Json[]).length).toBe(1);
  });

  it("leaves a KPI switched off out of the scheme, and brings it back", () => {
    const off = setKpiOn(startEdit(presales), "aov_ratio", false);
    const ids = (doc: Json) => (getAt(doc, ["kpis"]) as Json[]).map((k) => getAt(k, ["id"]));
    expect(ids(effectiveScheme(off))).not.toContain("aov_ratio");
    expect(ids(off.edited)).toContain("aov_ratio");
    expect(isEdited(off)).toBe(true);
    expect(isEdited(setKpiOn(off, "aov_ratio", true))).toBe(false);
  });

  it("restores an edit from its changes (what the link carries)", () => {
    let s = startEdit(presales);
    s = moveEdge(s, [...X, 0, "min"], edgePartners(s, [...X, 0, "min"]), 0.55);
    s = addBand(s, ["pay"], 0);
    s = setKpiOn(s, "avg_response", false);
    const { changes, off } = editChanges(s);
    const back = restoreEdit(presales, changes, off);
    expect(back.edited).toEqual(s.edited);
    expect(back.off).toEqual(["avg_response"]);
    expect(restoreEdit(presales, [], ["no_such_kpi"]).off).toEqual([]);
  });

  it("empties an edge a manager deletes to retype: 'a number is needed', not an overlap", () => {
    /** Every finding of a scheme: its reading's, then (when it reads) the checker's. */
    const findings = (doc: Json) => {
      const { scheme, issues } = parseScheme(doc, "presales.yaml");
      return [...issues, ...(scheme ? checkScheme(scheme, "presales.yaml") : [])].map(
        (i) => `${i.severity} ${i.path}: ${i.message} | ${i.zh}`,
      );
    };
    const s = startEdit(presales);
    // 60 % deleted to type 55 %: the edge held a number, so it (and its partner) are empty.
    const at = [...X, 0, "min"];
    const emptied = moveEdge(s, at, edgePartners(s, at), emptyValue(getAt(s.edited, at)));
    expect(getAt(emptied.edited, [...X, 0])).toEqual({ min: null, points: 30 });
    expect(getAt(emptied.edited, [...X, 1])).toEqual({ min: 0.5, max: null, points: 26 });
    expect(findings(effectiveScheme(emptied))).toEqual([
      "error kpis[0].bands[0].min: the lower bound is empty: a number is needed | 下限为空：需要填写一个数字",
      "error kpis[0].bands[1].max: the upper bound is empty: a number is needed | 上限为空：需要填写一个数字",
    ]);
    // The link carries the empty fields; typing 55 makes the scheme whole again.
    const { changes, off } = editChanges(emptied);
    expect(restoreEdit(presales, changes, off).edited).toEqual(emptied.edited);
    // Typed later (the field left and come back to): the partner emptied with it is still linked.
    expect(edgePartners(emptied, at)).toEqual([[...X, 1, "max"]]);
    const typed = moveEdge(emptied, at, edgePartners(emptied, at), 0.55);
    expect(getAt(typed.edited, [...X, 1, "max"])).toBe(0.55);
    expect(findings(effectiveScheme(typed))).toEqual([]);

    // Two edges emptied in turn: each stays linked to its own neighbour, not to every empty edge.
    const next = [...X, 1, "min"];
    const both = moveEdge(
      emptied,
      next,
      edgePartners(emptied, next),
      emptyValue(getAt(emptied.edited, next)),
    );
    expect(getAt(both.edited, [...X, 2, "max"])).toBeNull();
    expect(edgePartners(both, at)).toEqual([[...X, 1, "max"]]);
    const first = moveEdge(both, at, edgePartners(both, at), 0.55);
    expect(getAt(first.edited, [...X, 1, "max"])).toBe(0.55);
    expect(getAt(first.edited, [...X, 2, "max"])).toBeNull();

    // A field that was open (the top band has no max) is open again when emptied: no finding.
    const top = [...X, 0, "max"];
    expect(emptyValue(getAt(s.edited, top))).toBeUndefined();
    const reopened = moveEdge(moveEdge(s, top, [], 1), top, [], emptyValue(getAt(s.edited, top)));
    expect(isEdited(reopened)).toBe(false);

    // A real overlap is still the checker's overlap: band 1 reaching up to 65 % over band 0's 60 %.
    const overlap = moveEdge(s, [...X, 1, "max"], [], 0.65);
    expect(findings(effectiveScheme(overlap))).toEqual([
      expect.stringMatching(/^warning kpis\[0\]\.bands\[0\]\.min: .*overlap: 60%–65% matches both/),
    ]);
  });

  it("adds a whole season (the base bands, in the first month no season has) and removes one", () => {
    const errors = (doc: Json) => {
      const { scheme, issues } = parseScheme(doc, "presales.yaml");
      return [...issues, ...(scheme ? checkScheme(scheme, "presales.yaml") : [])]
        .filter((i) => i.severity === "error")
        .map((i) => `${i.path}: ${i.message}`);
    };
    const s = startEdit(presales);
    // 询单转化率 has no season yet: its first one covers January.
    const one = addSeason(s, 0);
    expect(getAt(one.edited, ["kpis", 0, "seasons"])).toEqual([
      { months: [1], bands: getAt(presales, [...X]) as Json },
    ]);
    expect(errors(effectiveScheme(one))).toEqual([]);
    // 首次响应时间 has November and December: the next season takes January.
    const two = addSeason(one, 2);
    expect(getAt(two.edited, ["kpis", 2, "seasons", 1, "months"])).toEqual([1]);
    expect(errors(effectiveScheme(two))).toEqual([]);
    expect(describeEdit(two)).toContain(
      `kpis[0] (inquiry_conversion).seasons: (none) → ${JSON.stringify([{ months: [1], bands: getAt(presales, [...X]) }])}`,
    );
    // Removing the only season takes the key with it: back to the published scheme.
    const back = removeSeason(removeSeason(two, 0, 0), 2, 1);
    expect(isEdited(back)).toBe(false);
    // Removing the published season of 首次响应时间 leaves no seasons key.
    const none = removeSeason(s, 2, 0);
    expect(getAt(none.edited, ["kpis", 2, "seasons"])).toBeUndefined();
    expect(errors(effectiveScheme(none))).toEqual([]);
    // Twelve months taken: no further season.
    let full = s;
    for (let m = 0; m < 12; m++) full = addSeason(full, 0);
    expect((getAt(full.edited, ["kpis", 0, "seasons"]) as Json[]).length).toBe(12);
    expect(addSeason(full, 0)).toBe(full);
  });
});
