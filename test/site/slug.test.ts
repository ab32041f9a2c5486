import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agentSlug, agentSlugs } from "~/site/slug.ts";

const SAFE = /^[a-z0-9-]+$/;

describe("agentSlug", () => {
  it("is stable: the same name gives the same slug (pinned, so builds keep URLs)", () => {
    expect(agentSlug("Amy.W")).toBe(agentSlug("Amy.W"));
    // Pinned values: a change here breaks every published link.
    expect(agentSlug("Amy.W")).toMatchInlineSnapshot(`"amy-w-1czx1nd1"`);
    expect(agentSlug("棉语旗舰店:小美")).toMatch(/^a-[a-z0-9]{8}$/);
  });

  it("keeps ASCII letters and digits readable and the rest URL/file-safe", () => {
    expect(agentSlug("Amy W")).toMatch(/^amy-w-[a-z0-9]{8}$/);
    expect(agentSlug("007")).toMatch(/^007-[a-z0-9]{8}$/);
    for (const name of ["小美", "../etc/passwd", "a/b\\c", "C:\\x", "  ", "", "%2F?#&=", "🙂"]) {
      expect(agentSlug(name)).toMatch(SAFE);
      expect(agentSlug(name)).not.toMatch(/^-|-$|--/);
    }
  });

  it("tells apart names that differ only in punctuation, script or width", () => {
    const groups = [
      ["Amy.W", "Amy W", "AmyW", "amy.w", "Amy-W"],
      ["小美", "小羙", "小美 ", "小美美"],
      ["Ａｍｙ", "Amy"], // full-width vs half-width
      ["小美（售前）", "小美(售前)"],
      ["café", "cafe"],
    ];
    for (const names of groups) {
      const slugs = agentSlugs(names);
      expect(new Set(slugs.values()).size).toBe(new Set(names).size);
    }
  });

  it("treats canonically equal Unicode (NFC vs NFD) as one name", () => {
    expect(agentSlug("cafe\u0301")).toBe(agentSlug("caf\u00e9"));
  });
});

describe("agentSlugs (properties)", () => {
  const name = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: "grapheme", maxLength: 6 }),
    fc.stringMatching(/^[A-Za-z][A-Za-z .\-_]{0,10}$/),
    fc.constantFrom("小美", "小羙", "Amy.W", "Amy W", "AmyW", "Ａｍｙ", "Amy"),
  );

  it("gives distinct names distinct, safe slugs", () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 40 }), (names) => {
        const distinct = new Set(names.map((n) => n.normalize("NFC")));
        const nfc = [...distinct];
        const slugs = agentSlugs(nfc);
        expect(slugs.size).toBe(nfc.length);
        expect(new Set(slugs.values()).size).toBe(nfc.length);
        for (const s of slugs.values()) expect(s).toMatch(SAFE);
      }),
      { numRuns: 300 },
    );
  });

  it("gives each name the same slug whatever else is on the roster", () => {
    fc.assert(
      fc.property(name, fc.uniqueArray(name, { maxLength: 10 }), (n, others) => {
        expect(agentSlugs([n, ...others]).get(n)).toBe(agentSlugs([...others, n]).get(n));
      }),
    );
  });
});
