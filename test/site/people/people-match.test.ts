import { describe, expect, it } from "vitest";
import type { PersonRow } from "~/site/model/people-index.ts";
import { matchPeople, slugInitials } from "~/site/people/people-match.ts";

const person = (name: string, slug: string, team = "", teamSlug = ""): PersonRow => [
  name,
  slug,
  team,
  teamSlug,
  1,
  0,
  1,
  90,
  "A",
];
const people = [
  person("小美0071", "xiao-mei-0071", "售前五组", "shou-qian-wu-zu"),
  person("曾小贤", "zeng-xiao-xian", "售后一组", "shou-hou-yi-zu"),
  person("Amy.W", "amy-w"),
  person("小美", "xiao-mei", "售前一组", "shou-qian-yi-zu"),
];
const names = (q: string, limit?: number) => matchPeople(people, q, limit).shown.map((p) => p[0]);

describe("matchPeople", () => {
  it("finds part of a Chinese name or team as written", () => {
    expect(names("小美")).toEqual(["小美0071", "小美"]);
    expect(names("售后")).toEqual(["曾小贤"]);
  });

  it("finds pinyin with or without spaces and hyphens, and the initials", () => {
    expect(names("xiaomei")).toEqual(["小美0071", "小美"]);
    expect(names("Xiao Mei 0071")).toEqual(["小美0071"]);
    expect(names("xiao-xian")).toEqual(["曾小贤"]);
    expect(names("zxx")).toEqual(["曾小贤"]);
    expect(names("shouqianwu")).toEqual(["小美0071"]);
    expect(slugInitials("xiao-mei-0071")).toBe("xm0071");
  });

  it("finds nothing for an empty query or punctuation alone, and counts beyond the limit", () => {
    expect(matchPeople(people, "  ").count).toBe(0);
    expect(matchPeople(people, "-").count).toBe(0);
    expect(matchPeople(people, "amy.w").count).toBe(1);
    const limited = matchPeople(people, "x", 1);
    expect(limited.count).toBe(3);
    expect(limited.shown).toHaveLength(1);
  });
});
