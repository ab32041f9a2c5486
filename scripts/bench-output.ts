/**
 * `npm run bench:output [-- --shape one --agents 3000 --months 24 --runs 3
 * --formats json,csv --dir bench-data --out DIR]`: the write phase of `score`
 * alone. Loads and scores a bench data set once (not timed), then for each
 * format times, `--runs` times:
 *
 * - serialize: producing the output's pieces without writing them (byte
 *   pieces given back for reuse as the writer does);
 * - write: producing and writing them to a file, as `score --out` does.
 *
 * Prints wall and CPU seconds (CPU counts every thread of the process, the
 * file writes too) and MB/s; the last run's files are left in `--out` to
 * compare (`cmp`) with another build's.
 */
import { mkdir, stat } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadAndScore } from "../src/cli/load-and-score.ts";
import { scoreOutput } from "../src/cli/score-command.ts";
import { recycle } from "../src/output/byte-sink.ts";
import { writeChunksToFile } from "../src/output/write-chunks.ts";
import { BENCH_SEED } from "../src/synth/bench-data.ts";
import { ensureDataset } from "./bench/dataset.ts";
import { flushDiskWrites } from "./bench/flush.ts";
import { ensureOneFileDataset } from "./bench/one-file-dataset.ts";
import { formatTable } from "./bench/report.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const say = (line: string) => process.stderr.write(`${line}\n`);

const { values } = parseArgs({
  options: {
    shape: { type: "string", default: "one" },
    agents: { type: "string", default: "3000" },
    months: { type: "string", default: "24" },
    runs: { type: "string", default: "3" },
    formats: { type: "string", default: "json,csv" },
    dir: { type: "string", default: "bench-data" },
    out: { type: "string", default: join(tmpdir(), "bench-output") },
  },
});
const [agents, months, runs] = [values.agents, values.months, values.runs].map(Number) as [
  number,
  number,
  number,
];
const formats = values.formats.split(",").map((f) => f.trim());
if (
  ![agents, months, runs].every((n) => Number.isInteger(n) && n >= 1) ||
  (values.shape !== "one" && values.shape !== "many") ||
  formats.some((f) => f !== "json" && f !== "csv")
) {
  say(
    "bench:output: --agents, --months, --runs take integers ≥ 1; --shape one or many; --formats json,csv",
  );
  process.exit(2);
}

const base = {
  dir: resolve(values.dir),
  agents,
  months,
  seed: BENCH_SEED,
  repoData: join(repoRoot, "data"),
};
const data =
  values.shape === "one"
    ? await ensureOneFileDataset(base)
    : await ensureDataset({ ...base, skipGenerate: false });
say(`loading and scoring ${data.project} (not timed) …`);
const loaded = await loadAndScore({ data: [] }, { root: data.project, today: "2099-12-31" });
say(`${loaded.results.length} agent-months; load average ${loadavg()[0]?.toFixed(1)}`);
const outDir = resolve(values.out);
await mkdir(outDir, { recursive: true });

/** Wall and CPU seconds of one async phase. */
async function timed(
  phase: () => Promise<number>,
): Promise<{ wall: number; cpu: number; bytes: number }> {
  await flushDiskWrites();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = await phase();
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  return { wall, cpu: (used.user + used.system) / 1e6, bytes };
}

const rows: string[][] = [];
for (const format of formats as ("json" | "csv")[]) {
  const file = join(outDir, `score.${format}`);
  for (let run = 1; run <= runs; run++) {
    const serialize = await timed(async () => {
      // Pieces are dropped as made; byte pieces given back as a writer would once written.
      let length = 0;
      for (const piece of scoreOutput(loaded, format)) {
        length += piece.length;
        if (typeof piece !== "string") recycle(piece);
      }
      return length;
    });
    const write = await timed(async () => {
      await writeChunksToFile(file, scoreOutput(loaded, format));
      return (await stat(file)).size;
    });
    const mb = write.bytes / 1e6;
    for (const [phase, t] of [
      ["serialize", serialize],
      ["write", write],
    ] as const)
      rows.push([
        format,
        String(run),
        phase,
        t.wall.toFixed(3),
        t.cpu.toFixed(3),
        mb.toFixed(1),
        (mb / t.wall).toFixed(0),
      ]);
  }
  say(`${format}: ${file}`);
}
console.log(formatTable(["format", "run", "phase", "wall s", "cpu s", "MB", "MB/s"], rows));
say(`load average after: ${loadavg()[0]?.toFixed(1)}`);
