/**
 * Preloaded into each stage's child (`node --import`): on exit, writes the
 * process's peak resident set size (kB) and CPU time (user + system, µs, its
 * finished child processes included) to
 * $BENCH_RSS_FILE as JSON, so each stage's figures are its own and not the
 * orchestrator's. CPU time also shows the work when other jobs share the cores.
 */
import { readFileSync, writeFileSync } from "node:fs";

const TICKS_PER_SECOND = 100;

/** CPU µs of this process plus its finished children (Linux /proc; 0 elsewhere). */
function cpuWithChildrenMicros(): number {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime, stime, cutime, cstime: fields 14–17 of stat(5), in clock ticks.
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(f[i]), 0);
    return (ticks / TICKS_PER_SECOND) * 1e6;
  } catch {
    return 0;
  }
}

const file = process.env.BENCH_RSS_FILE;
if (file) {
  // The bench stops a stage that overruns with SIGTERM: exit normally so the figures are still written.
  process.on("SIGTERM", () => process.exit(143));
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        maxRssKb: u.maxRSS,
        cpuMicros: Math.max(u.userCPUTime + u.systemCPUTime, cpuWithChildrenMicros()),
      }),
    );
  });
}
