/**
 * Scores the studio's agent-months with the build's engine (the same
 * scoreAgentMonth the report runs) and keeps what the comparison reads: total,
 * grade, pay, and per banded KPI its value and the band it fell in.
 *
 * An edit changes one KPI (or the grades or pay), so a RowScorer keeps each
 * KPI's points per agent-month, keyed by the KPI as written and the scheme's
 * mode (all a KPI's points depend on), and scores with the engine's
 * scoreKpi only the KPIs it has not seen. The total is then the engine's
 * sum (the same additions in the same order), grade and pay its gradeFor and
 * payFor, so the numbers are exactly the report's; a scheme with
 * adjustments, a composite or vetoes goes through scoreAgentMonth whole.
 */

import type { Kpi, Scheme } from "../engine/scheme/types.ts";
import { scoreAgentMonth, scoreKpi } from "../engine/score/agent-month.ts";
import { gradeFor, payFor } from "../engine/score/outcome.ts";
import type { Json } from "./json-edit.ts";
import type { StudioRow } from "./studio-data.ts";

export interface Outcome {
  row: StudioRow;
  total: number;
  grade: string | null;
  pay: number | null;
  complete: boolean;
}

/** One KPI definition's scores over the scorer's rows, column by column. */
export interface KpiScores {
  id: string;
  banded: boolean;
  /** NaN where the KPI has no points (missing or undefined value): the result is incomplete. */
  points: Float64Array;
  /** The value scored; NaN where none. */
  value: Float64Array;
  /** The band's index within the band set in force; -1 when none (or not banded). */
  band: Int16Array;
  /** The band set in force per row (`bands`, or a season: `seasons[0]`); shared strings. */
  set: readonly string[];
}

/** A scheme's scores over the rows: per row, and per KPI for the band occupancy. */
export interface Scored {
  outcomes: Outcome[];
  kpis: KpiScores[];
}

/** The band set's path within its KPI: `kpis[2].seasons[0]` → `seasons[0]` (stable when KPIs are switched off). */
const setName = (path: string) => path.replace(/^kpis\[\d+\]\./, "");

/**
 * Whether total = Σ KPI points is the engine's whole sum for this scheme: no
 * adjustments, composite or vetoes (those schemes are scored row by row by
 * scoreAgentMonth itself).
 */
const plainSum = (s: Scheme) => s.adjustments.length === 0 && !s.composite && s.vetoes.length === 0;

export class RowScorer {
  readonly rows: readonly StudioRow[];
  readonly #columns = new Map<string, KpiScores>();
  /** Keys kept for good: the published scheme's KPIs, which most edits leave as they are. */
  readonly #pinned = new Set<string>();
  readonly #months: number[];
  /** The outcomes of the last call that was not pinned, overwritten by the next one. */
  #spare: Outcome[] | null = null;

  constructor(rows: readonly StudioRow[]) {
    this.rows = rows;
    this.#months = rows.map((r) => Number(r.month.slice(5, 7)) || 0);
  }

  #column(scheme: Scheme, j: number): KpiScores {
    const k = scheme.kpis[j] as Kpi;
    const sets = k.kind === "banded" ? k.byMonth.map((s) => setName(s.path)) : [];
    const n = this.rows.length;
    const points = new Float64Array(n);
    const value = new Float64Array(n);
    const band = new Int16Array(n);
    const set: string[] = [];
    for (let i = 0; i < n; i++) {
      const m = this.#months[i] as number;
      const r = scoreKpi(k, (this.rows[i] as StudioRow).input.values, m, scheme.mode);
      points[i] = r.points ?? Number.NaN;
      value[i] = r.value ?? Number.NaN;
      band[i] = k.kind === "banded" ? (r.band?.index ?? -1) : -1;
      set.push(sets[m] ?? "bands");
    }
    return { id: k.id, banded: k.kind === "banded", points, value, band, set };
  }

  /**
   * Scores every row with `scheme`, compiled from `raw` (the scheme file's data: its
   * `kpis` are the compiled KPIs as written, in order). `pin` keeps its KPIs' columns
   * and its outcomes for good (the published scheme); otherwise only this call's columns
   * are kept, for the next edit, and its outcomes are the objects the previous such call
   * returned, overwritten: an edit allocates no row objects.
   */
  score(scheme: Scheme, raw: Json, pin = false): Scored {
    const rawKpis =
      raw !== null && typeof raw === "object" && !Array.isArray(raw) && Array.isArray(raw.kpis)
        ? raw.kpis
        : [];
    // All a KPI's points depend on: the KPI as written and the scheme's mode.
    const keys = scheme.kpis.map((_, j) =>
      rawKpis.length === scheme.kpis.length
        ? `${scheme.mode}\u0000${JSON.stringify(rawKpis[j])}`
        : `\u0001${j}`,
    );
    if (rawKpis.length !== scheme.kpis.length) this.#columns.clear();
    const columns = keys.map((key, j) => {
      let c = this.#columns.get(key);
      if (c === undefined) {
        c = this.#column(scheme, j);
        this.#columns.set(key, c);
      }
      return c;
    });
    const into = pin ? null : this.#spare;
    const outcomes = plainSum(scheme) ? this.#sum(scheme, columns, into) : this.#each(scheme, into);
    if (!pin) this.#spare = outcomes;
    if (pin) for (const k of keys) this.#pinned.add(k);
    const used = new Set(keys);
    for (const k of [...this.#columns.keys()])
      if (!used.has(k) && !this.#pinned.has(k)) this.#columns.delete(k);
    if (rawKpis.length !== scheme.kpis.length) this.#columns.clear();
    return { outcomes, kpis: columns };
  }

  /** The engine's sum (scoreAgentMonth's loop: 0, then each KPI's points in order), grade and pay. */
  #sum(scheme: Scheme, columns: readonly KpiScores[], into: Outcome[] | null): Outcome[] {
    const out = into ?? [];
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i] as StudioRow;
      let total = 0;
      let complete = !((row.input.rejectedRows ?? 0) > 0);
      for (const c of columns) {
        const p = c.points[i] as number;
        if (Number.isNaN(p)) complete = false;
        else total += p;
      }
      const grade = complete ? gradeFor(scheme, total) : null;
      const pay = complete ? payFor(scheme, total) : null;
      put(out, i, row, total, grade, pay, complete);
    }
    return out;
  }

  /** Adjustments, a composite or vetoes: the whole engine per row (the KPIs' outcomes still reused). */
  #each(scheme: Scheme, into: Outcome[] | null): Outcome[] {
    const out = into ?? [];
    for (let i = 0; i < this.rows.length; i++) {
      const row = this.rows[i] as StudioRow;
      const r = scoreAgentMonth(scheme, row.input);
      put(out, i, row, r.total, r.grade, r.pay, r.complete);
    }
    return out;
  }
}

/** Sets row i's outcome: in place when `out` already has one (a reused array), else appended. */
function put(
  out: Outcome[],
  i: number,
  row: StudioRow,
  total: number,
  grade: string | null,
  pay: number | null,
  complete: boolean,
): void {
  const o = out[i];
  if (o === undefined) out.push({ row, total, grade, pay, complete });
  else {
    o.total = total;
    o.grade = grade;
    o.pay = pay;
    o.complete = complete;
  }
}

/** Scores `rows` once, remembering nothing (tests, one-off use). */
export function scoreRows(scheme: Scheme, rows: readonly StudioRow[], raw: Json = null): Scored {
  return new RowScorer(rows).score(scheme, raw);
}
