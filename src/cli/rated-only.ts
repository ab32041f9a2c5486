/**
 * For `check`: agent-months that only a rating sheet gives — the agent has a
 * rating but no export row that month, while other agents of the month do.
 * Usually the sheet wrote the name otherwise than the exports (小美美 for
 * 小美, a nickname, a stray space): the rating then scores a person of its
 * own and the real agent's month goes unrated. Each is named at its rating
 * sheet's row of that month, with the exported agent it probably meant.
 */
import type { Scheme } from "../engine/scheme/types.ts";
import type { AgentMonth, AgentMonthResult } from "../engine/types.ts";
import { agentMonthKey } from "../ingest/fold-rows.ts";
import type { RosterEntry } from "../ingest/roster.ts";
import { rosterLookalikes } from "../ingest/roster-lookalikes.ts";

/** One character replaced, added or dropped (小美美 for 小美, 阿杰 for 阿洁). */
function oneEditApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1 || Math.min(x.length, y.length) < 2) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  return x.length - i - j <= 1 && y.length - i - j <= 1;
}

/** An agent-month only a rating sheet gives, and the exported agents of that month it may mean. */
export interface RatedOnly {
  agent: string;
  month: string;
  meant: string[];
}

export function ratedOnly(
  agentMonths: readonly AgentMonth[],
  results: readonly AgentMonthResult[],
  schemes: ReadonlyMap<string, Scheme>,
): RatedOnly[] {
  const rated = new Set([...schemes.values()].flatMap((s) => s.inputs.map((i) => i.id)));
  const exported = (am: AgentMonth) =>
    Object.keys(am.values).some((c) => !rated.has(c)) ||
    Object.keys(am.missing ?? {}).some((c) => !rated.has(c));
  // Only where the agent's scheme reads the exports (a metric KPI went missing).
  const wantsExports = new Set(
    results
      .filter((r) => r.kpis.some((k) => k.why?.code === "missing-input"))
      .map((r) => agentMonthKey(r.agent, r.month)),
  );
  const byMonth = new Map<string, { exported: string[]; ratedOnly: string[] }>();
  for (const am of agentMonths) {
    let m = byMonth.get(am.month);
    if (!m) {
      m = { exported: [], ratedOnly: [] };
      byMonth.set(am.month, m);
    }
    if (exported(am)) m.exported.push(am.agent);
    else if (wantsExports.has(agentMonthKey(am.agent, am.month))) m.ratedOnly.push(am.agent);
  }
  const out: RatedOnly[] = [];
  for (const [month, m] of byMonth) {
    if (m.exported.length === 0 || m.ratedOnly.length === 0) continue;
    const alike = rosterLookalikes(
      new Map(m.exported.map((agent): [string, RosterEntry] => [agent, { agent }])),
    );
    for (const agent of m.ratedOnly) {
      const meant = [
        ...new Set([
          ...alike(agent).map((l) => l.agent),
          ...m.exported.filter((e) => oneEditApart(e, agent)),
        ]),
      ].slice(0, 3);
      out.push({ agent, month, meant });
    }
  }
  return out;
}

/**
 * Where a rated-only agent-month is fixed, `file:row`: its rating sheet's row
 * that month (ingest's ratedRows), keyed by agent and month — never the
 * agent's first row, which may be an export row of another month.
 */
export function ratedOnlyAt(
  ratedRows: ReadonlyMap<string, string> | undefined,
  x: Pick<RatedOnly, "agent" | "month">,
): string | undefined {
  return ratedRows?.get(agentMonthKey(x.agent, x.month));
}

/** check's note: each at its rating sheet's row (`file:row`), with the agent it probably meant. */
export function ratedOnlyLines(
  agentMonths: readonly AgentMonth[],
  results: readonly AgentMonthResult[],
  schemes: ReadonlyMap<string, Scheme>,
  ratedRows: ReadonlyMap<string, string> | undefined,
): string[] {
  const lines = ratedOnly(agentMonths, results, schemes).map(({ agent, month, meant }) => {
    const at = ratedOnlyAt(ratedRows, { agent, month });
    return `  ${at === undefined ? "" : `${at}: `}${agent} ${month}: rated, but no export has this agent this month${meant.length > 0 ? `: did you mean ${meant.join(" or ")}?` : "."} Write the name as the exports do, or the rating scores a person of its own`;
  });
  return lines.length === 0
    ? []
    : ["note: agent-months only a rating sheet gives (no export row that month):", ...lines];
}
