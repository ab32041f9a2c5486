import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkScheme, parseScheme, scoreAgentMonth } from "~/engine/index.ts";
import { am } from "../helpers.ts";

function load(name: string) {
  const path = `data/schemes/${name}.yaml`;
  const text = readFileSync(path, "utf8");
  expect(text.startsWith("# yaml-language-server: $schema=./scheme.schema.json\n")).toBe(true);
  const { scheme, issues } = parseScheme(parse(text), path);
  expect(issues).toEqual([]);
  if (!scheme) throw new Error("unreachable");
  return { scheme, path };
}

describe("the sample shop's schemes", () => {
  for (const name of ["presales", "aftersales"]) {
    it(`${name}: parses, sums to 100, and the checker reports nothing`, () => {
      const { scheme, path } = load(name);
      expect(scheme.id).toBe(name);
      expect(scheme.max).toBe(100);
      expect(checkScheme(scheme, path)).toEqual([]);
    });
  }

  it("presales relaxes first response in November and December", () => {
    const { scheme } = load("presales");
    const values = { first_response_s: 9 };
    const pts = (month: string) => scoreAgentMonth(scheme, am(values, month)).kpis[2]?.points;
    // Normal: 6 < 9 ≤ 12 → 11. Peak: ST ≤ 10 → 15.
    expect(pts("2026-10")).toBe(11);
    expect(pts("2026-11")).toBe(15);
    expect(pts("2026-12")).toBe(15);
  });

  it("aftersales scores a full month with grade and pay", () => {
    const { scheme } = load("aftersales");
    const r = scoreAgentMonth(
      scheme,
      am({
        replied_customers: 980,
        received_customers: 1000, // 98% → 16
        first_response_s: 8, // ≤ 10 → 15
        avg_response_s: 31, // 30 < PT ≤ 45 → 16
        satisfied_reviews: 90,
        reviews: 100, // 90% → 30
        refunds: 3,
        deals: 100, // 3%: 2% < R ≤ 5% → 10
      }),
    );
    // 16 + 15 + 16 + 30 + 10 = 87 → A, 80–89 → +200
    expect(r.total).toBe(87);
    expect(r.grade).toBe("A");
    expect(r.pay).toBe(200);
  });
});
