/** Which band a value (e.g. the team median) falls in, honouring each bound's inclusivity. */
import type { BandView } from "../../charts/types.ts";

export function bandOf(value: number | null, bands: readonly BandView[]): BandView | undefined {
  if (value === null) return undefined;
  return bands.find(
    (b) =>
      (b.lo === null || value > b.lo || (b.loInclusive && value === b.lo)) &&
      (b.hi === null || value < b.hi || (b.hiInclusive && value === b.hi)),
  );
}
