/**
 * Preloaded into each stage's child (`node --import`): on exit, writes the
 * process's peak resident set size (kB) and CPU time (user + system, µs) to
 * $BENCH_RSS_FILE as JSON, so each stage's figures are its own and not the
 * orchestrator's. CPU time also shows the work when other jobs share the cores.
 */
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  // The bench stops a stage that overruns with SIGTERM: exit normally so the figures are still written.
  process.on("SIGTERM", () => process.exit(143));
  process.on("exit", () => {
    const u = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ maxRssKb: u.maxRSS, cpuMicros: u.userCPUTime + u.systemCPUTime }),
    );
  });
}
