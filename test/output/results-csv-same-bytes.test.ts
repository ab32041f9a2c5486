/**
 * The results CSV, now written cell by cell as bytes with months ranked
 * once, gives exactly the bytes (UTF-8) of the writer it replaced (csv-before-rewrite.ts) on
 * random results with letters, raters, weighted rates, composites, repeated
 * KPI ids and odd strings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resultsCsvChunks } from "~/output/results-csv.ts";
import { csvBeforeRewrite } from "./csv-before-rewrite.ts";
import { result } from "./random-results.ts";

const months = fc.constantFrom("2026-08", "2026-09", "2025-12", "2026-10");

describe("results CSV", () => {
  it("is byte for byte the CSV of the writer it replaced (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(result, months).map(([r, month]) => ({ ...r, month })),
          { maxLength: 12 },
        ),
        fc.constantFrom(16, 300, undefined),
        (results, block) => {
          const now = Buffer.concat([...resultsCsvChunks(results, block)]);
          expect(now.equals(Buffer.from([...csvBeforeRewrite(results)].join(""), "utf8"))).toBe(
            true,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
