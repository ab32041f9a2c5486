import { describe, expect, it } from "vitest";
import { BenchUsageError, DEFAULT_SIZES, parseBenchArgs } from "../../scripts/bench/args.ts";

describe("parseBenchArgs", () => {
  it("defaults to 300, 1,000 and 3,000 agents × 24 months, every stage", () => {
    expect(parseBenchArgs([])).toEqual({
      sizes: DEFAULT_SIZES,
      months: 24,
      seed: 7,
      stages: ["ingest", "score", "report"],
      skipGenerate: false,
      dir: "bench-data",
      timeoutSeconds: 600,
    });
  });

  it("runs the one size --agents names", () => {
    const plan = parseBenchArgs(["--agents", "500", "--months", "6"]);
    expect(plan.sizes).toEqual([500]);
    expect(plan.months).toBe(6);
  });

  it("lets --sizes win over --agents, sorted and without repeats", () => {
    expect(parseBenchArgs(["--agents", "9", "--sizes", "3000,300,300"]).sizes).toEqual([300, 3000]);
  });

  it("keeps stages in pipeline order whatever order they are given in", () => {
    expect(parseBenchArgs(["--stages", "report,ingest"]).stages).toEqual(["ingest", "report"]);
  });

  it("accepts seed 0 and --skip-generate", () => {
    const plan = parseBenchArgs(["--seed", "0", "--skip-generate"]);
    expect(plan.seed).toBe(0);
    expect(plan.skipGenerate).toBe(true);
  });

  it.each([
    [["--agents", "0"], "--agents"],
    [["--agents", "1.5"], "--agents"],
    [["--sizes", "300,,1000"], "--sizes"],
    [["--months", "x"], "--months"],
    [["--stages", "ingest,build"], "'build'"],
    [["--agent", "3"], "agent"],
    [["--timeout", "0"], "--timeout"],
  ])("rejects %j naming %s", (argv, named) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(argv)).toThrow(named);
  });
});
