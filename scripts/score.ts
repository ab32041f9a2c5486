/** `npm run score -- [options]`: score the exports and print the results (see src/cli/score-command.ts). */

import { runMain } from "../src/cli/effects.ts";
import { scoreCommand } from "../src/cli/score-command.ts";

await runMain("score", scoreCommand);
