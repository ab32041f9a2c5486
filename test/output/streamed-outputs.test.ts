/**
 * The streamed score outputs are byte-identical to the whole-string ones they
 * replaced (frozen in whole-string-reference.ts): on random results (strings
 * with quotes, commas, newlines, formula starts, non-BMP characters; optional
 * fields present or not) and on the committed sample's real results.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadAndScore } from "~/cli/load-and-score.ts";
import { byMonthThenAgent } from "~/engine/score/score-many.ts";
import type { AgentMonthResult, KpiResult } from "~/engine/types.ts";
import type { FileAccount, RejectedRow, SkippedRow } from "~/ingest/problems.ts";
import { resultsCsvChunks } from "~/output/results-csv.ts";
import { resultsJsonChunks, type ScoreDocument } from "~/output/results-json.ts";
import { piecesText, writeChunks, writeChunksToFile } from "~/output/write-chunks.ts";
import { referenceCsv, referenceJson } from "./whole-string-reference.ts";

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("小美", "=SUM(A1)", 'a,"b"\r\nc', "-1", "", "\u2028", "😀"),
);
const num = fc.oneof(fc.double({ noNaN: false }), fc.integer(), fc.constant(-0));

const kpi: fc.Arbitrary<KpiResult> = fc.record(
  {
    id: fc.constantFrom("inquiry_conversion", "first_response", "satisfaction", "a,b", "x"),
    label: fc.record({ zh: text, en: text }),
    value: fc.option(num, { nil: null }),
    points: fc.option(num, { nil: null }),
    max: num,
    rating: fc.option(num, { nil: null }),
    weight: fc.integer(),
    status: fc.constantFrom("scored", "missing", "undefined"),
    reason: text,
    band: fc.constant(null),
    next: fc.constant(null),
  },
  { requiredKeys: ["id", "label", "value", "points", "max", "status", "band", "next"] },
);

const result: fc.Arbitrary<AgentMonthResult> = fc.record(
  {
    agent: text,
    month: fc.constantFrom("2026-08", "2026-09", "2026-10"),
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
    kpis: fc.array(kpi, { maxLength: 4 }),
  },
  {
    requiredKeys: ["agent", "month", "scheme", "total", "max", "complete", "grade", "pay", "kpis"],
  },
);

const rejected: fc.Arbitrary<RejectedRow> = fc.record({
  file: text,
  row: fc.nat(),
  column: text,
  reason: text,
});
const skipped: fc.Arbitrary<SkippedRow> = fc.record({ file: text, row: fc.nat(), reason: text });
const account: fc.Arbitrary<FileAccount> = fc.record({
  file: text,
  encoding: fc.constantFrom("utf-8", "gb18030", ""),
  delimiter: fc.constantFrom(",", "\t", ""),
  read: fc.nat(),
  scored: fc.nat(),
  rejected: fc.nat(),
  skipped: fc.nat(),
  skippedBy: fc.dictionary(text, fc.nat()),
});
/** A document whose results are a list (any order). */
type ListDocument = ScoreDocument & { results: AgentMonthResult[] };

const document: fc.Arbitrary<ListDocument> = fc.record({
  scheme: text,
  results: fc.array(result, { maxLength: 8 }),
  rejected: fc.array(rejected, { maxLength: 3 }),
  skipped: fc.array(skipped, { maxLength: 3 }),
  files: fc.array(account, { maxLength: 3 }),
});

const joined = piecesText;
/** The bytes of pieces, to compare with the UTF-8 of a reference string (lone surrogates too). */
const bytes = (chunks: Iterable<Uint8Array>) => Buffer.concat([...chunks]);
const utf8 = (text: string) => Buffer.from(text, "utf8");

