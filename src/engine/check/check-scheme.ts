/** checkScheme: consistency warnings and errors of a compiled scheme. */
import type { Scheme } from "../scheme/types.ts";
import type { SchemeIssue } from "../types.ts";

export function checkScheme(_scheme: Scheme, _source: string): SchemeIssue[] {
  return [];
}
