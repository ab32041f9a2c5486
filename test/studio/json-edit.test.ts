import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChanges, diffJson, getAt, type Json, pathOfText, setAt } from "~/studio/json-edit.ts";

const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>;

describe("JSON edits", () => {
  it("applying the diff of a and b to a gives b, key order included", () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const out = applyChanges(a, diffJson(a, b));
        expect(JSON.stringify(out)).toBe(JSON.stringify(b));
      }),
    );
  });

  it("diffs a small edit as one change at its path", () => {
    const a = { kpis: [{ id: "x", bands: [{ min: 0.6, points: 30 }] }] };
    const b = setAt(a, ["kpis", 0, "bands", 0, "min"], 0.55);
    expect(diffJson(a, b)).toEqual([{ p: ["kpis", 0, "bands", 0, "min"], v: 0.55 }]);
    expect(getAt(a, ["kpis", 0, "bands", 0, "min"])).toBe(0.6);
  });

  it("deletes a key, and removes a list item", () => {
    const a = { bands: [{ min: 1, max: 2 }, { min: 2 }] };
    expect(setAt(a, ["bands", 0, "max"], undefined)).toEqual({ bands: [{ min: 1 }, { min: 2 }] });
    expect(setAt(a, ["bands", 0], undefined)).toEqual({ bands: [{ min: 2 }] });
  });

  it("treats __proto__ as data, never as the prototype", () => {
    const out = setAt({}, ["__proto__", "polluted"], 1) as Record<string, unknown>;
    expect(Object.hasOwn(out, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(getAt({}, ["constructor"])).toBeUndefined();
  });

  it("refuses a path that does not fit the document", () => {
    expect(() => setAt({ a: 1 }, ["a", "b"], 2)).toThrow();
    expect(() => setAt([1], [5], 2)).toThrow();
  });
});

describe("a finding's path", () => {
  it("reads as a path into the scheme, or null", () => {
    expect(pathOfText("kpis[0].bands[2].min")).toEqual(["kpis", 0, "bands", 2, "min"]);
    expect(pathOfText("kpis[1].seasons[0].bands[3].max")).toEqual([
      "kpis",
      1,
      "seasons",
      0,
      "bands",
      3,
      "max",
    ]);
    expect(pathOfText("kpis")).toEqual(["kpis"]);
    expect(pathOfText("")).toBeNull();
    expect(pathOfText("kpis[x]")).toBeNull();
  });
});
