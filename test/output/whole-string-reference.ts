/**
 * The score outputs as they were built before they were streamed (one string
 * each), frozen here as the reference the streamed writers must match byte
 * for byte. Do not "fix" this file: it is the yardstick, not product code.
 * (One later addition: the `<id>.weighted_by` column of issue 12, which the
 * sample's 飞鸽 team carries, built the whole-string way.)
 */
import { byMonthThenAgent } from "~/engine/score/score-many.ts";
import type { AgentMonthResult } from "~/engine/types.ts";
import { csvCell } from "~/output/results-csv.ts";
import { resultRecord, type ScoreDocument } from "~/output/results-json.ts";
import { round, roundOrNull } from "~/output/round.ts";

type CellValue = string | number | boolean | null | undefined;

export function referenceJson(
  doc: ScoreDocument & { results: readonly AgentMonthResult[] },
): string {
  const body = {
    scheme: doc.scheme,
    results: [...doc.results].sort(byMonthThenAgent).map(resultRecord),
    rejected: doc.rejected,
    skipped: doc.skipped,
    files: doc.files.map(({ skippedBy: _by, ...f }) => f),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

export function referenceCsv(results: readonly AgentMonthResult[]): string {
  const kpiIds: string[] = [];
  for (const r of results) for (const k of r.kpis) if (!kpiIds.includes(k.id)) kpiIds.push(k.id);
  const header = [
    "agent",
    "month",
    "role",
    "team",
    "scheme",
    "total",
    "max",
    "complete",
    "grade",
    "pay",
    "veto",
  ];
  const weighted = new Set<string>();
  for (const r of results)
    for (const k of r.kpis) if (k.weightedBy !== undefined) weighted.add(k.id);
  for (const id of kpiIds)
    header.push(`${id}.value`, `${id}.points`, ...(weighted.has(id) ? [`${id}.weighted_by`] : []));
  const sorted = [...results].sort(
    (a, b) =>
      a.month.localeCompare(b.month) || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0),
  );
  const lines = [header.map(csvCell).join(",")];
  for (const r of sorted) {
    const cells: CellValue[] = [
      r.agent,
      r.month,
      r.role,
      r.team,
      r.scheme,
      round(r.total, 2),
      round(r.max, 2),
      r.complete,
      r.grade,
      r.pay,
      r.veto,
    ];
    const byId = new Map(r.kpis.map((k) => [k.id, k]));
    for (const id of kpiIds) {
      const k = byId.get(id);
      cells.push(roundOrNull(k?.value, 4), roundOrNull(k?.points, 2));
      if (weighted.has(id))
        cells.push(k?.weightedBy === undefined ? "" : `weighted by ${k.weightedBy}`);
    }
    lines.push(cells.map(csvCell).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
