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
import type { AgentMonthResult } from "~/engine/types.ts";
import { ByteSink } from "~/output/byte-sink.ts";
import { JsonWriter } from "~/output/json-writer.ts";
import { writeResult } from "~/output/result-json.ts";
import { resultRecord } from "~/output/results-json.ts";
import { result, stray } from "./random-results.ts";

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
