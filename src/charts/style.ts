/**
 * Colours and line styles of every chart. Colours are CSS custom properties
 * the site's theme defines (light/dark), each with a fallback so a chart also
 * reads on its own. Meaning never rests on colour alone: series also differ
 * by dash pattern and marker shape, zones carry text labels.
 */
import { FONT } from "./labelLayout.ts";
import type { MarkerShape, Tone } from "./types.ts";

export const COLOR = {
  ink: "var(--ink, #1f2328)",
  muted: "var(--muted, #656d76)",
  accent: "var(--accent, #0969da)",
  grid: "var(--grid, #d8dee4)",
  paper: "var(--paper, #ffffff)",
} as const;

export const TONE_FILL: Record<Tone, string> = {
  best: "var(--band-best, #d9f0e3)",
  good: "var(--band-good, #e3eefa)",
  fair: "var(--band-fair, #fbf0d2)",
  poor: "var(--band-poor, #f9e0de)",
};

/** Per-series look for multi-series charts: colour, dash and marker all differ. */
export interface SeriesLook {
  stroke: string;
  dash: string;
  shape: MarkerShape;
}

const SERIES_COLORS = ["#0969da", "#bc4c00", "#1a7f37", "#8250df", "#bf3989", "#57606a"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2"];
const SHAPES: MarkerShape[] = ["circle", "square", "triangle", "diamond", "cross", "star"];

/**
 * The look of series `index`: the first six differ in colour, dash and marker
 * at once; past six, each round of colours shifts the dashes and markers, so
 * no two of the first 36 series look alike (the 7th is not the 1st again).
 */
export function seriesLook(index: number): SeriesLook {
  const n = SHAPES.length;
  const i = index % n;
  const round = Math.floor(index / n);
  return {
    stroke: `var(--series-${i + 1}, ${SERIES_COLORS[i]})`,
    dash: DASHES[(i + round) % n] ?? "",
    shape: SHAPES[(i + 2 * round) % n] ?? "circle",
  };
}

/** `stroke:…;stroke-dasharray:…` from a property map, skipping empty values. */
export function css(props: Record<string, string | number | undefined>): string {
  // A plain loop: this runs for every mark of every chart of a large build.
  let out = "";
  for (const k in props) {
    const v = props[k];
    if (v === undefined || v === "") continue;
    out += out === "" ? `${k}:${v}` : `;${k}:${v}`;
  }
  return out;
}

/**
 * The charts' two text styles (tick and band labels, value labels), built once
 * here: a style string is a class's lookup key (style-classes.ts), and a
 * constant's hash is worked out once, not per label.
 */
export const MUTED_TEXT = css({ fill: COLOR.muted, "font-size": `${FONT}px` });
export const INK_TEXT = css({ fill: COLOR.ink, "font-size": `${FONT}px` });
/** A hollow point: a KPI's months, and an incomplete month's total. */
export const HOLLOW_POINT = css({ fill: COLOR.paper, stroke: COLOR.accent, "stroke-width": 1.5 });
