import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEditLink, type EditLink, encodeEditLink } from "~/studio/edit-link.ts";
import type { Json } from "~/studio/json-edit.ts";

const month = fc
  .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
  .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
const change = fc.record(
  {
    p: fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 6 }),
    v: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  },
  { requiredKeys: ["p"] },
);
const schemeEdit = fc.record({
  scheme: fc.string({ minLength: 1 }),
  changes: fc.array(change, { maxLength: 8 }),
  off: fc.array(fc.string(), { maxLength: 4 }),
});
const link: fc.Arbitrary<EditLink> = fc
  .record({
    scheme: fc.string({ minLength: 1 }),
    from: month,
    to: month,
    changes: fc.array(change, { maxLength: 8 }),
    off: fc.array(fc.string(), { maxLength: 4 }),
    others: fc.uniqueArray(schemeEdit, { selector: (e) => e.scheme, maxLength: 3 }),
  })
  .map((l) => ({ ...l, others: l.others.filter((e) => e.scheme !== l.scheme) }));

/** A link as the studio wrote it before it carried the other schemes' edits (bookmarked). */
const OLD_LINK =
  "#scheme=presales&from=2025-11&to=2026-10&edit=eyJjIjpbeyJwIjpbImtwaXMiLDAsImJhbmRzIiwwLCJtaW4iXSwidiI6MC41NX0seyJwIjpbImtwaXMiLDEsIndlaWdodCJdLCJ2IjoyMH0seyJwIjpbImdyYWRlcyIsM119XSwibyI6WyJmaXJzdF9yZXNwb25zZSJdfQ";

describe("the edit in the URL fragment", () => {
  it("decodes to exactly what was encoded (any ids, paths, values, text)", () => {
    fc.assert(
      fc.property(link, (l) => {
        const back = decodeEditLink(encodeEditLink(l));
        expect(JSON.stringify(back)).toBe(JSON.stringify(l));
      }),
    );
  });

  it("is URL-safe, in the fragment only", () => {
    fc.assert(
      fc.property(link, (l) => {
        const hash = encodeEditLink(l);
        expect(hash.startsWith("#")).toBe(true);
        expect(new URL(`https://x.example/studio/${hash}`).hash).toBe(hash);
      }),
    );
  });

  it("reads a link written before it carried other schemes' edits exactly as it did", () => {
    expect(decodeEditLink(OLD_LINK)).toEqual({
      scheme: "presales",
      from: "2025-11",
      to: "2026-10",
      changes: [
        { p: ["kpis", 0, "bands", 0, "min"], v: 0.55 },
        { p: ["kpis", 1, "weight"], v: 20 },
        { p: ["grades", 3] },
      ],
      off: ["first_response"],
      others: [],
    });
    expect(decodeEditLink("#scheme=%E5%94%AE%E5%89%8D&from=2025-11&to=2026-10")).toEqual({
      scheme: "售前",
      from: "2025-11",
      to: "2026-10",
      changes: [],
      off: [],
      others: [],
    });
  });

  it("carries every edited scheme: the one shown and each other one, the shown one unedited too", () => {
    const l: EditLink = {
      scheme: "aftersales",
      from: "2026-01",
      to: "2026-06",
      changes: [],
      off: [],
      others: [
        { scheme: "presales", changes: [{ p: ["kpis", 1, "weight"], v: 20 }], off: [] },
        { scheme: "抖店", changes: [], off: ["refund_rate"] },
      ],
    };
    const hash = encodeEditLink(l);
    // A link with one scheme's edit is written as it always was; the others go in their own field.
    expect(new URLSearchParams(hash.slice(1)).has("edit")).toBe(false);
    expect(decodeEditLink(hash)).toEqual(l);
    expect(encodeEditLink({ ...l, others: [] })).toBe("#scheme=aftersales&from=2026-01&to=2026-06");
  });

  it("rejects other schemes' edits that are not a list, name no scheme, or name one twice", () => {
    const at = (others: unknown) =>
      `#scheme=a&from=2026-01&to=2026-02&others=${btoa(JSON.stringify(others))}`;
    expect(decodeEditLink(at([{ s: "b", c: [] }]))?.others).toEqual([
      { scheme: "b", changes: [], off: [] },
    ]);
    expect(() => decodeEditLink(at({ s: "b" }))).toThrow();
    expect(() => decodeEditLink(at([{ c: [] }]))).toThrow();
    expect(() => decodeEditLink(at([{ s: "a", c: [] }]))).toThrow();
    expect(() => decodeEditLink(at([{ s: "b" }, { s: "b" }]))).toThrow();
    expect(() => decodeEditLink(at([{ s: "b", c: [{ p: [{}] }] }]))).toThrow();
    expect(() => decodeEditLink(at([{ s: "b", o: [1] }]))).toThrow();
  });

  it("has no edit without a scheme, and rejects malformed edits", () => {
    expect(decodeEditLink("")).toBeNull();
    expect(decodeEditLink("#from=2026-01")).toBeNull();
    expect(() => decodeEditLink("#scheme=a&from=x&to=2026-01")).toThrow();
    expect(() => decodeEditLink("#scheme=a&from=2026-01&to=2026-02&edit=%%%")).toThrow();
    const bad = btoa(JSON.stringify({ c: [{ p: [{}] }] }));
    expect(() => decodeEditLink(`#scheme=a&from=2026-01&to=2026-02&edit=${bad}`)).toThrow();
  });
});
