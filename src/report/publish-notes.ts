/**
 * What the swap left beside the output for the user to look at (see
 * OutputFolder.publish), as the lines `report` prints after "Site built".
 */

export interface Published {
  /** The previous site, which could not be removed, and why. */
  leftBehind?: string;
  /** What `--force` replaced (not all the report's), kept. */
  kept?: string;
  /** The previous site, with something added in the instant of the swap, left where it is. */
  late?: string;
  /** A signal that came once the new site was in place: the run finished (see deferInterrupts). */
  interrupted?: string;
}

export function publishNotes(p: Published, out: string): string[] {
  return [
    ...(p.interrupted === undefined
      ? []
      : [
          `report: ${p.interrupted} came once the new site was in ${out}: the run finished removing the previous one first, and the new site is published`,
        ]),
    ...(p.leftBehind === undefined
      ? []
      : [
          `report: warning: the new site is published, but the previous one could not be removed: ${p.leftBehind}; remove that folder yourself (make it writable first)`,
        ]),
    ...(p.late === undefined
      ? []
      : [
          `report: warning: something not the report's was added to ${out} just as the new site went in: the previous site, with it, is left at ${p.late}; move out what is yours and delete the rest`,
        ]),
    ...(p.kept === undefined
      ? []
      : [
          `report: --force: what ${out} held before (not all of it the report's) is kept in ${p.kept}; delete that folder once nothing in it is needed`,
        ]),
  ];
}
