/** Building scheme issues with `kpis[2].bands[1].min`-style paths. */
import type { SchemeIssue } from "../types.ts";

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
    (path: string, message: string): void => {
      issues.push({ severity, source, path, message });
    };
  return { issues, error: add("error"), warning: add("warning") };
}
