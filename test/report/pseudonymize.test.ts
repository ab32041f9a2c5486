import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aliasFor, aliasMap, nickOf, scrubber } from "~/report/pseudonymize.ts";

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

  it("does not replace a name inside a longer word or number (ASCII letters, digits)", () => {
    const scrub = scrubber(
      new Map([
        ["Ann", "Agent-A"],
        ["007", "Agent-B"],
        ["丁丁0003", "Agent-C"],
      ]),
    );
    expect(scrub("Ann / Annual / Ann2 / 007 / 2007 / 0070 / 客服007号")).toBe(
      "Agent-A / Annual / Agent-A2 / Agent-B / 2007 / 0070 / 客服Agent-B号",
    );
    expect(scrub("丁丁0003.xlsx, 丁丁00031.xlsx")).toBe("Agent-C.xlsx, 丁丁00031.xlsx");
    // A longer name runs on; a shorter one that starts there stands whole.
    const two = scrubber(
      new Map([
        ["丁丁0003", "Agent-C"],
        ["丁丁", "Agent-D"],
      ]),
    );
    expect(two("丁丁00031.xlsx")).toBe("Agent-D00031.xlsx");
  });

  it("replaces as one regex with a lookaround on each name would (property)", () => {
    const side = (c: string | undefined) =>
      c === undefined ? "" : /[A-Za-z]/.test(c) ? "[A-Za-z]" : /\d/.test(c) ? "\\d" : "";
    const whole = (n: string) => {
      const [before, after] = [side(n[0]), side(n.at(-1))];
      const literal = n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return `${before && `(?<!${before})`}${literal}${after && `(?!${after})`}`;
    };
    const char = fc.constantFrom("a", "b", "1", "2", "美", ":", " ");
    const name = fc.string({ unit: char, minLength: 1, maxLength: 4 });
    // Texts made of the names and single characters, so that names meet and run on.
    const namesAndText = fc
      .uniqueArray(name, { minLength: 1, maxLength: 6 })
      .chain((names) =>
        fc.tuple(
          fc.constant(names),
          fc.array(fc.oneof(fc.constantFrom(...names), char), { maxLength: 12 }),
        ),
      );
    fc.assert(
      fc.property(namesAndText, ([names, parts]) => {
        const text = parts.join("");
        const aliases = aliasMap(names, "k");
        const longestFirst = [...names].sort((a, b) => b.length - a.length);
        const reference = new RegExp(
          ["Agent-[A-Z2-9]{6}(?:-\\d+)?", ...longestFirst.map(whole)].join("|"),
          "g",
        );
        expect(scrubber(aliases)(text)).toBe(text.replace(reference, (m) => aliases.get(m) ?? m));
      }),
      { numRuns: 300 },
    );
  });

  it("leaves aliases alone, so scrubbing twice changes nothing", () => {
    const aliases = aliasMap(["小美", "Agent", "QRST", "2"], "k");
    const scrub = scrubber(aliases);
    const once = scrub("小美-2 评分表 (Agent 2)");
    expect(once).not.toMatch(/小美|\(Agent /);
    expect(scrub(once)).toBe(once);
  });

  it("leaves no name behind in any text (property)", () => {
    const names = fc.uniqueArray(fc.string({ unit: "grapheme", minLength: 2, maxLength: 5 }), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(names, fc.array(fc.string({ maxLength: 4 })), (list, fillers) => {
        const aliases = aliasMap(list, "k");
        // Apart from the filler: a name that runs on into a word or number is another word.
        const text = list.map((n, i) => `${fillers[i] ?? ""} ${n}`).join(" ");
        const scrubbed = scrubber(aliases)(text);
        for (const alias of aliases.values()) expect(scrubbed).toContain(alias);
      }),
    );
  });
});

describe("nickOf", () => {
  it("gives the nick of a shop:nick name, which a file or message may name alone", () => {
    expect(nickOf("棉语旗舰店:丁丁0003")).toBe("丁丁0003");
    expect(nickOf("棉语旗舰店:Amy.W")).toBe("Amy.W");
    expect(nickOf("小美")).toBeNull();
  });

  it("gives none that would mangle ordinary text: one character, a number, an ordinary word", () => {
    for (const name of [
      "店:美",
      "店:007",
      "店:2026-10",
      "店:售前",
      "店:售前01",
      "店:Sheet1",
      "店:客服",
    ])
      expect(nickOf(name), name).toBeNull();
  });
});
