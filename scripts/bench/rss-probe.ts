/**
 * Preloaded into each stage's child (`node --import`): on exit, writes the
 * process's peak resident set size in kB to $BENCH_RSS_FILE, so each stage's
 * figure is its own and not the orchestrator's.
 */
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
