/**
 * How every command prints problems: one line each (`file:row:column: message`),
 * with control characters removed, each distinct problem once, and under
 * GitHub Actions also as a workflow annotation.
 */
import type { SchemeIssue } from "../engine/types.ts";
import { formatProblem, type Problem } from "../ingest/problems.ts";
import { annotation, inGithubActions } from "./annotations.ts";
import { forTerminal } from "./terminal-text.ts";

export function printProblems(
  problems: readonly Problem[],
  print: (line: string) => void,
  env: Readonly<Record<string, string | undefined>>,
): void {
  const github = inGithubActions(env);
  const printed = new Set<string>();
  for (const p of problems) {
    const line = forTerminal(formatProblem(p));
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
