/**
 * `npm run bench` options → a plan. Pure (no I/O) so it is tested directly.
 * `--sizes` wins; else `--agents N` runs that one size; else 300, 1,000, 3,000.
 */
import { parseArgs } from "node:util";
import { BENCH_SEED } from "../../src/synth/bench-data.ts";

export const STAGES = ["ingest", "score", "report"] as const;
export type StageName = (typeof STAGES)[number];

export interface BenchPlan {
  sizes: number[];
  months: number;
  seed: number;
  stages: StageName[];
  skipGenerate: boolean;
  /** A stage still running after this many seconds is stopped and counted as failed. */
  timeoutSeconds: number;
  /** Where the generated data sets and built sites are cached (git-ignored). */
  dir: string;
}

export const DEFAULT_SIZES = [300, 1000, 3000];
/** Ten minutes: a stage that slow has missed every target by far. */
export const DEFAULT_TIMEOUT_SECONDS = 600;

/** A usage error: the message names the option. */
export class BenchUsageError extends Error {}

function integer(option: string, text: string, min = 1): number {
  const value = text.trim() === "" ? Number.NaN : Number(text);
  if (!Number.isInteger(value) || value < min)
    throw new BenchUsageError(`--${option}: expected an integer ≥ ${min}, got '${text}'`);
  return value;
}

function stageList(text: string): StageName[] {
  const names = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const unknown = names.filter((s) => !(STAGES as readonly string[]).includes(s));
  if (unknown.length > 0 || names.length === 0)
    throw new BenchUsageError(
      `--stages: unknown stage '${unknown[0] ?? text}' (expected some of ${STAGES.join(",")})`,
    );
  // Always run in pipeline order, each once.
  return STAGES.filter((s) => names.includes(s));
}

export function parseBenchArgs(argv: readonly string[]): BenchPlan {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  const sizes =
    values.sizes !== undefined
      ? values.sizes.split(",").map((s) => integer("sizes", s))
      : values.agents !== undefined
        ? [integer("agents", values.agents)]
        : DEFAULT_SIZES;
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    months: integer("months", values.months ?? "24"),
    seed: integer("seed", values.seed ?? String(BENCH_SEED), 0),
    stages: stageList(values.stages ?? STAGES.join(",")),
    skipGenerate: values["skip-generate"] ?? false,
    dir: values.dir ?? "bench-data",
    timeoutSeconds: integer("timeout", values.timeout ?? String(DEFAULT_TIMEOUT_SECONDS)),
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      agents: { type: "string" },
      sizes: { type: "string" },
      months: { type: "string" },
      seed: { type: "string" },
      stages: { type: "string" },
      "skip-generate": { type: "boolean" },
      dir: { type: "string" },
      timeout: { type: "string" },
    },
  });
}
