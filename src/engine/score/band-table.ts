/**
 * What every agent-month shares when a band set scores a value, worked out
 * once per band set and mode: each bound's tolerance, each band's points
 * (weighted), its band reference, and the step to the next band up. Scoring
 * is then a search over numbers and a few object literals per KPI.
 * Built on first use and kept beside the KPI (a WeakMap, so the studio's
 * recompiled schemes drop theirs); a compiled scheme is never changed in place.
 */

import type {
  Band,
  BandedKpi,
  BandSet,
  Better,
  MetricUnit,
  Scheme,
  SchemeMode,
} from "../scheme/types.ts";
import type { BandRef, Label } from "../types.ts";
import { weightedPoints } from "../weighting.ts";

/** The next band up from one band: all but the gap, which depends on the value. */
export interface StepUp {
  rule: string;
  /** The bound to reach (lo when higher is better, hi when lower); null: unbounded. */
  bound: number | null;
  pointsGain: number;
  unit: MetricUnit;
  suffix: Label | undefined;
}

export interface BandRow {
  band: Band;
  /** Shared by every result in this band: `{ index, rule }`. */
  ref: BandRef;
  /** Points after weighting. */
  points: number;
  up: StepUp | null;
}

/**
 * Bounds as `contains` (format.ts) tests them: NaN for an unbounded side, and
 * each bound's tolerance (a relative 1e-12) computed once.
 */
export interface BandTable {
  lo: Float64Array;
  loTol: Float64Array;
  loInclusive: Uint8Array;
  hi: Float64Array;
  hiTol: Float64Array;
  hiInclusive: Uint8Array;
  rows: BandRow[];
}

const tolerance = (bound: number) => 1e-12 * Math.max(1, Math.abs(bound));

export function buildBandTable(
  bands: readonly Band[],
  k: { better: Better; unit: MetricUnit; weight?: number | undefined },
  mode: SchemeMode,
): BandTable {
  const n = bands.length;
  const t: BandTable = {
    lo: new Float64Array(n),
    loTol: new Float64Array(n),
    loInclusive: new Uint8Array(n),
    hi: new Float64Array(n),
    hiTol: new Float64Array(n),
    hiInclusive: new Uint8Array(n),
    rows: [],
  };
  const scaled = (p: number) => weightedPoints(p, k.weight, mode);
  bands.forEach((b, i) => {
    t.lo[i] = b.lo ?? Number.NaN;
    t.loTol[i] = b.lo === null ? 0 : tolerance(b.lo);
    t.loInclusive[i] = b.loInclusive ? 1 : 0;
    t.hi[i] = b.hi ?? Number.NaN;
    t.hiTol[i] = b.hi === null ? 0 : tolerance(b.hi);
    t.hiInclusive[i] = b.hiInclusive ? 1 : 0;
    const points = scaled(b.points);
    const next = bands[b.next];
    const up: StepUp | null = next
      ? {
          rule: next.rule,
          bound: k.better === "higher" ? next.lo : next.hi,
          pointsGain: scaled(next.points) - points,
          unit: k.unit,
          suffix: b.nextSuffix,
        }
      : null;
    t.rows.push({ band: b, ref: { index: i, rule: b.rule }, points, up });
  });
  return t;
}

/**
 * The first band holding the value, or -1: the same test as `contains`
 * (format.ts), on the same floating-point operations, so the same band.
 */
export function findBand(t: BandTable, v: number): number {
  const n = t.rows.length;
  for (let i = 0; i < n; i++) {
    const lo = t.lo[i] as number;
    if (!Number.isNaN(lo)) {
      const d = v - lo;
      const tol = t.loTol[i] as number;
      if (d < -tol || (d <= tol && t.loInclusive[i] === 0)) continue;
    }
    const hi = t.hi[i] as number;
    if (!Number.isNaN(hi)) {
      const d = v - hi;
      const tol = t.hiTol[i] as number;
      if (d > tol || (d >= -tol && t.hiInclusive[i] === 0)) continue;
    }
    return i;
  }
  return -1;
}

type TableKpi = Pick<BandedKpi, "base" | "byMonth" | "better" | "unit" | "weight">;
/** A KPI's tables: per month number (0–12) the one in force, and the default set's. */
export interface KpiTables {
  /** The KPI and mode they were built for. */
  kpi: TableKpi;
  mode: SchemeMode;
  byMonth: BandTable[];
  base: BandTable;
}
const tables = new WeakMap<TableKpi, KpiTables>();

/** The KPI's tables for the mode, built on first use. */
export function bandTables(k: TableKpi, mode: SchemeMode): KpiTables {
  const cached = tables.get(k);
  if (cached !== undefined && cached.mode === mode) return cached;
  const bySet = new Map<BandSet, BandTable>();
  const of = (set: BandSet) => {
    let t = bySet.get(set);
    if (t === undefined) {
      t = buildBandTable(set.bands, k, mode);
      bySet.set(set, t);
    }
    return t;
  };
  const built = { kpi: k, mode, byMonth: k.byMonth.map(of), base: of(k.base) };
  tables.set(k, built);
  return built;
}

type TablesScheme = Pick<Scheme, "kpis" | "mode">;
const byScheme = new WeakMap<TablesScheme, { mode: SchemeMode; tables: (KpiTables | null)[] }>();

/** Per KPI of the scheme, its tables (null where it is not banded), built on first use. */
export function schemeTables(scheme: TablesScheme): (KpiTables | null)[] {
  const cached = byScheme.get(scheme);
  if (cached !== undefined && cached.mode === scheme.mode) return cached.tables;
  const tables = scheme.kpis.map((k) => (k.kind === "banded" ? bandTables(k, scheme.mode) : null));
  byScheme.set(scheme, { mode: scheme.mode, tables });
  return tables;
}