describe("streamed score outputs", () => {
  it("JSON: the chunks make exactly the whole-string document (property)", () => {
    fc.assert(
      fc.property(document, (doc) => {
        expect(joined(resultsJsonChunks(doc))).toBe(referenceJson(doc));
        // Results made one at a time, already sorted, and read once: the same bytes.
        const sorted = [...doc.results].sort(byMonthThenAgent);
        const once = (function* () {
          yield* sorted;
        })();
        expect(joined(resultsJsonChunks({ ...doc, results: { sorted: once } }))).toBe(
          referenceJson(doc),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("CSV: the chunks make exactly the whole-string CSV (property)", () => {
    fc.assert(
      fc.property(fc.array(result, { maxLength: 8 }), (results) => {
        expect(bytes(resultsCsvChunks(results, 64)).equals(utf8(referenceCsv(results)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("JSON and CSV of the committed sample's scored results are byte-identical", async () => {
    const loaded = await loadAndScore({ data: [] }, { root: process.cwd(), today: "2026-11-26" });
    expect(loaded.results.length).toBeGreaterThan(100);
    const doc: ListDocument = {
      scheme: [...new Set(loaded.results.map((r) => r.scheme))].join(","),
      results: loaded.results,
      rejected: loaded.rejected,
      skipped: loaded.skipped,
      files: loaded.files,
    };
    // The reference writes rows as given: give it the contract's fields (ingest also keeps a
    // reason's code and quoted cell, which results.json leaves out).
    const contract: ListDocument = {
      ...doc,
      rejected: doc.rejected.map(({ why: _w, cell: _c, ...r }) => r),
      skipped: doc.skipped.map(({ why: _w, ...s }) => s),
    };
    expect(joined(resultsJsonChunks(doc))).toBe(referenceJson(contract));
    expect(joined(resultsJsonChunks(doc))).not.toContain('"why"');
    expect(joined(resultsCsvChunks(loaded.results))).toBe(referenceCsv(loaded.results));
    expect(bytes(resultsCsvChunks(loaded.results)).equals(utf8(referenceCsv(loaded.results)))).toBe(
      true,
    );
  });

  it("is produced as it goes, in blocks, not built whole first", () => {
    const many: AgentMonthResult[] = Array.from({ length: 50 }, (_, i) => ({
      agent: `a${i}`,
      month: "2026-09",
      scheme: "s",
      total: i,
      max: 100,
      complete: true,
      grade: null,
      pay: null,
      kpis: [],
    }));
    const doc = { scheme: "s", results: many, rejected: [], skipped: [], files: [] };
    const json = [...resultsJsonChunks(doc, 256)];
    const csv = [...resultsCsvChunks(many, 256)];
    expect(json.length).toBeGreaterThan(20);
    expect(Math.max(...json.map((c) => c.length))).toBeLessThanOrEqual(256);
    expect(csv.length).toBeGreaterThan(3);
    expect(Math.max(...csv.map((c) => c.length))).toBeLessThanOrEqual(256);
    // The first block comes out before the last result is even read.
    const last = { ...many[0], agent: "zz" } as AgentMonthResult;
    Object.defineProperty(last, "kpis", {
      get() {
        throw new Error("read too early");
      },
    });
    const lazy = resultsJsonChunks({ ...doc, results: [...many, last] }, 256);
    expect(lazy.next().done).toBe(false);
    expect(() => [...lazy]).toThrow("read too early");
  });
});

/** Everything writeChunks sends to a stream, as one Buffer. */
async function written(pieces: Iterable<string>, highWaterMark = 16): Promise<Buffer> {
  const out = new PassThrough({ highWaterMark });
  const got: Buffer[] = [];
  out.on("data", (b: Buffer) => got.push(b));
  await writeChunks(out, pieces);
  out.end();
  await new Promise((r) => out.on("end", r));
  return Buffer.concat(got);
}

/** `whole` cut at the given places (sorted, deduplicated), so pieces may split a surrogate pair. */
const cut = (whole: string, at: number[]) => {
  const marks = [...new Set(at.map((i) => i % (whole.length + 1)))].sort((a, b) => a - b);
  return [...marks, whole.length].map((end, i) => whole.slice(i === 0 ? 0 : marks[i - 1], end));
};

describe("writeChunks", () => {
  it("writes the UTF-8 bytes of the pieces joined, pairs split between pieces too (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary", maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        async (whole, at) => {
          const pieces = cut(whole, at);
          expect((await written(pieces)).equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("crosses block boundaries: pieces larger than a block, a pair split at a block's end", async () => {
    const big = "行😀a".repeat(40_000); // 160,000 units, 360,000 bytes: more than a block
    const pieces = [
      "x",
      big,
      "\ud83d",
      "\ude00",
      ...cut(big, [99_999, 100_000, 200_001]),
      "\ud800",
    ];
    for (let i = 0; i < 300; i++) pieces.push(`${i}行😀`.repeat(i));
    const bytes = await written(pieces, 1 << 16);
    expect(bytes.equals(Buffer.from(pieces.join(""), "utf8"))).toBe(true);
  });

  it("writes every piece in order, waiting when the stream is full", async () => {
    const out = new PassThrough({ highWaterMark: 16 });
    const got: Buffer[] = [];
    out.on("data", (b: Buffer) => got.push(b));
    const pieces = Array.from({ length: 20_000 }, (_, i) => `行${i},`);
    await writeChunks(out, pieces);
    out.end();
    await new Promise((r) => out.on("end", r));
    expect(Buffer.concat(got).toString("utf8")).toBe(pieces.join(""));
  });

  it("writes a file through a temp file, and leaves nothing behind when producing fails", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chunks-"));
    try {
      const file = join(dir, "sub", "out.csv");
      await writeChunksToFile(file, ["a", "é", "😀\r\n"]);
      expect(readFileSync(file, "utf8")).toBe("aé😀\r\n");
      function* failing() {
        yield "partial";
        throw new Error("boom");
      }
      const other = join(dir, "sub", "fail.csv");
      await expect(writeChunksToFile(other, failing())).rejects.toThrow("boom");
      expect(() => readFileSync(other)).toThrow();
      expect(readFileSync(file, "utf8")).toBe("aé😀\r\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
