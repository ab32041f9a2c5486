import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aliasFor, aliasMap, scrubber } from "~/report/pseudonymize.ts";

describe("aliasFor / aliasMap", () => {
  it("gives a stable alias per name and key", () => {
    expect(aliasFor("小美", "k")).toBe(aliasFor("小美", "k"));
    expect(aliasFor("小美", "k")).toMatch(/^Agent-[A-Z2-9]{6}$/);
    expect(aliasMap(["阿杰", "小美"], "k").get("小美")).toBe(aliasFor("小美", "k"));
  });

  it("gives a different alias under a different key, so aliases cannot be looked up without it", () => {
    expect(aliasFor("小美", "key-1")).not.toBe(aliasFor("小美", "key-2"));
  });

  it("does not carry the name, nor its ASCII part, into the alias", () => {
    expect(aliasFor("Amy.W", "k").toLowerCase()).not.toContain("amy");
  });

  it("maps distinct names to distinct aliases (property), independent of order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 30 }),
        fc.string(),
        (names, key) => {
          const map = aliasMap(names, key);
          expect(new Set(map.values()).size).toBe(map.size);
          expect(aliasMap([...names].reverse(), key)).toEqual(map);
        },
      ),
    );
  });
});

describe("scrubber", () => {
  it("replaces every occurrence, longest names first", () => {
    const scrub = scrubber(
      new Map([
        ["小美", "Agent-AAAAAA"],
        ["小美美", "Agent-BBBBBB"],
      ]),
    );
    expect(scrub("小美美 和 小美 重复: 小美")).toBe(
      "Agent-BBBBBB 和 Agent-AAAAAA 重复: Agent-AAAAAA",
    );
  });

  it("treats regex characters in names literally", () => {
    const scrub = scrubber(
      new Map([
        ["Amy.W", "Agent-A"],
        ["(x)+", "Agent-X"],
        ["a|b", "Agent-P"],
      ]),
    );
    expect(scrub("Amy.W / AmyXW / (x)+ / a|b / a / b")).toBe(
      "Agent-A / AmyXW / Agent-X / Agent-P / a / b",
    );
  });

  it("leaves text alone when there are no names (and ignores empty ones)", () => {
    expect(scrubber(new Map())("小美")).toBe("小美");
    expect(scrubber(new Map([["", "Agent-E"]]))("abc")).toBe("abc");
  });

  it("leaves no name behind in any text (property)", () => {
    const names = fc.uniqueArray(fc.string({ unit: "grapheme", minLength: 2, maxLength: 5 }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(names, fc.array(fc.string({ maxLength: 4 })), (list, fillers) => {
        const aliases = aliasMap(list, "k");
        const text = list.map((n, i) => `${fillers[i] ?? ""}${n}`).join(" ");
        const scrubbed = scrubber(aliases)(text);
        for (const alias of aliases.values()) expect(scrubbed).toContain(alias);
      }),
    );
  });
});
