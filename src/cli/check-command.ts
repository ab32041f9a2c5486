/**
 * `check`: every problem (stderr) and a summary (stdout): per-file accounting,
 * unknown columns, agents missing from the roster, scheme warnings. Builds nothing.
 */

import { schemeInputs } from "../engine/index.ts";
import type { AgentMonthResult } from "../engine/types.ts";
import { mappingApplies } from "../ingest/header-rules.ts";
import { loadProfiles } from "../ingest/profiles.ts";
import { rosterLookalikes } from "../ingest/roster-lookalikes.ts";
import { inProject, parseCommonArgs } from "./args.ts";
import type { CommandEffects } from "./effects.ts";
import { headerLookalikes, knownHeaders, raterColumnHint } from "./header-hints.ts";
import { hasErrors, type LoadResult, loadAndScore, warningText } from "./load-and-score.ts";
import { printProblems } from "./print-problems.ts";
import { ratedOnlyLines } from "./rated-only.ts";
import { ratingGapLines } from "./rating-gaps.ts";
import { rosterHintLines } from "./roster-hints.ts";
import { forTerminal } from "./terminal-text.ts";

export function checkSummary(loaded: LoadResult): string[] {
  const lines: string[] = ["files (read = scored + rejected + skipped):"];
  const profiles = new Map(loadProfiles().profiles.map((p) => [p.id, p]));
  // The headers of the schemes' judgement raters, for a sheet kept one row per rater.
  const raterHeaders = [
    ...new Set(
      [...loaded.schemes.values()].flatMap((s) =>
        s.kpis.flatMap((k) =>
          k.kind === "judgement"
            ? k.raters.map((r) => s.inputs.find((i) => i.id === r.input)?.headers[0] ?? r.input)
            : [],
        ),
      ),
    ),
  ];
  loaded.files.forEach((f, i) => {
    const by = Object.entries(f.skippedBy)
      .map(([reason, n]) => `${n} ${reason}`)
      .join(", ");
    lines.push(
      `  ${f.file} [${f.encoding || "?"}, ${f.delimiter || "?"}]: read ${f.read} = scored ${f.scored} + rejected ${f.rejected} + skipped ${f.skipped}${by ? ` (${by})` : ""}`,
    );
    if (f.period !== undefined) lines.push(`    period ${f.period}, from the ${f.periodFrom}`);
    const headers = loaded.fileHeaders[i];
    if (!headers) return;
    const profile = headers.profile === null ? undefined : profiles.get(headers.profile);
    lines.push(
      `    columns: ${profile ? `profile ${profile.id} (${profile.label.en})` : "built-in headers"}${headers.unused.length > 0 ? `; not used: ${listed(headers.unused)}` : ""}`,
    );
    const hint = raterColumnHint(headers.unused, raterHeaders);
    if (hint !== null) lines.push(`    ${hint}`);
  });
  if (loaded.unread.length > 0) {
    lines.push("not read:");
    for (const u of loaded.unread) lines.push(`  ${u.file}: ${u.reason}`);
  }
  lines.push(
    `agent-months: ${loaded.agentMonths.length}; schemes: ${[...loaded.schemes.keys()].join(", ")}`,
  );
  const { mappings, weights } = loaded.headerRules;
  if (mappings.length > 0) {
    lines.push("columns mapped in data/config.yaml (columns:):");
    for (const m of mappings) {
      const files = loaded.fileHeaders.filter((f) => mappingApplies(m, f.file)).length;
      lines.push(
        `  ${m.header} → ${m.column}${m.files === undefined ? "" : ` (files ${m.files})`}: ${files} file(s)${files === 0 && m.files !== undefined ? " — the pattern matched no file's path under the exports (e.g. helpdesk/* for every file under a helpdesk/ folder)" : ""}`,
      );
    }
  }
  for (const [rate, by] of Object.entries(weights)) {
    const used = loaded.explicitWeights.get(rate) === by ? "used" : "not needed by any file";
    lines.push(
      `daily ${rate} weighted by ${by} where its denominator is absent (weights:): ${used}`,
    );
  }
  if (loaded.unknownColumns.size > 0) {
    lines.push("columns not used by any scheme or catalogue entry (ignored):");
    const all = [...profiles.values()];
    const known = knownHeaders(all, [...loaded.schemes.values()].flatMap(schemeInputs));
    for (const [header, files] of loaded.unknownColumns) {
      const alike = headerLookalikes(header, known, all);
      lines.push(
        `  ${header} (${files.length} file(s))${alike.length > 0 ? `: a typo? did you mean ${alike.join(" or ")}` : ""}`,
      );
    }
  }
  if (loaded.notInRoster === null)
    lines.push("no roster (data/roster.csv): every agent gets the default scheme");
  else if (loaded.notInRoster.length > 0) {
    lines.push(
      `agents not in the roster (scheme by their 岗位, else the default): ${loaded.notInRoster.join(", ")}`,
    );
    if (loaded.roster)
      lines.push(...rosterHintLines(loaded.notInRoster, loaded.roster, loaded.firstRows));
  }
  for (const w of loaded.warnings) lines.push(warningText(w));
  return lines;
}

