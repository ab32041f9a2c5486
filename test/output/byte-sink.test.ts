/**
 * ByteSink, the blocks the score outputs are written into: numbers digit by
 * digit exactly as String prints them, plain strings quoted exactly as
 * JSON.stringify does, and blocks given back filled again only after the
 * file stream has written them.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AgentMonthResult } from "~/engine/types.ts";
import { BLOCK_BYTES, ByteSink, recycle } from "~/output/byte-sink.ts";
import { resultsJsonChunks } from "~/output/results-json.ts";
import { piecesText, writeChunksToFile } from "~/output/write-chunks.ts";

const bytesOf = (put: (sink: ByteSink) => void, size?: number) => {
  const sink = new ByteSink(size);
  put(sink);
  return Buffer.concat(sink.take(true)).toString("latin1");
};

describe("ByteSink", () => {
  it("writes a finite number as String does (property)", () => {
    const rounded = fc
      .tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1, 2, 4))
      .map(([x, d]) => Math.round(x * 10 ** d) / 10 ** d)
      .filter(Number.isFinite);
    const value = fc.oneof(
      rounded,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.constantFrom(
        -0,
        0.1 + 0.2,
        1e15,
        1e15 - 1,
        -99999999999.9999,
        1e21,
        5e-7,
        0.0001,
        -0.05,
        2 ** 53,
      ),
    );
    fc.assert(
      fc.property(value, fc.constantFrom(4, undefined), (x, size) => {
        expect(bytesOf((s) => s.number(x), size)).toBe(String(x));
      }),
      { numRuns: 3000 },
    );
  });

  it("quotes a plain string as JSON.stringify does, and refuses one that needs escapes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (text) => {
        const sink = new ByteSink(8);
        const plain = sink.plainQuoted(text);
        const written = Buffer.concat(sink.take(true)).toString("utf8");
        if (plain) expect(written).toBe(JSON.stringify(text));
        else {
          expect(written).toBe("");
          expect(JSON.stringify(text) === `"${text}"` && /^[\x20-\x7e]*$/.test(text)).toBe(false);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("fills a block again once it is given back, and only then", () => {
    const first = new ByteSink();
    first.ascii("a".repeat(BLOCK_BYTES));
    const [block] = first.take(true);
    const other = new ByteSink();
    other.ascii("b");
    expect(other.take(true)[0]?.buffer).not.toBe(block?.buffer);
    recycle(block as Buffer);
    const again = new ByteSink();
    again.ascii("c");
    expect(again.take(true)[0]?.buffer).toBe(block?.buffer);
  });

  it("a file of many blocks, each given back and filled again, has every byte right", async () => {
    const results: AgentMonthResult[] = Array.from({ length: 6000 }, (_, i) => ({
      agent: `棉语旗舰店:客服${i}`,
      month: `2026-${String((i % 12) + 1).padStart(2, "0")}`,
      scheme: "presales",
      total: i / 7,
      max: 100,
      complete: i % 3 > 0,
      grade: "B",
      pay: -i,
      kpis: [
        {
          id: "satisfaction",
          label: { zh: "满意度", en: "Satisfaction" },
          value: i / 9973,
          points: i % 30,
          max: 30,
          status: "scored",
          band: null,
          next: null,
        },
      ],
    }));
    const doc = { scheme: "presales", results, rejected: [], skipped: [], files: [] };
    const expected = piecesText(resultsJsonChunks(doc));
    expect(Buffer.byteLength(expected)).toBeGreaterThan(8 * BLOCK_BYTES);
    const dir = mkdtempSync(join(tmpdir(), "sink-"));
    try {
      for (const name of ["a.json", "b.json"]) {
        await writeChunksToFile(join(dir, name), resultsJsonChunks(doc));
        expect(readFileSync(join(dir, name), "utf8")).toBe(expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
