/** Building scheme issues with `kpis[2].bands[1].min`-style paths. */
import type { Label, SchemeIssue } from "../types.ts";

/** Reports one issue at a path, in both languages (English is what the CLI prints). */
export type Report = (path: string, message: Label) => void;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}

export function issueCollector(source: string) {
  const issues: SchemeIssue[] = [];
  const add =
    (severity: SchemeIssue["severity"]) =>
    (path: string, message: Label): void => {
      issues.push({ severity, source, path, message: message.en, zh: message.zh });
    };
  return { issues, error: add("error"), warning: add("warning") };
}