/** A file's unused headers, the first dozen (a 400-column export's unknown ones are listed in full once, below). */
function listed(headers: readonly string[], most = 12): string {
  const shown = headers.slice(0, most).join(", ");
  return headers.length > most ? `${shown} … (+${headers.length - most} more)` : shown;
}

/** Incomplete agent-months named one by one in the notes. */
const SHOWN = 5;

/** `小美 2026-09: satisfaction missing (missing on 3 of 30 days), 2 rows rejected`. */
function whyIncomplete(r: AgentMonthResult): string {
  const gaps = r.kpis
    .filter((k) => k.status !== "scored")
    .map((k) => `${k.id} ${k.status}${k.reason ? ` (${k.reason})` : ""}`);
  if (r.rejectedRows) gaps.push(`${r.rejectedRows} row(s) rejected`);
  return `${r.agent} ${r.month}: ${gaps.join(", ") || "incomplete"}`;
}

/**
 * What is not an error but changes the result, said after the verdict so a
 * "no problems found" is not read as "every agent-month is whole".
 */
export function checkNotes(loaded: LoadResult): string[] {
  const notes: string[] = [];
  const incomplete = loaded.results.filter((r) => !r.complete);
  if (incomplete.length > 0) {
    notes.push(
      `note: ${incomplete.length} of ${loaded.results.length} agent-months incomplete (a KPI without data or with a zero denominator: no grade, no pay); \`npm run score\` and the report's data-quality page list each one`,
    );
    // The first few here, so a "whose, and why" does not need another command.
    for (const r of incomplete.slice(0, SHOWN)) notes.push(`  ${whyIncomplete(r)}`);
    if (incomplete.length > SHOWN) notes.push(`  … and ${incomplete.length - SHOWN} more`);
  }
  notes.push(...ratingGapLines(loaded.results, loaded.agentMonths, loaded.schemes));
  notes.push(
    ...ratedOnlyLines(loaded.agentMonths, loaded.results, loaded.schemes, loaded.ratedRows),
  );
  if (loaded.notInRoster && loaded.roster) {
    const lookalikes = rosterLookalikes(loaded.roster);
    const alike = loaded.notInRoster.filter((name) => lookalikes(name).length > 0).length;
    if (alike > 0)
      notes.push(
        `note: ${alike} agent(s) not in the roster look like a roster agent (the did-you-mean lines above): their rows are scored as a different person`,
      );
  }
  return notes;
}

export async function checkCommand(
  argv: readonly string[],
  effects: CommandEffects,
): Promise<number> {
  const inside = inProject(parseCommonArgs(argv), effects);
  const loaded = await loadAndScore(inside.options, inside.effects);
  printProblems(loaded.problems, (line) => effects.stderr(`${line}\n`), effects.env ?? {});
  for (const line of checkSummary(loaded)) effects.stdout(`${forTerminal(line)}\n`);
  const errors = loaded.problems.filter((p) => p.severity === "error").length;
  effects.stdout(errors > 0 ? `${errors} problem(s) found\n` : "no problems found\n");
  for (const line of checkNotes(loaded)) effects.stdout(`${forTerminal(line)}\n`);
  return hasErrors(loaded.problems) ? 1 : 0;
}
