/**
 * Scores the studio's agent-months with the build's engine (the same
 * scoreAgentMonth the report runs) and keeps what the comparison reads: total,
 * grade, pay, and per banded KPI its value and the band it fell in.
 */

import type { Scheme } from "../engine/scheme/types.ts";
import { scoreAgentMonth } from "../engine/score/agent-month.ts";
import type { StudioRow } from "./studio-data.ts";

export interface KpiOutcome {
  id: string;
  value: number | null;
  /** Band set in force (`bands`, or a season: `seasons[0]`) and the band's index; -1 when none. */
  set: string;
  band: number;
}

export interface Outcome {
  row: StudioRow;
  total: number;
  grade: string | null;
  pay: number | null;
  complete: boolean;
  kpis: KpiOutcome[];
}

/** The band set's path within its KPI: `kpis[2].seasons[0]` → `seasons[0]` (stable when KPIs are switched off). */
const setName = (path: string) => path.replace(/^kpis\[\d+\]\./, "");

export function scoreRows(scheme: Scheme, rows: readonly StudioRow[]): Outcome[] {
  const out: Outcome[] = new Array(rows.length);
  const setNames = scheme.kpis.map((k) =>
    k.kind === "banded" ? k.byMonth.map((s) => setName(s.path)) : [],
  );
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as StudioRow;
    const r = scoreAgentMonth(scheme, row.input);
    const m = Number(row.month.slice(5, 7)) || 0;
    const kpis: KpiOutcome[] = [];
    for (let j = 0; j < scheme.kpis.length; j++) {
      const k = scheme.kpis[j];
      const res = r.kpis[j];
      if (k?.kind !== "banded" || !res) continue;
      const set = setNames[j]?.[m] ?? "bands";
      kpis.push({ id: k.id, value: res.value, set, band: res.band?.index ?? -1 });
    }
    out[i] = {
      row,
      total: r.total,
      grade: r.grade,
      pay: r.pay,
      complete: r.complete,
      kpis,
    };
  }
  return out;
}
