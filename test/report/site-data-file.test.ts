/** The streamed site data file is exactly JSON.stringify of the data, whatever its shape. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJsonStreamed } from "~/report/site-data-file.ts";
import { tempDir } from "../support/temp-dir.ts";

describe("writeJsonStreamed", () => {
  it("writes what JSON.stringify writes, long arrays and skipped keys included", async () => {
    const dir = tempDir("site-data-file");
    const results = Array.from({ length: 5000 }, (_, i) => ({
      agent: `客服"${i}"\n`,
      total: i % 7 === 0 ? null : i / 3,
      kpis: [{ id: "x", value: i % 5 === 0 ? undefined : i }],
    }));
    const data = {
      title: { zh: "报告", en: "Report" },
      skipped: undefined,
      results,
      holes: [1, undefined, () => 0, 3],
      many: Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? undefined : i)),
      empty: [],
    };
    const file = join(dir, "a/site-data.json");
    await writeJsonStreamed(file, data);
    expect(readFileSync(file, "utf8")).toBe(JSON.stringify(data));
  });

  it("equals JSON.stringify on arbitrary JSON-like objects (property)", async () => {
    const dir = tempDir("site-data-file");
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.string(),
          fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { minLength: 250, maxLength: 400 })),
        ),
        async (data) => {
          const file = join(dir, "p.json");
          await writeJsonStreamed(file, data);
          expect(readFileSync(file, "utf8")).toBe(JSON.stringify(data));
        },
      ),
      { numRuns: 60 },
    );
  });
});
