/**
 * `check`: every problem (stderr) and a summary (stdout): per-file accounting,
 * unknown columns, agents missing from the roster, scheme warnings. Builds nothing.
 */
import { formatProblem } from "../ingest/problems.ts";
import { parseCommonArgs } from "./args.ts";
import type { CommandEffects } from "./effects.ts";
import { hasErrors, type LoadResult, loadAndScore } from "./load-and-score.ts";

export function checkSummary(loaded: LoadResult): string[] {
  const lines: string[] = ["files (read = scored + rejected + skipped):"];
  for (const f of loaded.files) {
    const by = Object.entries(f.skippedBy)
      .map(([reason, n]) => `${n} ${reason}`)
      .join(", ");
    lines.push(
      `  ${f.file} [${f.encoding || "?"}, ${f.delimiter || "?"}]: read ${f.read} = scored ${f.scored} + rejected ${f.rejected} + skipped ${f.skipped}${by ? ` (${by})` : ""}`,
    );
  }
  lines.push(
    `agent-months: ${loaded.agentMonths.length}; schemes: ${[...loaded.schemes.keys()].join(", ")}`,
  );
  if (loaded.unknownColumns.size > 0) {
    lines.push("columns not used by any scheme or catalogue entry (ignored):");
    for (const [header, files] of loaded.unknownColumns)
      lines.push(`  ${header} (${files.length} file(s))`);
  }
  if (loaded.notInRoster === null)
    lines.push("no roster (data/roster.csv): every agent gets the default scheme");
  else if (loaded.notInRoster.length > 0)
    lines.push(`agents not in the roster (default scheme): ${loaded.notInRoster.join(", ")}`);
  for (const w of loaded.warnings)
    lines.push(`${w.source}: ${w.path ? `${w.path}: ` : ""}${w.severity}: ${w.message}`);
  return lines;
}

export async function checkCommand(
  argv: readonly string[],
  effects: CommandEffects,
): Promise<number> {
  const options = parseCommonArgs(argv);
  const loaded = await loadAndScore(options, effects);
  for (const p of loaded.problems) effects.stderr(`${formatProblem(p)}\n`);
  for (const line of checkSummary(loaded)) effects.stdout(`${line}\n`);
  const errors = loaded.problems.filter((p) => p.severity === "error").length;
  effects.stdout(errors > 0 ? `${errors} problem(s) found\n` : "no problems found\n");
  return hasErrors(loaded.problems) ? 1 : 0;
}
