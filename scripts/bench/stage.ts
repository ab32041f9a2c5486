/**
 * Runs one benchmark stage in its own Node process (this Node, so the same
 * version) and measures it from outside: wall time around the whole process,
 * peak RSS reported by the child itself through the preloaded probe or, when
 * higher, the sampled sum over the child and the processes it starts.
 */
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sampleTreeRss } from "./tree-rss.ts";

export interface ChildRun {
  exitCode: number;
  wallSeconds: number;
  /** Peak of the child's own resident set, or (when larger) of the child and its children together, sampled; null when the child died before it could report. */
  peakRssMb: number | null;
  /** The largest single process of the tree at its peak (the figure `time -v` would report). */
  largestProcessMb: number | null;
  /** User + system CPU seconds of the child (null as above). */
  cpuSeconds: number | null;
  stdout: string;
  /** True when the child overran its time limit and was stopped. */
  timedOut: boolean;
}

const PROBE = new URL("./rss-probe.ts", import.meta.url).pathname;

export async function runStageChild(opts: {
  script: string;
  args: readonly string[];
  cwd: string;
  /** The child's standard error goes here (kept for reading after the run). */
  logFile: string;
  nodeOptions?: readonly string[];
  /** Stop the child (SIGTERM, then SIGKILL) after this many seconds. */
  timeoutSeconds?: number;
}): Promise<ChildRun> {
  const scratch = await mkdtemp(join(tmpdir(), "kefu-bench-"));
  const rssFile = join(scratch, "maxrss");
  const log = createWriteStream(opts.logFile);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...(opts.nodeOptions ?? []), "--import", PROBE, opts.script, ...opts.args],
    {
      cwd: opts.cwd,
      env: { ...process.env, BENCH_RSS_FILE: rssFile, CI: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const tree = child.pid === undefined ? undefined : sampleTreeRss(child.pid);
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.pipe(log);
  let timedOut = false;
  const limit = opts.timeoutSeconds;
  const timer =
    limit === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
        }, limit * 1000);
  const exitCode = await new Promise<number>((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => done(code ?? 1));
  });
  clearTimeout(timer);
  const treePeak = tree?.stop() ?? { total: 0, largest: 0 };
  const wallSeconds = (performance.now() - started) / 1000;
  await new Promise((done) => log.end(done));
  const probe = lastJson<{ maxRssKb: number; cpuMicros: number }>(
    await readFile(rssFile, "utf8").catch(() => ""),
  );
  await rm(scratch, { recursive: true, force: true });
  return {
    exitCode,
    wallSeconds,
    peakRssMb: probe ? Math.max(probe.maxRssKb, treePeak.total) / 1024 : null,
    largestProcessMb: probe ? Math.max(probe.maxRssKb, treePeak.largest) / 1024 : null,
    cpuSeconds: probe ? probe.cpuMicros / 1e6 : null,
    stdout,
    timedOut,
  };
}

/** The last line of a child's output that parses as a JSON object. */
export function lastJson<T>(stdout: string): T | null {
  const start = stdout.lastIndexOf("\n{");
  const text = start >= 0 ? stdout.slice(start + 1) : stdout.trimStart();
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}
