/** `npm run report`: check, score and build the static report site (see README). */
import { localToday } from "../src/cli/effects.ts";
import { astroBuild, warmUpAstro } from "../src/report/astro-build.ts";
import { chooseProgress } from "../src/report/progress.ts";
import { runReport } from "../src/report/run-report.ts";

process.exitCode = await runReport(process.argv.slice(2), {
  root: process.cwd(),
  today: localToday(),
  env: process.env,
  progress: (quiet) => chooseProgress(quiet),
  stderr: (line) => process.stderr.write(`${line}\n`),
  buildSite: astroBuild,
  warmUp: warmUpAstro,
  now: () => performance.now(),
});
