/**
 * "Weighted by 接待人数": a KPI whose month value came from a daily rate
 * weighted by a column other than the rate's own denominator (a platform
 * profile's weight, or one the user named in data/config.yaml `weights:`),
 * not from the rate's own parts, says so on the agent page and in the CSV. Pure.
 */

import type { Scheme } from "../engine/index.ts";
import { compileRef } from "../engine/metric-eval.ts";
import { METRICS } from "../engine/metrics.ts";
import type { AgentMonth, AgentMonthResult } from "../engine/types.ts";
import { COLUMNS } from "../ingest/columns.ts";
import { agentMonthKey } from "../ingest/fold-rows.ts";

/** The column a KPI's value was read from directly, when its parts were not used. */
function directColumn(ref: string, values: AgentMonth["values"]): string | undefined {
  const metric = Object.hasOwn(METRICS, ref) ? METRICS[ref] : undefined;
  if (!metric) return values[ref] === undefined ? undefined : ref;
  if (metric.kind === "column") return metric.column;
  if (compileRef(metric.num)(values) !== undefined && compileRef(metric.den)(values) !== undefined)
    return undefined;
  return metric.fallback;
}

/** How a weight column is named to readers: its first Chinese header (接待人数). */
export function weightName(column: string): string {
  return COLUMNS.find((c) => c.id === column)?.headers[0] ?? column;
}

/** Marks the scored KPIs of daily agent-months whose value is a rate weighted by another column. */
export function noteExplicitWeights(
  results: readonly AgentMonthResult[],
  agentMonths: readonly AgentMonth[],
  schemes: ReadonlyMap<string, Scheme>,
  weights: ReadonlyMap<string, string>,
): void {
  if (weights.size === 0) return;
  const byKey = new Map(agentMonths.map((am) => [agentMonthKey(am.agent, am.month), am]));
  for (const r of results) {
    const am = byKey.get(agentMonthKey(r.agent, r.month));
    const scheme = schemes.get(r.scheme);
    if (am && scheme) noteExplicitWeight(r, am, scheme, weights);
  }
}

/** The same for one result, scored from `am` with `scheme`. */
export function noteExplicitWeight(
  r: AgentMonthResult,
  am: AgentMonth,
  scheme: Scheme,
  weights: ReadonlyMap<string, string>,
): void {
  if (weights.size === 0 || am.days === 0) return;
  for (const k of r.kpis) {
    if (k.status !== "scored") continue;
    const def = scheme.kpis.find((d) => d.id === k.id);
    if (!def || (def.kind !== "banded" && def.kind !== "linear")) continue;
    const column = directColumn(def.metricRef, am.values);
    const by = column === undefined ? undefined : weights.get(column);
    if (by !== undefined && am.values[column as string] !== undefined)
      k.weightedBy = weightName(by);
  }
}
