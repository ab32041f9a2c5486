/** `npm run check -- [options]`: check schemes and data, print every problem (see src/cli/check-command.ts). */
import { prestartParseWorkers } from "../src/ingest/parse-prestart.ts";

// Before the command's modules load, so that the parse workers start alongside.
prestartParseWorkers();
const { runMain } = await import("../src/cli/effects.ts");
const { checkCommand } = await import("../src/cli/check-command.ts");
await runMain("check", checkCommand);
