/** `npm run check -- [options]`: check schemes and data, print every problem (see src/cli/check-command.ts). */
import { checkCommand } from "../src/cli/check-command.ts";
import { runMain } from "../src/cli/effects.ts";

await runMain("check", checkCommand);
