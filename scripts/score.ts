/** `npm run score -- [options]`: score the exports and print the results (see src/cli/score-command.ts). */
import { prestartParseWorkers } from "../src/ingest/parse-prestart.ts";

// Before the command's modules load, so that the parse workers start alongside.
prestartParseWorkers();
const { cleanUpOnSignals } = await import("../src/report/interrupt-cleanup.ts");
// Interrupted, a --out file is left as it was and its half-written temp file removed.
cleanUpOnSignals((line) => process.stderr.write(`${line}\n`), process.env, {
  command: "score",
  unchanged: "an --out file is left as it was",
});
const { runMain } = await import("../src/cli/effects.ts");
const { scoreCommand } = await import("../src/cli/score-command.ts");
await runMain("score", scoreCommand);
