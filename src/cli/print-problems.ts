/**
 * How every command prints problems: one line each (`file:row:column: message`;
 * a message composed of indented lines keeps them),
 * with control characters removed, each distinct problem once, and under
 * GitHub Actions also as a workflow annotation.
 */
import type { SchemeIssue } from "../engine/types.ts";
import { formatProblem, type Problem } from "../ingest/problems.ts";
import { annotation, inGithubActions } from "./annotations.ts";
import { forTerminal } from "./terminal-text.ts";

/** A line break followed by a two-space indent: the start of a message's own next line. */
const CONTINUED = "\n  ";

export function printProblems(
  problems: readonly Problem[],
  print: (line: string) => void,
  env: Readonly<Record<string, string | undefined>>,
): void {
  const github = inGithubActions(env);
  const printed = new Set<string>();
  for (const p of problems) {
    // A message the program composed of indented lines (no data row: each file not
    // read and why) keeps them; any other line break shows as ⏎ inside its line.
    const line = formatProblem(p).split(CONTINUED).map(forTerminal).join("\n  ");
    if (printed.has(line)) continue;
    printed.add(line);
    print(line);
    if (github) print(annotation(p));
  }
}

/** A scheme checker finding as a problem: the scheme's file or id, the path inside it. */
export const issueAsProblem = (i: SchemeIssue): Problem => ({
  severity: i.severity,
  file: i.source,
  ...(i.path ? { column: i.path } : {}),
  message: i.message,
});
