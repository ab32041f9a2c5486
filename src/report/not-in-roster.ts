/**
 * The data-quality page's "agents not in the roster": each agent with data
 * but no roster row, under its published name, with the roster agents it may
 * have meant (a rating sheet that wrote the display name 林晓 where the
 * exports write 暖阳家居旗舰店:林晓 splits one person in two). Without this
 * list only `npm run check` would say so.
 */
import type { RosterEntry } from "../ingest/roster.ts";
import { rosterLookalikes } from "../ingest/roster-lookalikes.ts";
import type { QualityData } from "../site/model/site-data.ts";

export function notInRosterList(
  notInRoster: readonly string[] | null,
  roster: ReadonlyMap<string, RosterEntry> | null,
  /** Real name → the name the pages publish (made unique, site-data.ts). */
  name: (agent: string) => string,
  /** Real name → its first row, published (`file:row`), when known. */
  at?: (agent: string) => string | undefined,
): QualityData["notInRoster"] {
  if (notInRoster === null || roster === null) return undefined;
  const lookalikes = rosterLookalikes(roster);
  // In published-name order: sorted by the real names, aliases would give their order away.
  return notInRoster
    .map((agent) => {
      const first = at?.(agent);
      return {
        agent: name(agent),
        alike: lookalikes(agent).map((l) => ({ agent: name(l.agent), why: l.why })),
        ...(first === undefined ? {} : { at: first }),
      };
    })
    .sort((a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0));
}
