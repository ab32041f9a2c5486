/**
 * The precomputed band tables (band-table.ts) score exactly as the direct
 * search over `contains` did: same band, points, reference and next step, on
 * random band sets, seasons, modes and values (on the bounds, within their
 * tolerance, and anywhere).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contains, formatValue, gapText } from "~/engine/format.ts";
import type { BandedKpi, SchemeMode } from "~/engine/scheme/types.ts";
import { scoreAgentMonth } from "~/engine/score/agent-month.ts";
import { bandTables, findBand } from "~/engine/score/band-table.ts";
import { scoreBanded } from "~/engine/score/metric-kpi.ts";
import type { KpiResult } from "~/engine/types.ts";
import { weightedPoints } from "~/engine/weighting.ts";
import { am, scheme } from "../helpers.ts";

/** scoreBanded as it was before the tables: a search over `contains`, the next step worked out per call. */
function reference(k: BandedKpi, raw: number, month: number, mode: SchemeMode) {
  const bands = (k.byMonth[month] ?? k.base).bands;
  const index = bands.findIndex((b) => contains(b, raw));
  const band = bands[index];
  if (!band) return { index: -1, shown: formatValue(raw, k.unit) };
  const scaled = (p: number) => weightedPoints(p, k.weight, mode);
  const up = bands[band.next];
  const gap = up ? (k.better === "higher" ? (up.lo ?? raw) : (up.hi ?? raw)) - raw : 0;
  const suffix = band.nextSuffix ?? { zh: "", en: "" };
  return {
    index,
    points: scaled(band.points),
    rule: band.rule,
    letter: band.grade,
    next: up
      ? {
          rule: up.rule,
          gap,
          pointsGain: scaled(up.points) - scaled(band.points),
          text: {
            zh: gapText(gap, k.unit).zh + suffix.zh,
            en: gapText(gap, k.unit).en + suffix.en,
          },
        }
      : null,
  };
}

function actual(r: KpiResult) {
  if (r.status !== "scored") return { index: -1, shown: r.why?.code === "no-band" && r.why.shown };
  return {
    index: r.band?.index,
    points: r.points,
    rule: r.band?.rule,
    letter: r.letter,
    next: r.next && {
      rule: r.next.rule,
      gap: r.next.gap,
      pointsGain: r.next.pointsGain,
      text: r.next.text,
    },
  };
}

const bound = fc.oneof(
  fc.constantFrom(0, 0.1, 0.38, 0.45, 0.5, 0.6, 1, 1.1, 6, 12, 30, 100),
  fc.double({ min: -5, max: 200, noNaN: true }),
);
const rawBand = fc
  .record(
    {
      min: bound,
      max: bound,
      minInclusive: fc.boolean(),
      maxInclusive: fc.boolean(),
      points: fc.integer({ min: 0, max: 100 }),
    },
    { requiredKeys: ["points"] },
  )
  // A scheme's bands run low to high (the parser refuses min above max).
  .map((b) =>
    b.min !== undefined && b.max !== undefined && b.min > b.max
      ? { ...b, min: b.max, max: b.min }
      : b,
  );
const bandsArb = fc.array(rawBand, { minLength: 1, maxLength: 6 });

/** A one-KPI scheme over a direct column (`satisfaction`: a ratio; `first_response`: seconds, lower is better). */
const schemeArb = fc.record({
  metric: fc.constantFrom("satisfaction", "first_response"),
  mode: fc.constantFrom<SchemeMode>("points", "weighted"),
  weight: fc.integer({ min: 1, max: 60 }),
  bands: bandsArb,
  season: fc.option(
    fc.record({ months: fc.subarray([1, 2, 6, 11, 12], { minLength: 1 }), bands: bandsArb }),
  ),
});

type Drawn = typeof schemeArb extends fc.Arbitrary<infer T> ? T : never;

const compile = (s: Drawn) =>
  scheme({
    id: "t",
    label: { zh: "测", en: "t" },
    mode: s.mode,
    kpis: [
      {
        id: s.metric,
        weight: s.weight,
        bands: s.bands,
        ...(s.season ? { seasons: [{ months: s.season.months, bands: s.season.bands }] } : {}),
      },
    ],
  }).kpis[0] as BandedKpi;

/** Values that test the edges: each bound exactly, a hair either side (inside and outside the 1e-12 tolerance), and any. */
function valuesNear(k: BandedKpi): fc.Arbitrary<number> {
  const bounds = [k.base, ...k.seasons]
    .flatMap((s) => s.bands)
    .flatMap((b) => [b.lo, b.hi])
    .filter((b): b is number => b !== null);
  const near = bounds.flatMap((b) => {
    const t = 1e-12 * Math.max(1, Math.abs(b));
    return [b, b + t / 2, b - t / 2, b + 2 * t, b - 2 * t, b + 1e-9, b - 1e-9];
  });
  return near.length > 0
    ? fc.oneof(fc.constantFrom(...near), fc.double({ min: -10, max: 250, noNaN: true }))
    : fc.double({ min: -10, max: 250, noNaN: true });
}

describe("band tables", () => {
  it("score every value as the direct search over contains did", () => {
    fc.assert(
      fc.property(
        schemeArb.chain((s) => {
          const k = compile(s);
          return fc.tuple(fc.constant(k), valuesNear(k), fc.integer({ min: 0, max: 14 }));
        }),
        ([k, value, month]) => {
          const column = k.metricRef === "satisfaction" ? "satisfaction" : "first_response_s";
          const mode = k.weight !== undefined && k.max !== k.rawMax ? "weighted" : "points";
          for (const m of [mode, mode === "points" ? "weighted" : "points"] as const) {
            const r = scoreBanded(k, { [column]: value }, month, m);
            expect(actual(r)).toEqual(reference(k, value, month, m));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("findBand is the first band that contains the value", () => {
    fc.assert(
      fc.property(
        schemeArb.chain((s) => {
          const k = compile(s);
          return fc.tuple(fc.constant(k), valuesNear(k));
        }),
        ([k, value]) => {
          const t = bandTables(k, "points").base;
          expect(findBand(t, value)).toBe(k.base.bands.findIndex((b) => contains(b, value)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("a band reference is shared by every result in that band, and is the band's own", () => {
    const k = compile({
      metric: "satisfaction",
      mode: "points",
      weight: 10,
      bands: [
        { min: 0.9, points: 10 },
        { max: 0.9, points: 0 },
      ],
      season: null,
    });
    const a = scoreBanded(k, { satisfaction: 0.95 }, 9, "points");
    const b = scoreBanded(k, { satisfaction: 0.97 }, 9, "points");
    expect(a.band).toBe(b.band);
    expect(a.band).toEqual({ index: 0, rule: k.base.bands[0]?.rule });
  });

  it("a scheme whose KPI list changed after scoring is scored by its KPIs as they are now", () => {
    const s = scheme({
      id: "t",
      label: { zh: "测", en: "t" },
      mode: "points",
      kpis: [
        {
          id: "satisfaction",
          bands: [
            { min: 0.9, points: 10 },
            { max: 0.9, points: 5 },
          ],
        },
        {
          id: "first_response",
          bands: [
            { max: 10, points: 20 },
            { min: 10, points: 1 },
          ],
        },
      ],
    });
    const values = { satisfaction: 0.95, first_response_s: 14 };
    const before = scoreAgentMonth(s, am(values));
    s.kpis.reverse();
    expect(scoreAgentMonth(s, am(values)).kpis).toEqual([...before.kpis].reverse());
  });
});
