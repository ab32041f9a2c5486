/**
 * Scoring many agent-months: in the contract's order, each with its scheme,
 * the scheme's band tables built once per run of the same scheme. Pure.
 */
import type { Scheme } from "../scheme/types.ts";
import type { AgentMonth, AgentMonthResult } from "../types.ts";
import { scoreAgentMonth } from "./agent-month.ts";
import { type KpiTables, schemeTables } from "./band-table.ts";

/** The contract's order of results: by month, then agent (code-unit order, locale-free). */
export function byMonthThenAgent(
  a: { month: string; agent: string },
  b: { month: string; agent: string },
): number {
  return a.month < b.month
    ? -1
    : a.month > b.month
      ? 1
      : a.agent < b.agent
        ? -1
        : a.agent > b.agent
          ? 1
          : 0;
}

/** The band tables of the scheme last asked for, kept while the next agent-month has the same. */
function tablesOfLast(): (scheme: Scheme) => readonly (KpiTables | null)[] {
  let last: Scheme | undefined;
  let tables: (KpiTables | null)[] = [];
  return (scheme) => {
    if (scheme !== last) {
      last = scheme;
      tables = schemeTables(scheme);
    }
    return tables;
  };
}

/**
 * Scores the inputs one at a time in the order given (every index when
 * `order` is null), each with its scheme: for a writer that drops each result
 * once written, so the results are never all held at once.
 */
export function* scoreEach(
  inputs: readonly AgentMonth[],
  schemeOf: (index: number) => Scheme,
  order: readonly number[] | null,
): Generator<{ result: AgentMonthResult; index: number }> {
  const tablesOf = tablesOfLast();
  const n = order?.length ?? inputs.length;
  for (let j = 0; j < n; j++) {
    const index = order ? (order[j] as number) : j;
    const scheme = schemeOf(index);
    yield { result: scoreAgentMonth(scheme, inputs[index] as AgentMonth, tablesOf(scheme)), index };
  }
}

/**
 * Scores every input with the scheme `pick` chooses (given the input's index);
 * sorted by month, then agent. Ingest hands them over in that order already: the
 * order is checked while scoring, and a sorted list is not sorted again.
 */
export function scoreAll(
  pick: (am: AgentMonth, index: number) => Scheme,
  inputs: readonly AgentMonth[],
): AgentMonthResult[] {
  const results: AgentMonthResult[] = new Array(inputs.length);
  const tablesOf = tablesOfLast();
  let sorted = true;
  for (let i = 0; i < inputs.length; i++) {
    const am = inputs[i] as AgentMonth;
    const scheme = pick(am, i);
    results[i] = scoreAgentMonth(scheme, am, tablesOf(scheme));
    if (sorted && i > 0 && byMonthThenAgent(inputs[i - 1] as AgentMonth, am) > 0) sorted = false;
  }
  return sorted ? results : results.sort(byMonthThenAgent);
}
