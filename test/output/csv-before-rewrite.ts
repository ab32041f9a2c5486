/**
 * The results CSV as written before its rows were built line by line
 * (src/output/results-csv.ts at 0aeb097, with the letter and rater columns
 * that whole-string-reference.ts predates), frozen as the yardstick the
 * faster writer must match byte for byte. Do not "fix" this file.
 */
import type { AgentMonthResult } from "~/engine/types.ts";
import { csvCell } from "~/output/results-csv.ts";
import { round, roundOrNull } from "~/output/round.ts";

type CellValue = string | number | boolean | null | undefined;

export function* csvBeforeRewrite(results: readonly AgentMonthResult[]): Generator<string> {
  const kpiIds: string[] = [];
  const seen = new Set<string>();
  for (const r of results)
    for (const k of r.kpis)
      if (!seen.has(k.id)) {
        seen.add(k.id);
        kpiIds.push(k.id);
      }
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
  // Per KPI: value and points; how a daily rate was weighted where a named column weighted it;
  // a letter where the KPI grades by letters; each rater's score.
  const weighted = new Set<string>();
  const extras = new Map<string, string[]>();
  for (const r of results)
    for (const k of r.kpis) {
      if (k.weightedBy !== undefined) weighted.add(k.id);
      const list = extras.get(k.id) ?? [];
      if (k.letter !== undefined && !list.includes("letter")) list.push("letter");
      for (const x of k.raters ?? []) if (!list.includes(x.input)) list.push(x.input);
      extras.set(k.id, list);
    }
  const composite = results.some((r) => r.formTotal !== undefined);
  if (composite) header.push("formTotal", "formMax");
  for (const id of kpiIds)
    header.push(
      `${id}.value`,
      `${id}.points`,
      ...(weighted.has(id) ? [`${id}.weighted_by`] : []),
      ...(extras.get(id) ?? []).map((e) => `${id}.${e}`),
    );
  yield `\uFEFF${header.map(csvCell).join(",")}\r\n`;
  const sorted = [...results].sort(
    (a, b) =>
      a.month.localeCompare(b.month) || (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0),
  );
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
    if (composite) cells.push(roundOrNull(r.formTotal, 2), roundOrNull(r.formMax, 2));
    const byId = new Map(r.kpis.map((k) => [k.id, k]));
    for (const id of kpiIds) {
      const k = byId.get(id);
      cells.push(roundOrNull(k?.value, 4), roundOrNull(k?.points, 2));
      if (weighted.has(id))
        cells.push(k?.weightedBy === undefined ? "" : `weighted by ${k.weightedBy}`);
      for (const e of extras.get(id) ?? [])
        cells.push(
          e === "letter" ? k?.letter : roundOrNull(k?.raters?.find((x) => x.input === e)?.score, 2),
        );
    }
    yield `${cells.map(csvCell).join(",")}\r\n`;
  }
}
