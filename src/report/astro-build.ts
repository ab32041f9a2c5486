/**
 * The site build step: Astro's programmatic build with the report's base,
 * site and output folder. The pages render on this thread while their charts
 * are drawn on a worker (chart-pool.ts). A large report on a machine with
 * cores to spare is split into shards, one process per two cores, whose
 * outputs are merged: rendering is CPU-bound and single-threaded.
 */
import { execFile } from "node:child_process";
import { mkdir, rename, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { shareChartService } from "../site/charts/chart-service.ts";
import { shareSiteData } from "../site/data.ts";
import type { SiteData } from "../site/model/site-data.ts";
import type { SiteBuild } from "./build-stage.ts";
import { ChartPool } from "./chart-pool.ts";
import { removeOnInterrupt } from "./interrupt-cleanup.ts";
import { moveMissing } from "./move-files.ts";

/** Vite variables Astro would read as import.meta.env (BASE_URL would override the base). */
const VITE_ENV = ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "SITE"];

/**
 * Up to this many agents one process builds the site. Above it, one process
 * per two cores (each renders on one core and draws charts on another), at
 * most four: a process costs ~0.5 GB before it renders a page, so a 2-core
 * machine builds in one (measured at 3,000 agents: see README "At scale").
 */
const SHARD_ABOVE_AGENTS = 1500;

/**
 * Vite's bundler (Rolldown) allocates with mimalloc, which by default holds
 * memory it freed for a while before returning it: ~40 MB of a 3,000-agent
 * report's peak, held through the whole render. Read from the environment
 * when the bundler loads, so set before Astro is imported; a value the user
 * set stays.
 */
export function returnBundlerMemory(env: NodeJS.ProcessEnv = process.env): void {
  env.MIMALLOC_PURGE_DELAY ??= "0";
  env.MIMALLOC_PURGE_DECOMMITS ??= "1";
}

let astro: Promise<typeof import("astro")> | undefined;
/**
 * Imported on demand, not at the top: a report of an invalid project or a
 * `--help` never pays for it (the warm-up imports it while the exports are read).
 */
function loadAstro(): Promise<typeof import("astro")> {
  returnBundlerMemory();
  astro ??= import("astro");
  return astro;
}

/**
 * Loads Astro while the exports are read (that thread waits on the parse
 * workers then): a second saved before the build.
 */
export function warmUpAstro(): void {
  loadAstro().catch(() => {
    // The build's own import reports the failure.
    astro = undefined;
  });
}

export const buildInProcess: SiteBuild = async ({ root, base, site, outDir, data }) => {
  // The pages render in this process: hand them the data instead of a file to parse.
  shareSiteData(data);
  // The load and scoring left garbage: collect it before the build's peak (`--expose-gc` is set
  // by the npm script; without it this is a no-op).
  (globalThis as { gc?: () => void }).gc?.();
  // A report does not phone home (Astro's anonymous telemetry also runs git on every build).
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  // Astro lets BASE_URL from the environment override the configured base (test runners and
  // some shells set it), which would break every link: the base given here must win.
  for (const name of VITE_ENV) delete process.env[name];
  const { build } = await loadAstro();
  // The pages' charts are drawn on a second core while this one renders.
  const charts = new ChartPool();
  shareChartService(charts);
  try {
    await build({ root, base, outDir, ...(site ? { site } : {}), logLevel: "error" });
  } finally {
    shareChartService(undefined);
    await charts.close();
  }
};

/** REPORT_SHARDS forces a count (tests use it to check a split build equals a single one). */
export function shardCount(
  data: SiteData,
  cores = availableParallelism(),
  forced = process.env.REPORT_SHARDS,
): number {
  const n = Number(forced);
  if (Number.isInteger(n) && n >= 1) return n;
  return data.agents.length > SHARD_ABOVE_AGENTS
    ? Math.max(1, Math.min(Math.floor(cores / 2), 4))
    : 1;
}

function runShard(root: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(root, "scripts/build-shard.ts"), ...args],
      { cwd: root, env, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`site build shard failed: ${stderr || error.message}`));
        else resolve();
      },
    );
  });
}

export const astroBuild: SiteBuild = async (opts) => {
  const shards = shardCount(opts.data);
  if (shards === 1) return buildInProcess(opts);
  const { root, base, site, outDir, dataFile } = opts;
  await opts.writeDataFile();
  const work = join(root, ".cache", `shards-${process.pid}`);
  const forget = removeOnInterrupt(work);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, REPORT_DATA: dataFile };
  for (const name of VITE_ENV) delete env[name];
  const dirs = Array.from({ length: shards }, (_, i) => join(work, `out-${i}`));
  try {
    // This process's own memory (the load, the scoring) is garbage by now: give it back before
    // the shards' peak (`--expose-gc` is set by the npm script; without it this is a no-op).
    (globalThis as { gc?: () => void }).gc?.();
    await Promise.all(
      dirs.map((dir, i) =>
        runShard(root, [root, base, dir, site ?? ""], { ...env, REPORT_SHARD: `${i}/${shards}` }),
      ),
    );
    // Each shard has the shared pages and assets (identical) and its own agent and month pages.
    await rm(outDir, { recursive: true, force: true });
    await rename(dirs[0] as string, outDir);
    for (const dir of dirs.slice(1)) await moveMissing(dir, outDir);
  } finally {
    await rm(work, { recursive: true, force: true });
    forget();
  }
};
