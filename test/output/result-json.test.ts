/**
 * resultJson writes each result's JSON by hand (the score JSON's hot loop):
 * it must give exactly the bytes of `JSON.stringify(resultRecord(r), null, 2)`
 * re-indented, the record that defines the published result. Checked on
 * random results with odd strings (quotes, backslashes, control characters,
 * lone surrogates, `</script>`, U+2028), -0, NaN, ±Infinity, null values,
 * every optional field (composite parts, raters, checklist items) present
 * or not, and values of a wrong type at run time.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgentMonthResult, CompositePart, KpiResult } from "~/engine/types.ts";
import { ByteSink } from "~/output/byte-sink.ts";
import { JsonWriter } from "~/output/json-writer.ts";
import { writeResult } from "~/output/result-json.ts";
import { resultRecord } from "~/output/results-json.ts";

const odd = fc.constantFrom(
  'say "hi"',
  "back\\slash",
  "\u0000\u0001\u001f\u007f",
  "tab\there\r\nnew",
  "\ud800",
  "x\udfffy",
  "\udbff\udc00",
  "😀",
  "</script><script>alert(1)</script>",
  "\u2028\u2029",
  "棉语旗舰店:丁丁0003",
  "",
);
const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), odd);
const num = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -Number.MAX_VALUE,
    1e21,
    1e-7,
    0.1 + 0.2,
  ),
);
const label = fc.record({ zh: text, en: text });
/** A field of the wrong type at run time: JSON.stringify still prints it, so must resultJson. */
const stray = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);

const part: fc.Arbitrary<CompositePart> = fc.record(
  {
    id: text,
    label,
    value: fc.option(num, { nil: null }),
    max: num,
    score: fc.option(num, { nil: null }),
    weight: num,
    points: fc.option(num, { nil: null }),
    error: text,
  },
  { requiredKeys: ["id", "label", "value", "max", "score", "weight", "points"] },
);

const kpi: fc.Arbitrary<KpiResult> = fc.record(
  {
    id: text,
    label,
    value: fc.option(num, { nil: null }),
    points: fc.option(num, { nil: null }),
    max: num,
    rating: fc.option(num, { nil: null }),
    weight: num,
    status: fc.constantFrom("scored", "missing", "undefined"),
    reason: text,
    band: fc.constant(null),
    next: fc.constant(null),
    letter: text,
    each: num,
    weightedBy: text,
    raters: fc.array(fc.record({ input: text, label, score: num, weight: num }), { maxLength: 3 }),
    items: fc.array(fc.record({ input: text, label, met: fc.boolean() }), { maxLength: 3 }),
  },
  { requiredKeys: ["id", "label", "value", "points", "max", "status", "band", "next"] },
);

const result: fc.Arbitrary<AgentMonthResult> = fc.record(
  {
    agent: text,
    month: fc.constantFrom("2026-08", "2026-09"),
    role: text,
    team: text,
    scheme: text,
    total: num,
    max: num,
    complete: fc.boolean(),
    grade: fc.option(text, { nil: null }),
    pay: fc.option(num, { nil: null }),
    veto: text,
    rejectedRows: fc.nat(),
    formTotal: num,
    formMax: num,
    composite: fc.array(part, { maxLength: 3 }),
    kpis: fc.array(kpi, { maxLength: 4 }),
  },
  {
    requiredKeys: ["agent", "month", "scheme", "total", "max", "complete", "grade", "pay", "kpis"],
  },
);

/** writeResult's bytes, decoded (the reference is text: it escapes what is not well-formed). */
function resultJson(r: AgentMonthResult, pad: string, blockBytes?: number): string {
  const sink = new ByteSink(blockBytes);
  writeResult(new JsonWriter(sink), r, pad);
  return Buffer.concat(sink.take(true)).toString("utf8");
}

/** One value as JsonWriter writes it. */
function jsonValue(value: unknown): string {
  const sink = new ByteSink();
  new JsonWriter(sink).primitive(value);
  return Buffer.concat(sink.take(true)).toString("utf8");
}

const reference = (r: AgentMonthResult, pad: string) =>
  JSON.stringify(resultRecord(r), null, 2).replaceAll("\n", `\n${pad}`);

describe("resultJson", () => {
  it("is JSON.stringify(resultRecord(r), null, 2) re-indented, byte for byte, across block boundaries too (property)", () => {
    fc.assert(
      fc.property(
        result,
        fc.constantFrom("", "    ", "\t"),
        fc.constantFrom(8, 100, undefined),
        (r, pad, block) => {
          expect(resultJson(r, pad, block)).toBe(reference(r, pad));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("prints fields of a wrong type at run time as JSON.stringify does", () => {
    fc.assert(
      fc.property(result, stray, stray, stray, (r, grade, veto, weight) => {
        const bent = {
          ...r,
          grade,
          veto,
          kpis: r.kpis.map((k) => ({ ...k, weight, status: veto })),
        } as unknown as AgentMonthResult;
        expect(resultJson(bent, "    ")).toBe(reference(bent, "    "));
      }),
      { numRuns: 300 },
    );
  });

  it("escapes what JSON.stringify escapes: a lone surrogate, control characters, quotes", () => {
    expect(jsonValue('a\ud800"\\\u0001</script>')).toBe('"a\\ud800\\"\\\\\\u0001</script>"');
    expect([-0, Number.NaN, Number.NEGATIVE_INFINITY, 1e21, 5e-7].map((n) => jsonValue(n))).toEqual(
      ["0", "null", "null", "1e+21", "5e-7"],
    );
    expect(jsonValue(null)).toBe("null");
    expect(() => jsonValue(1n)).toThrow(TypeError);
  });
});
