/** `npm run -s score | …`: the whole JSON reaches a pipe, not the first 64 KB (the process used to exit before the pipe drained). */
import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("score's output through a pipe", () => {
  it("is complete JSON, well past a pipe buffer", async () => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ["scripts/score.ts"], { maxBuffer: 64 << 20 }, (error, out) =>
        error ? reject(error) : resolve(out),
      ),
    );
    expect(stdout.length).toBeGreaterThan(65_536);
    expect((JSON.parse(stdout) as { results: unknown[] }).results.length).toBeGreaterThan(100);
  }, 60_000);
});
