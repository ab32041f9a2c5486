/** `score`: load, score, print problems to stderr and the result (JSON, CSV or an .xlsx workbook) to stdout or --out. */
import { join } from "node:path";
import { configuredExports } from "../ingest/config.ts";
import { resultsCsvChunks } from "../output/results-csv.ts";
import { resultsJsonChunks } from "../output/results-json.ts";
import type { OutputPiece } from "../output/write-chunks.ts";
import { inProject, parseCommonArgs } from "./args.ts";
import type { CommandEffects } from "./effects.ts";
import { EXIT } from "./exit-codes.ts";
import { hasErrors, type LoadResult, loadAndScore, loadIngested } from "./load-and-score.ts";
import { printProblems } from "./print-problems.ts";
import { checkIngested, type LazyLoad } from "./score-ingested.ts";
import { checkScoreOut } from "./score-out.ts";

/** Exit code: 0 clean (or written from the valid rows with --allow-invalid), 1 data problems (nothing written), 2 usage. */
export async function scoreCommand(
  argv: readonly string[],
  effects: CommandEffects,
): Promise<number> {
  const { options, effects: fx } = inProject(parseCommonArgs(argv), effects);
  // Before anything is read: --out never lands on the inputs, a folder or someone's file.
  if (options.out !== undefined)
    await checkScoreOut(options.out, effects.root, [
      join(fx.root, "data"),
      ...options.data,
      await configuredExports(fx.root),
    ]);
  // JSON is written as each agent-month is scored, so the results are never all held;
  // the CSV's header names every KPI of every result, so it needs them first.
  const loaded =
    options.format === "json"
      ? checkIngested(await loadIngested(options, fx))
      : await loadAndScore(options, fx);
  printProblems(loaded.problems, (line) => effects.stderr(`${line}\n`), effects.env ?? {});
  const failed = hasErrors(loaded.problems);
  if (failed && (!options.allowInvalid || loaded.noData)) {
    const n = loaded.problems.filter((p) => p.severity === "error").length;
    effects.stderr(
      `${n} problem(s): nothing written (use --allow-invalid to score the valid rows)\n`,
    );
    return 1;
  }
  // Written as produced (one agent-month at a time), never held as one string.
  // SheetJS loads only for a workbook: a JSON or CSV run does not wait for it.
  const format = options.format;
  await effects.writeOutput(
    format === "xlsx"
      ? [
          (await import("../output/results-xlsx.ts")).resultsXlsx(
            "schemeIds" in loaded ? [...loaded.results()] : loaded.results,
          ),
        ]
      : scoreOutput(loaded, format),
    options.out,
  );
  // With --allow-invalid the problems are printed and the rejected rows listed in the output.
  return EXIT.ok;
}

/** The `score` output in pieces, in order (also timed by scripts/bench-output.ts). */
export function scoreOutput(
  loaded: LoadResult | LazyLoad,
  format: "json" | "csv",
): Iterable<OutputPiece> {
  if ("schemeIds" in loaded) {
    const rows = { rejected: loaded.rejected, skipped: loaded.skipped, files: loaded.files };
    return format === "csv"
      ? resultsCsvChunks([...loaded.results()])
      : resultsJsonChunks({
          scheme: loaded.schemeIds.join(",") || [...loaded.schemes.keys()].join(","),
          results: { sorted: loaded.results() },
          ...rows,
        });
  }
  return format === "csv"
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
}
