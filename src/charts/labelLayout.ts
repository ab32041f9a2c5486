/**
 * Label layout: text boxes estimated from the text (no DOM, so it runs at
 * build time and in the browser alike), and a greedy placer that puts each
 * label at the first of its candidate positions that collides with nothing
 * placed before it, or drops it. Labels are offered most important first, so
 * what is dropped is what the tooltip and the data table still carry.
 * Pure and deterministic.
 */

/** The smallest chart text in px at its natural size: readable on a 390 px phone. */
export const FONT = 11;

/** Below this width a chart is drawn for a phone: fewer ticks and labels, never smaller text. */
export const NARROW = 400;

/** The width of a chart's phone variant: it fits a 390 px phone's column (353 px) at natural size. */
export const PHONE_WIDTH = 340;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * CJK ideographs, kana, Hangul and full-width forms take a whole em; other
 * characters less. All of these are single UTF-16 code units.
 */
function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6)
  );
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Estimated advance width of a text in px: generous (system UI fonts' digits
 * and Latin letters are at most ~0.64 em, ideographs 1 em), so two estimated
 * boxes that do not touch never touch when drawn either.
 */
export function textWidth(text: string, fontSize = FONT): number {
  let em = 0;
  // Code units and comparisons, not a string and a RegExp test per character:
  // this measures every label of every chart of a large build.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character outside the BMP (a surrogate pair) is one narrow character.
    if (isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    em += isWide(c) ? 1 : c === 32 ? 0.34 : 0.66;
  }
  return em * fontSize;
}

/** The box a `<text>` at (x, baseline y) covers, with the font's ascent and descent. */
export function textBox(
  x: number,
  y: number,
  text: string,
  anchor: "start" | "middle" | "end",
  fontSize = FONT,
): Box {
  return boxOfWidth(x, y, textWidth(text, fontSize), anchor, fontSize);
}

/** `textBox` for a text already measured at `w` px. */
function boxOfWidth(
  x: number,
  y: number,
  w: number,
  anchor: "start" | "middle" | "end",
  fontSize: number,
): Box {
  const x0 = anchor === "start" ? x : anchor === "middle" ? x - w / 2 : x - w;
  return { x0, y0: y - 0.95 * fontSize, x1: x0 + w, y1: y + 0.3 * fontSize };
}

/**
 * The x of a label centred over a mark near the plot's right edge, moved left
 * just enough to end at `right`: on a phone the latest month's point is closer
 * to the edge than half its label, and the label set wholly to its left read as
 * the value of the month before.
 */
export function middleWithin(x: number, text: string, right: number, fontSize = FONT): number {
  // A hair inside: x − w/2 + w can come out a rounding error past `right`.
  return Math.min(x, right - textWidth(text, fontSize) / 2 - 0.01);
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

export function inside(a: Box, bounds: Box): boolean {
  return a.x0 >= bounds.x0 && a.x1 <= bounds.x1 && a.y0 >= bounds.y0 && a.y1 <= bounds.y1;
}

export interface LabelSpot {
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
}

/** How far from its point (cx, cy) a value label may sit, in px: a chart's own tuning. */
export interface SpotOffsets {
  /** Centred above (its baseline this far up)… */
  above: number;
  /** …and centred below. */
  below: number;
  /** Beside the point, this far left or right… */
  side: number;
  /** …with the baseline this far up… */
  sideUp: number;
  /** …or, when given, this far down. */
  sideDown?: number;
}

/**
 * The spots for a point's value label, best first: centred above and below
 * (at `mx`, the centre kept inside the plot, see middleWithin), then beside
 * the point, left before right, above before below.
 */
export function spotsAround(cx: number, cy: number, mx: number, o: SpotOffsets): LabelSpot[] {
  const spots: LabelSpot[] = [
    { x: mx, y: cy - o.above, anchor: "middle" },
    { x: mx, y: cy + o.below, anchor: "middle" },
    { x: cx - o.side, y: cy - o.sideUp, anchor: "end" },
    { x: cx + o.side, y: cy - o.sideUp, anchor: "start" },
  ];
  if (o.sideDown !== undefined)
    spots.push(
      { x: cx - o.side, y: cy + o.sideDown, anchor: "end" },
      { x: cx + o.side, y: cy + o.sideDown, anchor: "start" },
    );
  return spots;
}

export interface LabelRequest<T> {
  text: string;
  /** Where the label may go, best first. */
  spots: readonly LabelSpot[];
  fontSize?: number;
  /** Carried through to the placed label (e.g. which mark it names). */
  data: T;
}

export interface PlacedLabel<T> extends LabelSpot {
  text: string;
  fontSize: number;
  box: Box;
  data: T;
}

/**
 * Places labels in the order given: each at its first spot that stays within
 * `bounds` and keeps `pad` px from every obstacle and every label placed so
 * far; a label with no such spot is left out.
 */
export function placeLabels<T>(
  requests: readonly LabelRequest<T>[],
  obstacles: readonly Box[],
  bounds: Box,
  pad = 1,
): PlacedLabel<T>[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel<T>[] = [];
  for (const r of requests) {
    const fontSize = r.fontSize ?? FONT;
    // Measured once: only the spot changes from one candidate box to the next.
    const w = textWidth(r.text, fontSize);
    for (const spot of r.spots) {
      const box = boxOfWidth(spot.x, spot.y, w, spot.anchor, fontSize);
      if (!inside(box, bounds) || taken.some((b) => overlaps(box, b, pad))) continue;
      taken.push(box);
      placed.push({ ...spot, text: r.text, fontSize, box, data: r.data });
      break;
    }
  }
  return placed;
}

/**
 * Direct labels at line ends: nudge label positions apart vertically so no
 * two are closer than `gap`, keeping their order. Pure and deterministic.
 */
export function spreadLabels(
  ys: readonly number[],
  gap: number,
  min: number,
  max: number,
): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = new Array<number>(ys.length).fill(0);
  let prev = Number.NEGATIVE_INFINITY;
  for (const o of order) {
    const y = Math.max(o.y, prev + gap, min);
    out[o.i] = y;
    prev = y;
  }
  // Pushed past the bottom: shift the stack back up as one.
  const overflow = Math.max(0, ...out) - max;
  return overflow > 0 ? out.map((y) => y - overflow) : out;
}
