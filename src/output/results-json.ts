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
  // Composite schemes: the form's own total before the composite, and every part of the final result.
  if (r.formTotal !== undefined) out.formTotal = round(r.formTotal, 2);
  if (r.formMax !== undefined) out.formMax = round(r.formMax, 2);
  if (r.composite !== undefined)
    out.composite = r.composite.map((p) => ({
      id: p.id,
      value: roundOrNull(p.value, 2),
      max: round(p.max, 2),
      score: roundOrNull(p.score, 2),
      weight: p.weight,
      points: roundOrNull(p.points, 2),
      ...(p.error !== undefined ? { error: p.error } : {}),
    }));
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
    if (k.letter !== undefined) kpi.letter = k.letter;
    if (k.each !== undefined) kpi.each = k.each;
    if (k.raters !== undefined)
      kpi.raters = k.raters.map((x) => ({
        input: x.input,
        rater: x.label.zh,
        score: round(x.score, 2),
        weight: round(x.weight, 2),
      }));
    if (k.items !== undefined)
      kpi.items = k.items.map((x) => ({ input: x.input, item: x.label.zh, met: x.met }));
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
