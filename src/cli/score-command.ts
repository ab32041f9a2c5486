/** `score`: load, score, print problems to stderr and the result (JSON or CSV) to stdout or --out. */
import { formatProblem } from "../ingest/problems.ts";
import { resultsCsvChunks } from "../output/results-csv.ts";
import { resultsJsonChunks } from "../output/results-json.ts";
import { parseCommonArgs } from "./args.ts";
import type { CommandEffects } from "./effects.ts";
import { hasErrors, loadAndScore } from "./load-and-score.ts";

/** Exit code: 0 clean, 1 data problems (nothing written unless --allow-invalid), 2 usage. */
export async function scoreCommand(
  argv: readonly string[],
  effects: CommandEffects,
): Promise<number> {
  const options = parseCommonArgs(argv);
  const loaded = await loadAndScore(options, effects);
  for (const p of loaded.problems) effects.stderr(`${formatProblem(p)}\n`);
  const failed = hasErrors(loaded.problems);
  if (failed && (!options.allowInvalid || loaded.noData)) {
    const n = loaded.problems.filter((p) => p.severity === "error").length;
    effects.stderr(
      `${n} problem(s): nothing written (use --allow-invalid to score the valid rows)\n`,
    );
    return 1;
  }
  // Written as produced (one agent-month at a time), never held as one string.
  const chunks =
    options.format === "csv"
      ? resultsCsvChunks(loaded.results)
      : resultsJsonChunks({
          scheme:
            [...new Set(loaded.results.map((r) => r.scheme))].join(",") ||
            [...loaded.schemes.keys()].join(","),
          results: loaded.results,
          rejected: loaded.rejected,
          skipped: loaded.skipped,
          files: loaded.files,
        });
  await effects.writeOutput(chunks, options.out);
  return failed ? 1 : 0;
}
