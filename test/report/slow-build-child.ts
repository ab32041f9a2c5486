/**
 * A real `report` process whose site build writes a page and then waits
 * (a test kills it there): the report's own signal handling, temp folders and
 * swap, without Astro's 20 seconds. argv: project root, then report options.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanUpOnSignals } from "../../src/report/output-folder.ts";
import { plainProgress } from "../../src/report/progress.ts";
import { runReport } from "../../src/report/run-report.ts";

const [root = ".", ...argv] = process.argv.slice(2);
cleanUpOnSignals((line) => process.stderr.write(`${line}\n`));
process.exitCode = await runReport(argv, {
  root,
  today: "2026-11-26",
  env: {},
  progress: () => plainProgress(() => {}),
  stderr: (line) => process.stderr.write(`${line}\n`),
  buildSite: async ({ outDir }) => {
    mkdirSync(join(outDir, "months"), { recursive: true });
    writeFileSync(join(outDir, "index.html"), "<!doctype html><title>new</title>");
    process.stdout.write(`building ${outDir}\n`);
    if (process.env.SLOW_BUILD === "hang") await new Promise(() => setInterval(() => {}, 1000));
    if (process.env.SLOW_BUILD === "fail") throw new Error("the build broke");
  },
  now: () => 0,
});
