import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { builtinSchemeIds, getBuiltinScheme, parseScheme, rawSchemeOf } from "~/engine/index.ts";
import type { Json } from "~/studio/json-edit.ts";
import { kpiNotes, schemeYaml } from "~/studio/scheme-yaml.ts";

const sampleSchemes = ["data/schemes/presales.yaml", "data/schemes/aftersales.yaml"].map(
  (f) => parse(readFileSync(f, "utf8")) as Json,
);

describe("the scheme as YAML", () => {
  it("reads back as the same data for every built-in and sample scheme", () => {
    const raws = [
      ...builtinSchemeIds.map((id) => rawSchemeOf(getBuiltinScheme(id) as never) as Json),
      ...sampleSchemes,
    ];
    for (const raw of raws) {
      const text = schemeYaml(raw, ["header"]);
      expect(parse(text)).toEqual(raw);
      expect(parseScheme(parse(text), "x").issues).toEqual([]);
    }
  });

  it("writes bands on one line and the header as comments", () => {
    const text = schemeYaml(sampleSchemes[0] as Json, ["changed: a → b", "two\nlines"]);
    expect(text.startsWith("# changed: a → b\n# two\n# lines\nid: presales\n")).toBe(true);
    expect(text).toContain("  - { min: 0.6, points: 30 }");
  });

  it("round-trips any JSON object, whatever its keys and strings", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), (doc) => {
        const clean = JSON.parse(JSON.stringify(doc)) as Json;
        expect(parse(schemeYaml(clean, [])) ?? {}).toEqual(clean);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the downloaded scheme's KPI names", () => {
  it("are a comment above each KPI (the published file's comments named them; the ids do not)", () => {
    const raw = sampleSchemes[0] as Json;
    const names = new Map([
      ["inquiry_conversion", { zh: "询单转化率", en: "Inquiry conversion", symbol: "X" }],
      ["avg_response", { zh: "平均响应时间", en: "Average response time" }],
    ]);
    const text = schemeYaml(raw, ["header"], kpiNotes(raw, names));
    expect(text).toContain(
      "kpis:\n  # 询单转化率 X · Inquiry conversion\n  - id: inquiry_conversion\n",
    );
    expect(text).toContain("  # 平均响应时间 · Average response time\n  - id: avg_response\n");
    // Still the same data, and no note where no name is known.
    expect(parse(text)).toEqual(raw);
    expect(text.match(/^ {2}# /gm)).toHaveLength(2);
    // A name cannot break out of its comment line.
    const odd = kpiNotes(raw, new Map([["aov_ratio", { zh: "a\nid: x", en: "" }]]));
    expect(parse(schemeYaml(raw, [], odd))).toEqual(raw);
  });

  it("keep no character another YAML reader takes for a line break or refuses (NEL, controls, BOM, a lone surrogate)", () => {
    const raw = sampleSchemes[0] as Json;
    const label = "a\u0085mode: points\u0000\u001b\ufeff\ud800\u2028b";
    const text = schemeYaml(
      raw,
      [`header\u0085x: 1`],
      kpiNotes(raw, new Map([["aov_ratio", { zh: label, en: "" }]])),
    );
    expect(parse(text)).toEqual(raw);
    const comments = text.split("\n").filter((l) => l.trimStart().startsWith("#"));
    for (const c of comments)
      expect(c).not.toMatch(
        // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
        /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])/,
      );
    expect(comments.some((c) => c.includes("a mode: points"))).toBe(true);
  });
});
