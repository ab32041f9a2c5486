/**
 * Scores one agent-month against a compiled scheme, and many at once.
 * total = sum of scored points + bonuses − penalties (composite: weighted with
 * the other parts), exact: rounding happens at output only. Grade and pay are
 * given only for complete results (a missing KPI would understate the total).
 */

import { inputErrorText } from "../../reasons/input-error-text.ts";
import type { InputExpectation } from "../../reasons/reason.ts";
import type { Values } from "../metric-eval.ts";
import type { Kpi, Scheme } from "../scheme/types.ts";
import type { AgentMonth, AgentMonthResult, CompositePart, KpiResult } from "../types.ts";
import { type KpiTables, schemeTables } from "./band-table.ts";
import { because } from "./empty-result.ts";
import { type SourceReasons, scoreBanded, scoreLinear } from "./metric-kpi.ts";
import { gradeFor, payFor, payTotal } from "./outcome.ts";
import { scoreChecklist, scoreDeduction, scoreJudgement } from "./rated-kpi.ts";

/**
 * One KPI of one agent-month (the studio re-scores only the KPIs an edit changed).
 * `tables`: a banded KPI's band tables when the caller has them at hand;
 * `sources`: why ingest had no value for some columns (AgentMonth.missing), said
 * in the reason of a KPI they leave without input.
 */
export function scoreKpi(
  k: Kpi,
  v: Values,
  month: number,
  mode: Scheme["mode"],
  tables?: KpiTables | null,
  sources?: SourceReasons,
): KpiResult {
  switch (k.kind) {
    case "banded":
      // No tables at hand (undefined or null): scoreBanded makes them.
      return scoreBanded(k, v, month, mode, tables ?? undefined, sources);
    case "linear":
      return scoreLinear(k, v, mode, sources);
    case "judgement":
      return scoreJudgement(k, v, mode);
    case "deduction":
      return scoreDeduction(k, v, mode);
    case "checklist":
      return scoreChecklist(k, v, mode);
  }
}

function flagItem(
  id: string,
  label: KpiResult["label"],
  kind: "adjustment" | "veto",
  n: number | undefined,
  points: number,
  input: string,
): KpiResult {
  const common = { id, label, max: 0, band: null, next: null, kind } as const;
  if (n === undefined)
    return because(
      { ...common, value: null, points: null, status: "missing" },
      { code: "missing-inputs", inputs: [input] },
    );
  // Ingest rejects these; a caller handing the engine values directly gets an error, not points.
  const bad: InputExpectation | null =
    kind === "veto"
      ? n !== 0 && n !== 1
        ? { kind: "tick", words: "yes" }
        : null
      : !Number.isInteger(n) || n < 0
        ? { kind: "count" }
        : null;
  if (bad !== null) {
    const why = { code: "input-error", input, value: n, expected: bad } as const;
    const error = inputErrorText(why, "en");
    return because({ ...common, value: null, points: null, status: "missing", error }, why);
  }
  return { ...common, value: n, points, status: "scored" };
}

/**
 * final = form% × (form total / form max × 100) + Σ part% × (part / its max × 100):
 * every part, the form included, counts as a score out of 100 (Form 3: 40% of the
 * form, 60% of the work plan; a perfect month is 100).
 */
function compose(
  scheme: Scheme,
  formTotal: number,
  v: Values,
): { total: number; parts: CompositePart[]; complete: boolean } {
  const c = scheme.composite;
  if (!c) return { total: formTotal, parts: [], complete: true };
  const formScore = scheme.formMax > 0 ? (100 * formTotal) / scheme.formMax : 0;
  const parts: CompositePart[] = [
    {
      id: "form",
      label: scheme.label,
      value: formTotal,
      max: scheme.formMax,
      score: formScore,
      weight: c.form,
      points: (c.form * formScore) / 100,
    },
  ];
  let total = (c.form * formScore) / 100;
  let complete = true;
  for (const p of c.parts) {
    const x = v[p.input];
    const base = { id: p.input, label: p.label, max: p.max, weight: p.weight };
    if (x === undefined || !(x >= 0 && x <= p.max)) {
      complete = false;
      const why =
        x === undefined
          ? undefined
          : ({
              code: "input-error",
              input: p.input,
              value: x,
              expected: { kind: "range", lo: 0, hi: p.max },
            } as const);
      const error = why && { error: inputErrorText(why, "en"), why };
      parts.push({ ...base, value: null, score: null, points: null, ...error });
      continue;
    }
    const score = (100 * x) / p.max;
    total += (p.weight * score) / 100;
    parts.push({ ...base, value: x, score, points: (p.weight * score) / 100 });
  }
  return { total, parts, complete };
}

