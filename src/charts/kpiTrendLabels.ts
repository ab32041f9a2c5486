/**
 * Which values a KPI trend labels, and where each label may go: the part of
 * kpiTrend.ts that picks the labels that add information (the latest value,
 * the team median, the months that crossed into another band, the highest
 * and the lowest) once, then offers them spots at each width drawn.
 */
import { t } from "./format.ts";
import type { MonthScale } from "./frame.ts";
import { type LabelRequest, middleWithin, spotsAround } from "./labelLayout.ts";
import { isValue } from "./series.ts";
import type { BandView, Lang, MonthValue } from "./types.ts";
import type { MonthBands } from "./zones.ts";

type Present = MonthValue & { value: number; points?: number | null };

/** The values a chart labels, with their texts: whatever its width, the same ones. */
export interface WantedLabels {
  last: { d: Present; text: string } | undefined;
  median: { d: MonthValue & { value: number }; text: string } | undefined;
  /** The others, in the order they are placed. */
  labelled: { d: Present; text: string }[];
}

/**
 * Labels that add information (the rest is in the tooltips and the data
 * table): the latest value, the team median once at its end, the months that
 * crossed into another band, the highest and the lowest. Placed in that order
 * where they collide with nothing already drawn.
 */
export function wantedLabels(
  values: readonly (MonthValue & { points?: number | null })[],
  med: readonly MonthValue[],
  bands: readonly MonthBands[],
  fmt: (v: number | null) => string,
  lang: Lang,
): WantedLabels {
  const present = values.filter((d): d is Present => isValue(d.value));
  const last = present.at(-1);
  const lastMedian = med.findLast((d): d is MonthValue & { value: number } => isValue(d.value));
  // The first entry of a month wins, as a search from the start would find it.
  const bandsOfMonth = new Map<string, MonthBands["bands"]>();
  for (const b of bands) if (!bandsOfMonth.has(b.month)) bandsOfMonth.set(b.month, b.bands);
  // The band each value falls in (-1 for none: no bands that month, or a gap between them).
  const bandIndex = present.map((d) =>
    (bandsOfMonth.get(d.month) ?? []).findIndex((b) => inBand(b, d.value)),
  );
  const rest: Present[] = [];
  for (let i = present.length - 2; i >= 0; i--) {
    // The month that crossed into another band than the month before.
    if (bandIndex[i] !== bandIndex[i + 1]) rest.push(present[i + 1] as Present);
  }
  // The lowest and the highest, the first and the last of equals (as a stable sort by value gives them).
  let lo: Present | undefined;
  let hi: Present | undefined;
  for (const d of present) {
    if (lo === undefined || d.value < lo.value) lo = d;
    if (hi === undefined || d.value >= hi.value) hi = d;
  }
  const labelled: { d: Present; text: string }[] = [];
  for (const d of [hi, lo, ...rest]) if (d && d !== last) labelled.push({ d, text: fmt(d.value) });
  return {
    last: last && { d: last, text: fmt(last.value) },
    median: lastMedian && { d: lastMedian, text: t(lang, "团队中位数", "team median") },
    labelled,
  };
}

/** Where each wanted label may go at this width, best spot first; a text at the same place asked for once. */
export function labelRequests(
  wanted: WantedLabels,
  x: MonthScale,
  y: (v: number) => number,
  right: number,
): LabelRequest<string>[] {
  const requests: LabelRequest<string>[] = [];
  const valueLabel = ({ d, text: label }: { d: Present; text: string }) => {
    const cx = x.center(d.month);
    const cy = y(d.value);
    const mx = middleWithin(cx, label, right);
    // 8 px up: at 7 the box touched its own point (r 3.4, pad 1), so that spot was never taken.
    const spots = spotsAround(cx, cy, mx, {
      above: 8,
      below: 15,
      side: 6,
      sideUp: 5,
      sideDown: 13,
    });
    requests.push({ text: label, spots, data: "value" });
  };
  if (wanted.last) valueLabel(wanted.last);
  if (wanted.median) {
    const mx = x.center(wanted.median.d.month);
    const my = y(wanted.median.d.value);
    requests.push({
      text: wanted.median.text,
      spots: [
        { x: mx, y: my - 5, anchor: "end" },
        { x: mx, y: my + 14, anchor: "end" },
        { x: mx - x.step, y: my - 5, anchor: "end" },
        { x: mx - x.step, y: my + 14, anchor: "end" },
      ],
      data: "median-label",
    });
  }
  for (const l of wanted.labelled) valueLabel(l);
  const seen = new Set<string>();
  return requests.filter((r) => {
    const key = `${r.text}@${r.spots[0]?.x}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether a value falls in a band (its edges as the band states them). */
function inBand(b: BandView, v: number): boolean {
  const aboveLo = b.lo === null || (b.loInclusive ? v >= b.lo : v > b.lo);
  const belowHi = b.hi === null || (b.hiInclusive ? v <= b.hi : v < b.hi);
  return aboveLo && belowHi;
}
