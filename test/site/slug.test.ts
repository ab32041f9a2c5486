import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agentSlugs, legacySlug, readableSlug } from "~/site/slug.ts";

const SAFE = /^[a-z0-9-]+$/;

describe("readable slugs", () => {
  it("spells Chinese names in pinyin and keeps ASCII names readable", () => {
    expect(agentSlugs(["小美"]).get("小美")).toBe("xiao-mei");
    expect(agentSlugs(["阿珍"]).get("阿珍")).toBe("a-zhen");
    expect(readableSlug("曾小贤")).toBe("zeng-xiao-xian"); // 曾 read as a surname
    expect(readableSlug("单田芳")).toBe("shan-tian-fang");
    expect(readableSlug("乐乐")).toBe("le-le"); // a doubled nickname has no surname (not yue-le)
    expect(readableSlug("小乐")).toBe("xiao-le");
    expect(readableSlug("小美Amy")).toBe("xiao-mei-amy");
    expect(agentSlugs(["Amy.W"]).get("Amy.W")).toBe("amy-w");
  });

  it("adds a suffix only on a collision, and the first name keeps the bare slug", () => {
    const slugs = agentSlugs(["小美", "小羙", "Amy.W", "Amy W", "阿珍"]);
    expect(slugs.get("小美")).toBe("xiao-mei");
    expect(slugs.get("小羙")).toMatch(/^xiao-mei-[a-z0-9]{4}$/);
    expect(slugs.get("Amy.W")).toBe("amy-w");
    expect(slugs.get("Amy W")).toMatch(/^amy-w-[a-z0-9]{4}$/);
    expect(slugs.get("阿珍")).toBe("a-zhen");
    // Stable across runs: the same names in the same order give the same slugs.
    expect(agentSlugs(["小美", "小羙", "Amy.W", "Amy W", "阿珍"])).toEqual(slugs);
  });

  it("gives a name with nothing readable a hashed slug", () => {
    expect(agentSlugs(["🙂"]).get("🙂")).toMatch(/^a-[a-z0-9]{4}$/);
  });
});

describe("legacySlug (the first, opaque slugs; old addresses redirect from them)", () => {
  it("is stable: the same name gives the same slug (pinned, so builds keep URLs)", () => {
    expect(legacySlug("Amy.W")).toBe(legacySlug("Amy.W"));
    // Pinned values: a change here breaks every published link.
    expect(legacySlug("Amy.W")).toMatchInlineSnapshot(`"amy-w-1czx1nd1"`);
    expect(legacySlug("棉语旗舰店:小美")).toMatch(/^a-[a-z0-9]{8}$/);
  });

  it("keeps ASCII letters and digits readable and the rest URL/file-safe", () => {
    expect(legacySlug("Amy W")).toMatch(/^amy-w-[a-z0-9]{8}$/);
    expect(legacySlug("007")).toMatch(/^007-[a-z0-9]{8}$/);
    for (const name of ["小美", "../etc/passwd", "a/b\\c", "C:\\x", "  ", "", "%2F?#&=", "🙂"]) {
      expect(legacySlug(name)).toMatch(SAFE);
      expect(legacySlug(name)).not.toMatch(/^-|-$|--/);
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
    expect(legacySlug("cafe\u0301")).toBe(legacySlug("caf\u00e9"));
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

  it("never changes a name's slug when names are added after it (an agent joining later)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 10 }),
        name,
        fc.uniqueArray(name, { maxLength: 10 }),
        (before, n, later) => {
          const first = [...before, n];
          const all = [...first, ...later.filter((x) => !first.includes(x))];
          expect(agentSlugs(all).get(n)).toBe(agentSlugs(first).get(n));
        },
      ),
    );
  });

  it("keeps the slugs the published site gave, whatever order or subset of names a build has (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 10 }),
        fc.uniqueArray(name, { maxLength: 10 }),
        (published, now) => {
          const previous = agentSlugs(published);
          const next = agentSlugs(now, previous);
          for (const n of now) if (previous.has(n)) expect(next.get(n)).toBe(previous.get(n));
          // A published address goes to no other name, and no two names share one.
          for (const n of now)
            if (!previous.has(n)) expect([...previous.values()]).not.toContain(next.get(n));
          expect(new Set(next.values()).size).toBe(next.size);
        },
      ),
    );
    expect(agentSlugs(["Bob", "bob"], new Map([["bob", "bob"]])).get("Bob")).toMatch(/^bob-/);
  });
});
