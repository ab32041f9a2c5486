/**
 * Band compilation: explicit inclusivity (higher is better → lower bound
 * inclusive; lower is better → upper bound inclusive), rule text, and for each
 * band the next better band and its precomputed "next" text.
 */

import { formatValue, intervalText, nextSuffix } from "../format.ts";
import type { Better, MetricUnit } from "../metrics.ts";
import { own } from "../own.ts";
import type { Label } from "../types.ts";
import { weightedPoints } from "../weighting.ts";
import type { RawBand } from "./raw-schema.ts";
import type { Band, BandSet, Interval, SchemeMode } from "./types.ts";
export function toInterval(
  b:
    | RawBand
    | {
        min?: number | undefined;
        max?: number | undefined;
        minInclusive?: boolean | undefined;
        maxInclusive?: boolean | undefined;
      },
  better: Better,
): Interval {
  return {
    lo: b.min ?? null,
    hi: b.max ?? null,
    loInclusive: b.minInclusive ?? better === "higher",
    hiInclusive: b.maxInclusive ?? better === "lower",
  };
}

/**
 * An interval no value lies in: both bounds the same with a side exclusive
 * (`{ min: 0.45, max: 0.45 }` reads 45% > X ≥ 45%), or the bounds reversed.
 */
export function isEmptyInterval(iv: Interval): boolean {
  if (iv.lo === null || iv.hi === null) return false;
  return iv.lo > iv.hi || (iv.lo === iv.hi && !(iv.loInclusive && iv.hiInclusive));
}

/** For each band, the nearest band in the better direction that gives more points (never one no value reaches). */
function linkNext(bands: Band[], better: Better): Band[] {
  for (const b of bands) {
    let best = -1;
    bands.forEach((c, j) => {
      if (c.points <= b.points || isEmptyInterval(c)) return;
      if (better === "higher") {
        if (c.lo === null || (b.lo !== null && c.lo <= b.lo)) return;
        const cur = bands[best];
        if (!cur || (cur.lo !== null && c.lo < cur.lo)) best = j;
      } else {
        if (c.hi === null || (b.hi !== null && c.hi >= b.hi)) return;
        const cur = bands[best];
        if (!cur || (cur.hi !== null && c.hi > cur.hi)) best = j;
      }
    });
    b.next = best;
  }
  return bands;
}

export function compileBands(
  raw: RawBand[],
  path: string,
  k: {
    better: Better;
    symbol: string;
    unit: MetricUnit;
    gradePoints?: Record<string, number> | undefined;
  },
): Band[] {
  const bands = raw.map((b, j) => {
    const iv = toInterval(b, k.better);
    const points = b.grade !== undefined ? (own(k.gradePoints, b.grade) ?? 0) : (b.points ?? 0);
    const result = b.grade !== undefined ? `${b.grade} (${points})` : formatValue(points, "score");
    const band: Band = {
      next: -1,
      ...iv,
      points,
      rule: `${intervalText(iv, k.symbol, k.unit)} → ${result}`,
      path: `${path}[${j}]`,
    };
    if (b.grade !== undefined) band.grade = b.grade;
    return band;
  });
  return linkNext(bands, k.better);
}

/** The value-independent part of each band's "next" text, computed once. */
export function presetNextText(
  set: BandSet,
  label: Label,
  mode: SchemeMode,
  weight: number | undefined,
): void {
  const scale = (p: number) => weightedPoints(p, weight, mode);
  for (const b of set.bands) {
    const up = set.bands[b.next];
    if (!up) continue;
    b.nextSuffix = nextSuffix(label, scale(up.points) - scale(b.points));
  }
}
