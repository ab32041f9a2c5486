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
const link: fc.Arbitrary<EditLink> = fc.record({
  scheme: fc.string({ minLength: 1 }),
  from: month,
  to: month,
  changes: fc.array(change, { maxLength: 8 }),
  off: fc.array(fc.string(), { maxLength: 4 }),
});

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

  it("has no edit without a scheme, and rejects malformed edits", () => {
    expect(decodeEditLink("")).toBeNull();
    expect(decodeEditLink("#from=2026-01")).toBeNull();
    expect(() => decodeEditLink("#scheme=a&from=x&to=2026-01")).toThrow();
    expect(() => decodeEditLink("#scheme=a&from=2026-01&to=2026-02&edit=%%%")).toThrow();
    const bad = btoa(JSON.stringify({ c: [{ p: [{}] }] }));
    expect(() => decodeEditLink(`#scheme=a&from=2026-01&to=2026-02&edit=${bad}`)).toThrow();
  });
});
