/** `npm run template -- --scheme ID --month YYYY-MM`: write a rating sheet to fill (see src/cli/template-command.ts). */
import { runMain } from "../src/cli/effects.ts";
import { templateCommand } from "../src/cli/template-command.ts";

await runMain("template", templateCommand);
