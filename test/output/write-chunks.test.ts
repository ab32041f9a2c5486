/** writeChunksToFile: a reader never sees half a file, and an interrupted write leaves none. */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { writeChunks, writeChunksToFile } from "~/output/write-chunks.ts";
import { REPO } from "../report/fixture-project.ts";
import { tempDir } from "../support/temp-dir.ts";

describe("writeChunksToFile", () => {
  it("writes the pieces through a temp file renamed into place", async () => {
    const dir = tempDir("kpi-write");
    await writeChunksToFile(join(dir, "a/r.json"), ["{", '"x":1', "}"]);
    expect(readFileSync(join(dir, "a/r.json"), "utf8")).toBe('{"x":1}');
    expect(readdirSync(join(dir, "a"))).toEqual(["r.json"]);
  });

  for (const signal of ["SIGINT", "SIGTERM"] as const)
    it(`${signal} while writing: the previous file as it was, no temp file beside it`, async () => {
      const dir = tempDir("kpi-write");
      const file = join(dir, "results.json");
      writeFileSync(file, "last month's");
      const child = spawn(process.execPath, [join(REPO, "test/output/slow-write-child.ts"), file], {
        stdio: ["ignore", "pipe", "pipe"],
      });
      let err = "";
      child.stderr.on("data", (d) => {
        err += d;
      });
      await new Promise<void>((resolve) =>
        child.stdout.on("data", (d) => String(d).includes("writing") && resolve()),
      );
      child.kill(signal);
      const code = await new Promise<number | null>((r) => child.on("exit", (c) => r(c)));
      expect(code).toBe(signal === "SIGINT" ? 130 : 143);
      expect(err).toContain(`score: interrupted (${signal}): an --out file is left as it was`);
      expect(readFileSync(file, "utf8")).toBe("last month's");
      expect(readdirSync(dir)).toEqual(["results.json"]);
    }, 30_000);
});

describe("writeChunks", () => {
  it("stops producing at the next piece once the stream is closed, though no piece fills a block", async () => {
    const out = new Writable({ write: (_chunk, _enc, done) => done() });
    // The writer reads the failure from the stream (`errored`); the event itself is not its to handle.
    out.on("error", () => {});
    let produced = 0;
    function* pieces() {
      for (; produced < 1_000_000; produced++) {
        if (produced === 5) out.destroy(new Error("reader went away"));
        yield "x";
      }
    }
    await expect(writeChunks(out, pieces())).rejects.toThrow("reader went away");
    expect(produced).toBeLessThan(10);
  });
});
