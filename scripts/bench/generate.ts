/**
 * Benchmark data: `node scripts/bench/generate.ts --dir bench-data --agents 3000 --months 24 [--seed 7]`.
 * Also importable: `generateBenchData` is re-exported for the benchmark runner.
 */

import { parseArgs } from "node:util";
import { BENCH_SEED, generateBenchData } from "../../src/synth/bench-data.ts";

export { generateBenchData };

function integerOption(name: string, text: string, min: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`--${name}: expected an integer ≥ ${min}, got '${text}'`);
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: "string", default: "bench-data" },
      agents: { type: "string", default: "3000" },
      months: { type: "string", default: "24" },
      seed: { type: "string", default: String(BENCH_SEED) },
    },
    strict: true,
  });
  const started = performance.now();
  const result = await generateBenchData({
    dir: values.dir,
    agents: integerOption("agents", values.agents, 1),
    months: integerOption("months", values.months, 1),
    seed: integerOption("seed", values.seed, 0),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (result.bytes / 1e6).toFixed(1);
  console.log(
    `wrote ${result.files.length} files, ${result.rows} rows, ${megabytes} MB to ${values.dir} in ${seconds} s`,
  );
}

if (import.meta.main) await main();
