/**
 * "Insert a band" splits one in two. A copy of the band (what it used to do)
 * left two identical bands — an overlap — and the copy's edges were equal to
 * two other bands' edges, so moving one dragged a third band along (50–60 %
 * copied, the copy's 50 % raised to 55 % took 45–50 %'s top edge with it).
 * Split at a new edge, the two halves share only that edge and give the same
 * points, so nothing scores differently until the manager changes them
 * (one half holds the new edge, even where the band sets minInclusive or
 * maxInclusive). Pure.
 */
import { getAt, type Json } from "./json-edit.ts";

const num = (x: Json | undefined) => (typeof x === "number" ? x : undefined);
/** Tidy: 0.5 + 0.6 is 1.0999999999999999 in binary; edges are typed to a few digits. */
const tidy = (x: number) => Number(x.toPrecision(12));

const lowEdge = (b: Json | undefined) => num(getAt(b, ["min"])) ?? Number.NEGATIVE_INFINITY;

/** The width of the nearest closed band of the list: how far an open band's new edge goes. */
function step(bands: readonly Json[], index: number): number | undefined {
  for (let d = 1; d < bands.length; d++)
    for (const j of [index - d, index + d]) {
      const lo = num(getAt(bands[j], ["min"]));
      const hi = num(getAt(bands[j], ["max"]));
      if (lo !== undefined && hi !== undefined && hi > lo) return hi - lo;
    }
  return undefined;
}

/**
 * The list with band `index` split in two: it keeps one half, a new band
 * right after it in the list takes the other (the lower half when the list
 * runs from high values down, the upper when it runs up). A closed band is
 * split at its middle; an open one (the top band's missing max, the bottom
 * band's missing min) a neighbouring band's width from its edge. Null when
 * there is nothing to split at (a lone open band, or one too narrow).
 */
export function splitBand(bands: readonly Json[], index: number): Json[] | null {
  const band = bands[index];
  if (band === null || typeof band !== "object" || Array.isArray(band)) return null;
  const lo = num(band.min);
  const hi = num(band.max);
  const width = step(bands, index);
  let cut: number | undefined;
  if (lo !== undefined && hi !== undefined) cut = hi > lo ? tidy((lo + hi) / 2) : undefined;
  else if (lo !== undefined && width !== undefined) cut = tidy(lo + width);
  else if (hi !== undefined && width !== undefined) cut = tidy(hi - width);
  // A band too narrow for a cut strictly inside it (the tidied middle on an
  // edge) is not split: the half taking the default flag there would change it.
  if (cut === undefined || (lo !== undefined && cut <= lo) || (hi !== undefined && cut >= hi))
    return null;
  // Which half follows in the list: the lower one when the list goes from high to low.
  const down = lowEdge(bands[0]) >= lowEdge(bands[bands.length - 1]);
  // Edges first, as a scheme file writes a band: { min: 0.55, max: 0.6, points: 26 }.
  const { min: _min, max: _max, minInclusive, maxInclusive, ...rest } = band;
  const edges = (
    min: number | undefined,
    minFlag: Json | undefined,
    max: number | undefined,
    maxFlag: Json | undefined,
  ): Json => ({
    ...(min === undefined ? {} : { min }),
    ...(minFlag === undefined ? {} : { minInclusive: minFlag }),
    ...(max === undefined ? {} : { max }),
    ...(maxFlag === undefined ? {} : { maxInclusive: maxFlag }),
    ...rest,
  });
  // The outer ends keep the band's own flags; the cut takes none, so the KPI's
  // default direction owns it (min inclusive when higher is better, max when
  // lower): exactly one half holds the cut whichever way the KPI runs. Copied
  // flags gave both halves the cut (both inclusive) or neither (both not).
  const upper = edges(cut, undefined, hi, maxInclusive);
  const lower = edges(lo, minInclusive, cut, undefined);
  const [kept, added] = down ? [upper, lower] : [lower, upper];
  return [...bands.slice(0, index), kept, added, ...bands.slice(index + 1)];
}
