/** `npm run report`: check, score and build the static report site (see README). */
import { localToday } from "../src/cli/effects.ts";
import { debugRequested, EXIT, faultLines, withoutDebug } from "../src/cli/exit-codes.ts";
import { helpText, wantsHelp } from "../src/cli/help.ts";
import { astroBuild, warmUpAstro } from "../src/report/astro-build.ts";
import { cleanUpOnSignals, removePending } from "../src/report/interrupt-cleanup.ts";
import { chooseProgress } from "../src/report/progress.ts";
import { runReport } from "../src/report/run-report.ts";

const stderr = (line: string) => process.stderr.write(`${line}\n`);
const argv = process.argv.slice(2);
cleanUpOnSignals(stderr);
if (wantsHelp(argv)) {
  process.stdout.write(helpText("report"));
  process.exitCode = EXIT.ok;
} else {
  try {
    process.exitCode = await runReport(withoutDebug(argv), {
      root: process.cwd(),
      today: localToday(),
      env: process.env,
      progress: (quiet) => chooseProgress(quiet),
      stderr,
      buildSite: astroBuild,
      warmUp: warmUpAstro,
      now: () => performance.now(),
    });
  } catch (error) {
    removePending();
    for (const line of faultLines("report", error, debugRequested(argv, process.env))) stderr(line);
    process.exitCode = EXIT.internal;
  }
}