/** The month number of `YYYY-MM` (0 when there is none): `Number(month.slice(5, 7)) || 0` without the slice. */
export function monthNumber(month: string): number {
  if (month.length === 7) {
    const tens = month.charCodeAt(5) - 48;
    const ones = month.charCodeAt(6) - 48;
    if (tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9) return tens * 10 + ones;
  }
  return Number(month.slice(5, 7)) || 0;
}

/** `tables`: the scheme's band tables, when the caller has them at hand (scoreAll does). */
export function scoreAgentMonth(
  scheme: Scheme,
  input: AgentMonth,
  tables: readonly (KpiTables | null)[] = schemeTables(scheme),
): AgentMonthResult {
  const v = input.values;
  const month = monthNumber(input.month);
  // Sized once: a growing array would keep room for 16 items per result.
  const kpis: KpiResult[] = new Array(
    scheme.kpis.length + scheme.adjustments.length + scheme.vetoes.length,
  );
  let filled = 0;
  let total = 0;
  let complete = true;
  for (let j = 0; j < scheme.kpis.length; j++) {
    const k = scheme.kpis[j] as Kpi;
    const t = tables[j];
    // Tables made for another KPI (a scheme's list changed since) are not used.
    const r = scoreKpi(k, v, month, scheme.mode, t?.kpi === k ? t : undefined, input.missing);
    if (r.points === null) complete = false;
    else total += r.points;
    kpis[filled++] = r;
  }
  for (const a of scheme.adjustments) {
    const n = v[a.input];
    // + 0: no occurrence of a penalty is 0 points, not −0.
    const r = flagItem(a.id, a.label, "adjustment", n, (n ?? 0) * a.points + 0, a.input);
    if (r.status === "scored") r.each = a.points;
    if (r.points === null) complete = false;
    else total += r.points;
    kpis[filled++] = r;
  }
  let formTotal: number | undefined;
  let composite: CompositePart[] | undefined;
  if (scheme.composite) {
    formTotal = total;
    const final = compose(scheme, formTotal, v);
    total = final.total;
    composite = final.parts;
    if (!final.complete) complete = false;
  }
  let veto: string | undefined;
  let cap: string | undefined;
  for (const item of scheme.vetoes) {
    const flag = v[item.input];
    const r = flagItem(item.id, item.label, "veto", flag, 0, item.input);
    if (r.points === null) complete = false;
    else if ((flag ?? 0) > 0) {
      veto = `${item.label.zh} / ${item.label.en}`;
      if (item.effect === "zero") total = 0;
      else cap = item.effect.capGrade;
    }
    kpis[filled++] = r;
  }
  // Some of the month's rows were rejected (and scored anyway with --allow-invalid).
  if ((input.rejectedRows ?? 0) > 0) complete = false;
  const grade = complete ? gradeFor(scheme, total, cap) : null;
  // A veto that caps the grade caps the pay with it (never the S pay at a capped B).
  const pay = complete ? payFor(scheme, payTotal(scheme, total, cap)) : null;
  const { agent, role, team } = input;
  // Role and team in the literal when both are known (the usual case with a roster): the
  // object is then made at its full size, not grown by a second allocation.
  const result: AgentMonthResult =
    role !== undefined && team !== undefined
      ? {
          agent,
          month: input.month,
          scheme: scheme.id,
          total,
          max: scheme.max,
          complete,
          grade,
          pay,
          kpis,
          role,
          team,
        }
      : {
          agent,
          month: input.month,
          scheme: scheme.id,
          total,
          max: scheme.max,
          complete,
          grade,
          pay,
          kpis,
        };
  if (role !== undefined && team === undefined) result.role = role;
  if (team !== undefined && role === undefined) result.team = team;
  if (veto !== undefined) result.veto = veto;
  if (input.rejectedRows !== undefined) result.rejectedRows = input.rejectedRows;
  if (formTotal !== undefined) {
    result.formTotal = formTotal;
    result.formMax = scheme.formMax;
  }
  if (composite !== undefined) result.composite = composite;
  return result;
}
