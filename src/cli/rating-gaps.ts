/**
 * For `check`: every rated item (a rater's score, a tick, a count) an
 * agent-month lacks, where the rating sheet should be fixed — the cell left
 * empty (`file:row:header`, as a rejected cell is named) or no sheet row for
 * the agent-month at all. The item is not scored and the month stays
 * incomplete (no grade, no pay) until it is filled: never the empty cell as 0.
 */
import type { Scheme } from "../engine/scheme/types.ts";
import type { AgentMonth, AgentMonthResult } from "../engine/types.ts";
import { agentMonthKey } from "../ingest/fold-rows.ts";

/** Lines named one by one; the rest counted (a month nobody has rated yet would be every agent). */
const SHOWN = 30;

export function ratingGapLines(
  results: readonly AgentMonthResult[],
  agentMonths: readonly AgentMonth[],
  schemes: ReadonlyMap<string, Scheme>,
): string[] {
  const months = new Map(agentMonths.map((m) => [agentMonthKey(m.agent, m.month), m]));
  const lines: string[] = [];
  for (const r of results) {
    if (!r.kpis.some((k) => k.why?.code === "missing-inputs")) continue;
    const headerOf = new Map(schemes.get(r.scheme)?.inputs.map((i) => [i.id, i.headers[0]]));
    const am = months.get(agentMonthKey(r.agent, r.month));
    const emptyAt = am?.emptyAt ?? {};
    const missing = am?.missing ?? {};
    for (const k of r.kpis) {
      if (k.why?.code !== "missing-inputs") continue;
      const noRow: string[] = [];
      for (const input of k.why.inputs) {
        const header = headerOf.get(input) ?? input;
        const at = emptyAt[input];
        const why = missing[input];
        if (at === undefined && why !== undefined)
          // Given, but not whole: a count kept per day missing on some days.
          lines.push(`  ${r.agent} ${r.month}: ${k.id} is not scored: ${header} ${why}`);
        else if (at === undefined) noRow.push(header);
        else
          lines.push(
            `  ${at}:${header}: ${r.agent} ${r.month}: empty, so ${k.id} is not scored and the month is incomplete (no grade, no pay): fill in the rating`,
          );
      }
      if (noRow.length > 0)
        lines.push(
          `  ${r.agent} ${r.month}: ${k.id} is not scored: no rating sheet row gives ${noRow.join(", ")} for this agent-month ${
            r.rejectedRows
              ? "(its row was rejected: see the errors above)"
              : "(add the row, or write the name as the exports do)"
          }`,
        );
    }
  }
  if (lines.length === 0) return [];
  const shown = lines.slice(0, SHOWN);
  if (lines.length > SHOWN) shown.push(`  … and ${lines.length - SHOWN} more`);
  return ["note: rated items without a rating (not scored, never counted as 0):", ...shown];
}
