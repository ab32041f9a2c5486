/**
 * A real `report` process whose site build writes a page and then waits
 * (a test kills it there): the report's own signal handling, temp folders and
 * swap, without Astro's 20 seconds. argv: project root, then report options.
 * SLOW_BUILD: `hang` waits in the build, `fail` throws there; `hang-at:STEP`
 * builds, then waits at that step of the swap (`set-aside`: the previous site
 * renamed aside, the new one not yet in place; `removing-old`: the new site in
 * place and the previous one's marker and part of its files already removed);
 * `pause-at:STEP` waits there a second and goes on (`published`: the swap
 * done, the previous site removed, the run about to print its summary).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanUpOnSignals } from "../../src/report/interrupt-cleanup.ts";
import { SITE_MARKER, swapSteps } from "../../src/report/output-folder.ts";
import { plainProgress } from "../../src/report/progress.ts";
import { runReport } from "../../src/report/run-report.ts";

const [root = ".", ...argv] = process.argv.slice(2);
const mode = process.env.SLOW_BUILD ?? "";
const forever = () => new Promise(() => setInterval(() => {}, 1000));
cleanUpOnSignals((line) => process.stderr.write(`${line}\n`));
swapSteps.at = async (step, old) => {
  // `pause-at:STEP`: there for a second (a test signals it then), then on.
  if (mode === `pause-at:${step}`) {
    process.stdout.write(`at ${step} ${old}\n`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return;
  }
  if (mode !== `hang-at:${step}`) return;
  if (step === "removing-old") {
    // As a recursive removal may go: the marker first, then some of the pages.
    rmSync(join(old, SITE_MARKER));
    for (const name of readdirSync(old).slice(0, 1)) rmSync(join(old, name), { recursive: true });
  }
  process.stdout.write(`at ${step} ${old}\n`);
  await forever();
};
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
    if (mode === "hang") await forever();
    if (mode === "fail") throw new Error("the build broke");
  },
  now: () => 0,
});
