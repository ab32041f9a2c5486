/**
 * checkScheme: every consistency problem of a compiled scheme, each with the
 * source, the path and the rows involved. Warnings do not stop scoring;
 * errors (a value that would match no band, a month two seasons claim, a
 * percent typed as a number on a ratio) do.
 */
import { issueCollector } from "../scheme/issues.ts";
import type { Scheme } from "../scheme/types.ts";
import type { SchemeIssue } from "../types.ts";
import { checkBands } from "./bands.ts";
import { checkOutcome } from "./outcome.ts";
import { checkRatioBounds, ratioLimit } from "./ratio-bounds.ts";
import { checkReachable } from "./reachable.ts";
import { checkTotals } from "./totals.ts";

export function checkScheme(scheme: Scheme, source: string): SchemeIssue[] {
  const { issues, error, warning } = issueCollector(source);
  checkTotals(scheme, warning);
  checkRatioBounds(scheme, error);
  for (const k of scheme.kpis)
    if (k.kind === "banded") checkBands(k, error, warning, ratioLimit(k, scheme));
  checkOutcome(scheme, warning, error);
  checkReachable(scheme, warning);
  return issues;
}
