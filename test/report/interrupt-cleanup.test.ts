/** Which processes count as alive for the output lock. */
import { describe, expect, it } from "vitest";
import { pidAlive } from "~/report/interrupt-cleanup.ts";
import { procStat, zombie } from "./zombie.ts";

describe("pidAlive", () => {
  it("this process and its parent are alive; a pid no process has, or not a pid, is not", () => {
    expect(pidAlive(process.pid)).toBe(true);
    expect(pidAlive(process.ppid)).toBe(true);
    expect(pidAlive(999_999_999)).toBe(false);
    expect(pidAlive(Number.NaN)).toBe(false);
  });

  it.runIf(process.platform === "linux")("a zombie (exited, not reaped) is not alive", async () => {
    const z = await zombie();
    try {
      expect(procStat(z.pid)).toMatch(/^\d+ \(sleep\) Z/);
      expect(pidAlive(z.pid)).toBe(false);
    } finally {
      z.done();
    }
  });
});
