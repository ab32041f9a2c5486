/**
 * The `score` JSON document (contract "score JSON output"), reused by the
 * report's downloads. Pure. Totals and points are rounded here, not before.
 */
import { byMonthThenAgent } from "../engine/score/agent-month.ts";
import type { AgentMonthResult } from "../engine/types.ts";
import type { FileAccount, RejectedRow, SkippedRow } from "../ingest/problems.ts";
import { round, roundOrNull } from "./round.ts";

export interface ScoreDocument {
  scheme: string;
  results: AgentMonthResult[];
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  files: FileAccount[];
}

/** One result as published: rounded, optional fields only when set. */
export function resultRecord(r: AgentMonthResult): Record<string, unknown> {
  const out: Record<string, unknown> = { agent: r.agent, month: r.month };
  if (r.role !== undefined) out.role = r.role;
  if (r.team !== undefined) out.team = r.team;
  Object.assign(out, {
    scheme: r.scheme,
    total: round(r.total, 2),
    max: round(r.max, 2),
    complete: r.complete,
    grade: r.grade,
    pay: r.pay,
  });
  if (r.veto !== undefined) out.veto = r.veto;
  if (r.rejectedRows !== undefined) out.rejectedRows = r.rejectedRows;
  out.kpis = r.kpis.map((k) => {
    const kpi: Record<string, unknown> = {
      id: k.id,
      value: roundOrNull(k.value, 4),
      points: roundOrNull(k.points, 2),
      max: round(k.max, 2),
      status: k.status,
    };
    if (k.rating !== undefined) kpi.rating = roundOrNull(k.rating, 2);
    if (k.weight !== undefined) kpi.weight = k.weight;
    if (k.reason !== undefined) kpi.reason = k.reason;
    if (k.weightedBy !== undefined) kpi.weightedBy = k.weightedBy;
    return kpi;
  });
  return out;
}

export function resultsToJson(doc: ScoreDocument): string {
  const body = {
    scheme: doc.scheme,
    results: [...doc.results].sort(byMonthThenAgent).map(resultRecord),
    rejected: doc.rejected,
    skipped: doc.skipped,
    files: doc.files.map(({ skippedBy: _by, ...f }) => f),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
