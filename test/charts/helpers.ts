import type { BandView, ChartGeometry, Mark } from "~/charts/types.ts";

export function marksOf(g: ChartGeometry, layer: string): Mark[] {
  return g.layers.find((l) => l.name === layer)?.marks ?? [];
}

export function ofType<T extends Mark["type"]>(
  marks: Mark[],
  type: T,
): Array<Extract<Mark, { type: T }>> {
  return marks.filter((m): m is Extract<Mark, { type: T }> => m.type === type);
}

/** Higher-is-better band, lower bound inclusive. */
export const hb = (
  lo: number | null,
  hi: number | null,
  points: number,
  tone: BandView["tone"],
): BandView => ({
  lo,
  hi,
  loInclusive: lo !== null,
  hiInclusive: false,
  points,
  rule: `${lo ?? "-∞"}..${hi ?? "∞"} → ${points}`,
  tone,
});

/** Lower-is-better band (seconds), upper bound inclusive. */
export const lb = (
  lo: number | null,
  hi: number | null,
  points: number,
  tone: BandView["tone"],
): BandView => ({
  lo,
  hi,
  loInclusive: false,
  hiInclusive: hi !== null,
  points,
  rule: `${lo ?? "-∞"}..${hi ?? "∞"} → ${points}`,
  tone,
});

/** seed-monthly's 询单转化率 bands. */
export const CONVERSION: BandView[] = [
  hb(0.6, null, 30, "best"),
  hb(0.5, 0.6, 26, "good"),
  hb(0.45, 0.5, 24, "fair"),
  hb(0.38, 0.45, 16, "fair"),
  hb(null, 0.38, 0, "poor"),
];

/** seed-monthly's 首次响应时间 bands (seconds, lower is better). */
export const FIRST_RESPONSE: BandView[] = [
  lb(null, 6, 20, "best"),
  lb(6, 12, 15, "good"),
  lb(12, 20, 12, "fair"),
  lb(20, 30, 10, "fair"),
  lb(30, null, 0, "poor"),
];
