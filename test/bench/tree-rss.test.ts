/** The bench counts the memory of a process and of every process it starts. */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { treeRssKb } from "../../scripts/bench/tree-rss.ts";

describe.skipIf(!existsSync("/proc/self/stat"))("treeRssKb", () => {
  it("sums the resident memory of a process and its children", async () => {
    const shell = spawn("sh", ["-c", "sleep 3 & sleep 3 & wait"], { stdio: "ignore" });
    try {
      await new Promise((done) => setTimeout(done, 300));
      const tree = treeRssKb(shell.pid as number);
      expect(tree.largest).toBeGreaterThan(0);
      // Three processes (the shell and two sleeps): the sum exceeds the largest.
      expect(tree.total).toBeGreaterThan(tree.largest);
      expect(treeRssKb(2 ** 22 + 7).total).toBe(0);
    } finally {
      shell.kill();
    }
  });
});
