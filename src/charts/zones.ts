/**
 * A scheme's bands as shaded horizontal zones, drawn per month because bands
 * may change with the season. Adjacent months with identical bands merge
 * into one run. Open-ended bands are clipped to the value domain, and every
 * zone carries a text label (e.g. "≥60% · 30 分") so tone is not the only cue.
 */
import type { ScaleLinear } from "d3";
import { formatPoints, formatTick, t } from "./format.ts";
import type { Frame, MonthScale } from "./frame.ts";
import { FONT, type LabelRequest, placeLabels, textWidth } from "./labelLayout.ts";
import { rect, text } from "./marks.ts";
import { css, MUTED_TEXT, TONE_FILL } from "./style.ts";
import type { BandView, Lang, Layer, Tone, Unit } from "./types.ts";

// Built once: a style string is a class's lookup key (style-classes.ts).
const ZONE_FILL: Record<Tone, string> = {
  best: css({ fill: TONE_FILL.best }),
  good: css({ fill: TONE_FILL.good }),
  fair: css({ fill: TONE_FILL.fair }),
  poor: css({ fill: TONE_FILL.poor }),
};

export interface MonthBands {
  month: string;
  bands: readonly BandView[];
}

/** `≥60%`, `≤6 s`, `50.0%–60.0%`. */
export function bandRange(b: BandView, unit: Unit, lang: Lang): string {
  const f = (v: number): string => formatTick(v, unit, lang);
  if (b.lo === null && b.hi === null) return t(lang, "全部", "any");
  if (b.lo === null) return `${b.hiInclusive ? "≤" : "<"}${f(b.hi ?? 0)}`;
  if (b.hi === null) return `${b.loInclusive ? "≥" : ">"}${f(b.lo)}`;
  return `${f(b.lo)}–${f(b.hi)}`;
}

export function bandLabel(b: BandView, unit: Unit, lang: Lang): string {
  return `${bandRange(b, unit, lang)} · ${formatPoints(b.points, lang)}`;
}

const edgesOf = new WeakMap<readonly BandView[], number[]>();
/** Finite band edges, for the value domain (per band set memoised: the scheme's arrays are shared). */
export function bandEdges(bands: readonly MonthBands[]): number[] {
  const out: number[] = [];
  for (const m of bands) {
    let edges = edgesOf.get(m.bands);
    if (edges === undefined) {
      edges = [];
      for (const b of m.bands) {
        if (b.lo !== null) edges.push(b.lo);
        if (b.hi !== null) edges.push(b.hi);
      }
      edgesOf.set(m.bands, edges);
    }
    for (const e of edges) out.push(e);
  }
  return out;
}

const keys = new WeakMap<readonly BandView[], string>();
/** A band set's identity; memoised per array, since every agent's chart shares the scheme's arrays. */
function keyOf(bands: readonly BandView[]): string {
  let key = keys.get(bands);
  if (key === undefined) {
    key = JSON.stringify(
      bands.map((b) => [b.lo, b.hi, b.loInclusive, b.hiInclusive, b.points, b.tone]),
    );
    keys.set(bands, key);
  }
  return key;
}

interface Run {
  first: string;
  last: string;
  bands: readonly BandView[];
}

/** Consecutive months (in scale order) that share the same bands. */
export function bandRuns(bands: readonly MonthBands[], months: readonly string[]): Run[] {
  const byMonth = new Map(bands.map((m) => [m.month, m.bands]));
  const runs: Run[] = [];
  let prevKey: string | null = null;
  for (const month of months) {
    const mb = byMonth.get(month);
    const key = mb && mb.length > 0 ? keyOf(mb) : null;
    const open = runs.at(-1);
    if (mb && key !== null && key === prevKey && open) open.last = month;
    else if (mb && key !== null) runs.push({ first: month, last: month, bands: mb });
    prevKey = key;
  }
  return runs;
}

/**
 * The shaded zones of each run of months. Their labels are not drawn inside
 * the plot, where they would sit under the values: see `bandMarginLabels`.
 */
export function bandZones(
  bands: readonly MonthBands[],
  x: MonthScale,
  y: ScaleLinear<number, number>,
  unit: Unit,
  lang: Lang,
): Layer[] {
  const [d0, d1] = y.domain() as [number, number];
  const clip = (v: number): number => Math.min(d1, Math.max(d0, v));
  const zones: Layer = { name: "zones", marks: [] };
  for (const run of bandRuns(bands, x.months)) {
    const x0 = x.start(run.first);
    const w = x.start(run.last) + x.step - x0;
    for (const b of run.bands) {
      const top = y(clip(b.hi ?? d1));
      const bottom = y(clip(b.lo ?? d0));
      if (!(bottom - top > 0.05)) continue;
      const label = bandLabel(b, unit, lang);
      const range = run.first === run.last ? run.first : `${run.first}–${run.last}`;
      zones.marks.push(
        rect(x0, top, w, bottom - top, {
          cls: `zone ${b.tone}`,
          style: ZONE_FILL[b.tone],
          tip: `${range} · ${b.rule} (${label})`,
        }),
      );
    }
  }
  return [zones];
}

/**
 * The latest run's bands labelled in the right margin, each at the middle of
 * its zone: the full label ("≥60% · 30 分") where the margin is wide enough,
 * else the points alone; a zone too thin for its label gets none (its rule is
 * in the zone's tooltip and on the form).
 */
export function bandMarginLabels(
  bands: readonly MonthBands[],
  x: MonthScale,
  y: ScaleLinear<number, number>,
  f: Frame,
  unit: Unit,
  lang: Lang,
): Layer {
  const layer: Layer = { name: "zone-labels", marks: [] };
  const run = bandRuns(bands, x.months).at(-1);
  if (!run) return layer;
  const [d0, d1] = y.domain() as [number, number];
  const clip = (v: number): number => Math.min(d1, Math.max(d0, v));
  const room = f.width - f.right - 4;
  const requests: LabelRequest<null>[] = [];
  for (const b of run.bands) {
    const top = y(clip(b.hi ?? d1));
    const bottom = y(clip(b.lo ?? d0));
    if (bottom - top < FONT + 2) continue;
    const full = bandLabel(b, unit, lang);
    const text = textWidth(full) <= room ? full : formatPoints(b.points, lang);
    requests.push({
      text,
      spots: [{ x: f.right + 4, y: (top + bottom) / 2 + FONT * 0.35, anchor: "start" }],
      data: null,
    });
  }
  const bounds = { x0: f.right, y0: 0, x1: f.width, y1: f.height };
  for (const p of placeLabels(requests, [], bounds, 1)) {
    layer.marks.push(
      text(p.x, p.y, p.text, p.anchor, {
        cls: "zone-label",
        style: MUTED_TEXT,
      }),
    );
  }
  return layer;
}

/** The widest margin label of a set of bands, for sizing the margin. */
export function bandLabelWidth(bands: readonly MonthBands[], unit: Unit, lang: Lang): number {
  const last = bands.at(-1)?.bands ?? [];
  return Math.max(0, ...last.map((b) => textWidth(bandLabel(b, unit, lang))));
}
