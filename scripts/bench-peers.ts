/**
 * `npm run bench:peers [-- --agents 3000 --months 24 --shapes one,many --report
 * --runs 1 --dir bench-data]`: our commands beside a peer doing the same work
 * in the same run, printed as ratios (a busy machine slows both alike):
 *
 * - read limit: `cat` of the export files to /dev/null;
 * - ingest peer: DuckDB `read_csv` + `GROUP BY` agent, month on the same files
 *   (`@duckdb/node-api`, installed on demand into `<dir>/peers/`, not a
 *   project dependency) against `score --format json` and `--format csv`;
 * - with `--report`: the full report against a bare Astro build emitting the
 *   same HTML pages (scripts/bench/astro-floor.ts).
 *
 * Shapes: `many` is the bench's 48 monthly files, `one` the same centre as one
 * file. Exit code: 0 every target met, 1 a target missed or a run failed, 2 usage.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir } from "node:fs/promises";
import { availableParallelism, loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BENCH_SEED } from "../src/synth/bench-data.ts";
import { type Dataset, ensureDataset } from "./bench/dataset.ts";
import { flushDiskWrites } from "./bench/flush.ts";
import { npmNodeOptions } from "./bench/npm-node-options.ts";
import { ensureOneFileDataset } from "./bench/one-file-dataset.ts";
import { formatTable } from "./bench/report.ts";
import { SetAside } from "./bench/set-aside.ts";
import { type ChildRun, lastJson, runStageChild } from "./bench/stage.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const say = (line: string) => process.stderr.write(`${line}\n`);
const DUCKDB = "@duckdb/node-api@1.5.6-r.1";

interface Measured {
  seconds: number;
  rssMb: number | null;
  cpuSeconds: number | null;
  failed: boolean;
}

interface Line {
  workload: string;
  ours: string;
  peer: string;
  us: Measured;
  them: Measured;
  /** Ratio limit and RSS limit (MB) of the issue's targets, when it sets them. */
  maxRatio?: number;
  maxRssMb?: number;
}

const measured = (run: ChildRun): Measured => ({
  seconds: run.wallSeconds,
  rssMb: run.peakRssMb,
  cpuSeconds: run.cpuSeconds,
  failed: run.exitCode !== 0 || run.timedOut,
});

async function csvFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((e) => e.endsWith(".csv"))
    .sort()
    .map((e) => join(dir, e));
}

async function catFiles(files: readonly string[]): Promise<Measured> {
  const started = performance.now();
  const code = await new Promise<number>((done) => {
    const child = spawn("sh", ["-c", 'cat "$@" > /dev/null', "cat", ...files], {
      stdio: "ignore",
    });
    child.on("close", (c) => done(c ?? 1));
  });
  return {
    seconds: (performance.now() - started) / 1000,
    rssMb: null,
    cpuSeconds: null,
    failed: code !== 0,
  };
}

function ensureDuckDb(peers: string): void {
  if (existsSync(join(peers, "node_modules", "@duckdb", "node-api"))) return;
  say(`installing ${DUCKDB} into ${peers} (bench only; not a project dependency)…`);
  const run = spawnSync(
    "npm",
    ["install", "--prefix", peers, "--no-audit", "--no-fund", "--no-save", DUCKDB],
    { stdio: "inherit" },
  );
  if (run.status !== 0) throw new Error(`npm install ${DUCKDB} failed`);
}

async function shapeLines(
  shape: "one" | "many",
  data: Dataset,
  opts: { peers: string; report: boolean; timeout: number; aside: SetAside },
): Promise<Line[]> {
  const files = await csvFiles(data.exports);
  const out = join(data.home, "out");
  await mkdir(out, { recursive: true });
  const label = `${shape === "one" ? "one file" : `${files.length} files`}, ${data.rows.toLocaleString("en-US")} rows`;
  const child = (script: string, args: string[], cwd = repoRoot, nodeOptions: string[] = []) =>
    runStageChild({
      script: join(repoRoot, script),
      args,
      cwd,
      nodeOptions,
      logFile: join(data.home, `${shape}-${script.replaceAll("/", "_")}.log`),
      timeoutSeconds: opts.timeout,
    });
  await flushDiskWrites();
  say(`  ${shape}: read limit (cat)…`);
  const read = await catFiles(files);
  say(`  ${shape}: DuckDB…`);
  const duck = await child("scripts/bench/duckdb-peer.ts", [
    opts.peers,
    join(out, "duckdb-months.csv"),
    ...files,
  ]);
  const peer = measured(duck);
  const lines: Line[] = [
    {
      workload: `read ${label}`,
      ours: "DuckDB read_csv + GROUP BY",
      peer: "cat > /dev/null",
      us: peer,
      them: read,
    },
  ];
  for (const format of ["json", "csv"] as const) {
    await flushDiskWrites();
    say(`  ${shape}: score --format ${format}…`);
    const run = await child(
      "scripts/score.ts",
      ["--data", data.exports, "--format", format, "--out", join(out, `results.${format}`)],
      data.project,
      npmNodeOptions("score"),
    );
    lines.push({
      workload: `${label} → ${format}`,
      ours: `score --format ${format}`,
      peer: "DuckDB",
      us: measured(run),
      them: peer,
      ...(format === "json" ? { maxRatio: 1.5, maxRssMb: 300 } : {}),
    });
  }
  if (opts.report) {
    await flushDiskWrites();
    say(`  ${shape}: report…`);
    const site = join(data.home, "site");
    // Each run builds from nothing, as the Astro floor does (and a site left by an older version
    // is not ours to judge): the last one is moved aside, not deleted (see SetAside).
    await opts.aside.move(site);
    const report = await child(
      "scripts/report.ts",
      ["--project", data.project, "--data", data.exports, "--out", site, "--quiet", "--no-cache"],
      repoRoot,
      npmNodeOptions("report"),
    );
    await flushDiskWrites();
    say(`  ${shape}: bare Astro, same pages…`);
    // Inside the repository, so the floor project resolves `astro` from its node_modules.
    const work = opts.aside.fresh(join(repoRoot, ".cache"), `astro-floor-${process.pid}`);
    const floor = await child("scripts/bench/astro-floor.ts", [site, work]);
    const pages = lastJson<{ pages: number; bytes: number }>(floor.stdout);
    lines.push({
      workload: `report ${label}${pages ? `, ${pages.pages} pages, ${(pages.bytes / 1e6).toFixed(0)} MB HTML` : ""}`,
      ours: "npm run report --no-cache",
      peer: "bare Astro, same HTML",
      us: measured(report),
      them: measured(floor),
      maxRatio: 2,
      maxRssMb: 1024,
    });
  }
  return lines;
}

