/** The parse cache: unchanged files are taken from it, a changed one is parsed again, and results never differ. */
import { readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { ingestFiles, listExportFiles } from "~/ingest/ingest.ts";
import { ParseCache } from "~/ingest/parse-cache.ts";
import { tempDir } from "../support/temp-dir.ts";
import { HEADER, tempFiles } from "./temp-files.ts";

const SEPT = `${HEADER}\n小美,2026-09-01,10,5,12,20\n小美,2026-09-02,10,6,14,20\n`;
const OCT = `${HEADER}\n小美,2026-10-01,10,7,12,20\n阿杰,2026-10-01,8,2,20,16\n`;

async function run(dir: string, cache: ParseCache, today = "2026-11-26") {
  const { files } = await listExportFiles([dir]);
  return ingestFiles(files, { today, cache, displayName: (p) => p.slice(dir.length + 1) });
}

describe("ParseCache", () => {
  it("reuses unchanged files and gives the same months as a fresh parse", async () => {
    const dir = tempFiles({ "a/9.csv": SEPT, "a/10.csv": OCT });
    const cacheDir = tempDir("kpi-cache");
    const first = await run(dir, new ParseCache(cacheDir));
    const cache = new ParseCache(cacheDir);
    const second = await run(dir, cache);
    expect(cache.hits).toBe(2);
    expect(cache.misses).toBe(0);
    expect(second.agentMonths).toEqual(first.agentMonths);
    expect(second.files).toEqual(first.files);
  });

  it("parses again only the file that changed", async () => {
    const dir = tempFiles({ "9.csv": SEPT, "10.csv": OCT });
    const cacheDir = tempDir("kpi-cache");
    await run(dir, new ParseCache(cacheDir));
    writeFileSync(join(dir, "10.csv"), OCT.replace("8,2,20,16", "8,3,20,16"));
    const cache = new ParseCache(cacheDir);
    const again = await run(dir, cache);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
    const ajie = again.agentMonths.find((m) => m.agent === "阿杰");
    expect(ajie?.values.paid_buyers).toBe(3);
  });

  it("hits on content, not on modification time (a fresh checkout keeps its cache)", async () => {
    const dir = tempFiles({ "9.csv": SEPT });
    const cacheDir = tempDir("kpi-cache");
    await run(dir, new ParseCache(cacheDir));
    utimesSync(join(dir, "9.csv"), new Date(), new Date(Date.now() + 60_000));
    const cache = new ParseCache(cacheDir);
    await run(dir, cache);
    expect([cache.hits, cache.misses]).toEqual([1, 0]);
  });

  it("does not reuse a parse whose dates were in the future when it was made", async () => {
    const dir = tempFiles({ "10.csv": OCT });
    const cacheDir = tempDir("kpi-cache");
    const early = await run(dir, new ParseCache(cacheDir), "2026-09-30");
    expect(early.rejected).toHaveLength(2);
    const cache = new ParseCache(cacheDir);
    const later = await run(dir, cache, "2026-11-26");
    expect(cache.hits).toBe(0);
    expect(later.rejected).toHaveLength(0);
  });

  it("still reports a day given twice across files when both come from the cache", async () => {
    const dir = tempFiles({ "1.csv": SEPT, "2.csv": SEPT });
    const cacheDir = tempDir("kpi-cache");
    await run(dir, new ParseCache(cacheDir));
    const cache = new ParseCache(cacheDir);
    const again = await run(dir, cache);
    expect(cache.hits).toBe(2);
    expect(again.rejected.map((r) => r.reason)).toEqual([
      "duplicate: 小美 2026-09-01 already given at 1.csv:2",
      "duplicate: 小美 2026-09-02 already given at 1.csv:3",
    ]);
    expect(again.files[1]).toMatchObject({ read: 2, scored: 0, rejected: 2 });
  });

  it.each([
    ["an empty object", {}],
    ["the right top-level fields but no fold part", { latest: "", futureRejects: 0 }],
    ["a part of the wrong shape", { latest: "", futureRejects: 0, parts: [{ agents: "x" }] }],
  ])("a valid cache entry of the wrong shape (%s) is a miss, not a crash", async (_what, value) => {
    const dir = tempFiles({ "9.csv": SEPT });
    const cacheDir = tempDir("kpi-cache");
    const first = await run(dir, new ParseCache(cacheDir));
    for (const name of readdirSync(cacheDir).filter((n) => n.endsWith(".bin")))
      writeFileSync(join(cacheDir, name), serialize(value));
    const cache = new ParseCache(cacheDir);
    const again = await run(dir, cache);
    expect([cache.hits, cache.misses]).toEqual([0, 1]);
    expect(again.agentMonths).toEqual(first.agentMonths);
    // …and the entry was rewritten: the next run hits again.
    const third = new ParseCache(cacheDir);
    await run(dir, third);
    expect(third.hits).toBe(1);
  });
});
