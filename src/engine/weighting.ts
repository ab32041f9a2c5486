/**
 * In a weighted scheme an item's points are its rating (on the item's own
 * scale, usually 0–100) times its weight in percent; otherwise the points are
 * the rating itself.
 */
import type { SchemeMode } from "./scheme/types.ts";

export function weightedPoints(
  rating: number,
  weight: number | undefined,
  mode: SchemeMode,
): number {
  return mode === "weighted" ? (rating * (weight ?? 0)) / 100 : rating;
}