function verdict(line: Line): string {
  if (line.us.failed || line.them.failed) return "ERROR";
  if (line.maxRatio === undefined) return "-";
  const ratio = line.us.seconds / line.them.seconds;
  const rssOk = line.maxRssMb === undefined || (line.us.rssMb ?? Infinity) <= line.maxRssMb;
  return ratio <= line.maxRatio && rssOk ? "pass" : "FAIL";
}

function table(lines: readonly Line[]): string {
  const mb = (m: Measured) => (m.rssMb === null ? "-" : String(Math.round(m.rssMb)));
  const s = (m: Measured) => m.seconds.toFixed(2);
  const cpu = (m: Measured) => (m.cpuSeconds === null ? "-" : m.cpuSeconds.toFixed(1));
  return formatTable(
    [
      "workload",
      "ours",
      "s",
      "cpu s",
      "RSS MB",
      "peer",
      "s",
      "cpu s",
      "RSS MB",
      "ratio",
      "target",
      "result",
    ],
    lines.map((l) => [
      l.workload,
      l.ours,
      s(l.us),
      cpu(l.us),
      mb(l.us),
      l.peer,
      s(l.them),
      cpu(l.them),
      mb(l.them),
      `${(l.us.seconds / l.them.seconds).toFixed(2)}×`,
      l.maxRatio === undefined
        ? "-"
        : `≤ ${l.maxRatio}×${l.maxRssMb === undefined ? "" : `, ≤ ${l.maxRssMb} MB`}`,
      verdict(l),
    ]),
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      agents: { type: "string", default: "3000" },
      months: { type: "string", default: "24" },
      shapes: { type: "string", default: "one,many" },
      report: { type: "boolean", default: false },
      runs: { type: "string", default: "1" },
      dir: { type: "string", default: "bench-data" },
      timeout: { type: "string", default: "1800" },
    },
    strict: true,
  });
  const agents = Number(values.agents);
  const months = Number(values.months);
  const runs = Number(values.runs);
  const shapes = values.shapes.split(",").map((s) => s.trim());
  if (
    ![agents, months, runs].every((n) => Number.isInteger(n) && n >= 1) ||
    shapes.some((s) => s !== "one" && s !== "many")
  ) {
    say("bench:peers: --agents, --months, --runs take integers ≥ 1; --shapes one, many or both");
    return 2;
  }
  const dir = resolve(values.dir);
  const peers = join(dir, "peers");
  ensureDuckDb(peers);
  const repoData = join(repoRoot, "data");
  const loadBefore = loadavg()[0] ?? 0;
  const all: Line[] = [];
  const aside = new SetAside(join(dir, "trash"));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const shape of shapes as ("one" | "many")[]) {
        const base = { dir, agents, months, seed: BENCH_SEED, repoData };
        const data =
          shape === "one"
            ? await ensureOneFileDataset(base)
            : await ensureDataset({ ...base, skipGenerate: false });
        say(
          `run ${run}, ${shape}: ${data.rows} rows, ${(data.bytes / 1e6).toFixed(0)} MB at ${data.home}`,
        );
        const lines = await shapeLines(shape, data, {
          peers,
          report: values.report,
          timeout: Number(values.timeout),
          aside,
        });
        if (runs > 1) for (const l of lines) l.workload = `#${run} ${l.workload}`;
        all.push(...lines);
      }
    }
  } finally {
    say("deleting the sites and floor projects set aside…");
    await aside.empty(join(repoRoot, ".cache"));
  }
  console.log(
    `\n${agents} agents × ${months} months; every ratio is ours ÷ the peer in the same run\n`,
  );
  console.log(table(all));
  const loadAfter = loadavg()[0] ?? 0;
  console.log(
    `\nmachine: 1-minute load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} cores (above the core count, seconds are inflated for ours and the peer alike)`,
  );
  const pass = all.every((l) => verdict(l) !== "FAIL" && verdict(l) !== "ERROR");
  console.log(pass ? "\nall targets met" : "\nsome targets missed");
  return pass ? 0 : 1;
}

process.exitCode = await main();
