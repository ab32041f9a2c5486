/**
 * The parser layer (encoding sniffing + streaming decode + PapaParse records)
 * against csv-spectrum. The cases live beside the repository in
 * ../shared/conformance (CI clones it there); absent → skipped with a note.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readTextChunks, sniffFile } from "~/ingest/read-text.ts";
import { streamRecords } from "~/ingest/stream-records.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const spectrum = path.resolve(repoRoot, "../shared/conformance/csv-spectrum");
const exists = existsSync(spectrum);
if (!exists) console.info(`csv-spectrum not found at ${spectrum}: conformance cases skipped`);

/** Known wrong upstream (see its README): a mismatch is expected. */
const EXPECTED_MISMATCH = new Set(["location_coordinates"]);

async function parseFile(file: string): Promise<Record<string, string>[]> {
  const sniffed = await sniffFile(file);
  const records: string[][] = [];
  await streamRecords(
    [],
    readTextChunks(file, sniffed.encoding, sniffed.bom),
    ",",
    (cells) => records.push(cells),
    (row, why) => {
      throw new Error(`row ${row + 1}: ${why.code}`);
    },
  );
  const [header = [], ...rows] = records;
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""])));
}

const cases = exists
  ? readdirSync(path.join(spectrum, "csvs"))
      .map((f) => f.replace(/\.csv$/, ""))
      .sort()
  : [];

describe("csv-spectrum conformance", () => {
  it.skipIf(!exists)("has cases", () => expect(cases.length).toBeGreaterThan(0));

  for (const name of cases) {
    it.skipIf(!exists)(name, async () => {
      const actual = await parseFile(path.join(spectrum, "csvs", `${name}.csv`));
      const expected = JSON.parse(
        readFileSync(path.join(spectrum, "json", `${name}.json`), "utf8"),
      );
      if (EXPECTED_MISMATCH.has(name)) expect(actual).not.toEqual(expected);
      else expect(actual).toEqual(expected);
    });
  }
});
