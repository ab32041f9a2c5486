/**
 * Each banded KPI's band occupancy (agent-months per band, per band set: the
 * base bands and each season) and, for its chart, the values per band set.
 * Read from the scores' columns: the "before" side is counted once per month
 * range, the "after" side once per edit. Pure.
 */
import type { KpiScores } from "./rescore.ts";

/** `KPI id → band set (bands, seasons[0] …) → counts by band index` (sparse where no agent-month). */
export type Occupancy = Map<string, Map<string, number[]>>;
/** `KPI id → band set → the finite values scored under it`. */
export type SetValues = Map<string, Map<string, number[]>>;

function slot<V>(m: Map<string, Map<string, V>>, kpi: string, set: string, make: () => V): V {
  let bySet = m.get(kpi);
  if (bySet === undefined) {
    bySet = new Map();
    m.set(kpi, bySet);
  }
  let v = bySet.get(set);
  if (v === undefined) {
    v = make();
    bySet.set(set, v);
  }
  return v;
}

/** Per KPI column, counted once: an edit leaves most columns as they were (the same objects). */
const counted = new WeakMap<KpiScores, Map<string, number[]>>();

function countBands(k: KpiScores): Map<string, number[]> {
  const known = counted.get(k);
  if (known) return known;
  const bySet = new Map<string, number[]>();
  for (let i = 0; i < k.band.length; i++) {
    const band = k.band[i] as number;
    if (band < 0) continue;
    const set = k.set[i] as string;
    let counts = bySet.get(set);
    if (counts === undefined) {
      counts = [];
      bySet.set(set, counts);
    }
    counts[band] = (counts[band] ?? 0) + 1;
  }
  counted.set(k, bySet);
  return bySet;
}

export function occupancy(kpis: readonly KpiScores[]): Occupancy {
  const out: Occupancy = new Map();
  for (const k of kpis) if (k.banded) out.set(k.id, countBands(k));
  return out;
}

export function setValues(kpis: readonly KpiScores[]): SetValues {
  const out: SetValues = new Map();
  for (const k of kpis) {
    if (!k.banded) continue;
    for (let i = 0; i < k.value.length; i++) {
      const v = k.value[i] as number;
      if (Number.isFinite(v)) slot(out, k.id, k.set[i] as string, (): number[] => []).push(v);
    }
  }
  return out;
}

/** One KPI's occupancy (see `occupancy`). */
export function bandOccupancy(kpis: readonly KpiScores[], kpi: string): Map<string, number[]> {
  return occupancy(kpis.filter((k) => k.id === kpi)).get(kpi) ?? new Map();
}
