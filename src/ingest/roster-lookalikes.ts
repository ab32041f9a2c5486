/**
 * The roster agent a name not in the roster most likely meant. A supervisor's
 * rating sheet often names agents by the roster's display name (林晓) where
 * the exports use the 旺旺 sub-account (暖阳家居旗舰店:林晓), or with a stray
 * space inside the name (赵 磊, typed with a full-width space), or by an id
 * Excel took for a number when it saved the sheet as CSV (7 for 007); each becomes
 * an agent of its own, scored without the other's columns. `check` prints the
 * hint, the report's data-quality page lists it. Pure.
 */
import { normaliseName } from "./agent-name.ts";
import type { RosterEntry } from "./roster.ts";

const squeeze = (name: string) => normaliseName(name).replace(/\s+/g, "");
/** A 旺旺 sub-account's nick: 林晓 of 暖阳家居旗舰店:林晓. */
const nick = (agent: string) => agent.slice(agent.lastIndexOf(":") + 1);

/** Why a name looks like a roster agent. */
export type LookalikeWhy = "display name" | "nick" | "spaces" | "case" | "zeros";

/** A number with leading zeros (007, 00123), as Excel drops them from a CSV it saves: 7, 123. */
const zerosDropped = (name: string) => (/^0+\d+$/.test(name) ? name.replace(/^0+/, "") : null);

/** A roster agent a name may have meant, and why. */
export interface Lookalike {
  agent: string;
  why: LookalikeWhy;
}

/**
 * The roster's names indexed once: `(name) =>` the roster agents it may have
 * meant (in roster order), empty when none is alike. A display name or nick
 * that is the name exactly comes before one that differs only by spaces or
 * letter case (amy.w for Amy.W).
 */
export function rosterLookalikes(
  roster: ReadonlyMap<string, RosterEntry>,
): (name: string) => Lookalike[] {
  const exact = new Map<string, Lookalike[]>();
  // Keyed without spaces and case; each agent with its forms without spaces (case kept).
  const loose = new Map<string, { agent: string; forms: Set<string> }[]>();
  // A roster id with leading zeros, keyed as Excel leaves it (007 → 7).
  const zeros = new Map<string, Lookalike[]>();
  const add = <T>(map: Map<string, T[]>, key: string, item: T) => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  for (const entry of roster.values()) {
    const agent = entry.agent;
    const display = entry.displayName === undefined ? undefined : normaliseName(entry.displayName);
    const short = agent.includes(":") ? normaliseName(nick(agent)) : undefined;
    if (display !== undefined) add(exact, display, { agent, why: "display name" });
    if (short !== undefined && short !== display) add(exact, short, { agent, why: "nick" });
    const forms = new Set([agent, display, short].flatMap((n) => (n ? [squeeze(n)] : [])));
    forms.delete("");
    const keys = new Set([...forms].map((f) => f.toLowerCase()));
    for (const key of keys) add(loose, key, { agent, forms });
    for (const form of forms) {
      const dropped = zerosDropped(form);
      if (dropped !== null) add(zeros, dropped, { agent, why: "zeros" });
    }
  }
  return (name) => {
    const out = (exact.get(name) ?? []).filter((l) => l.agent !== name);
    const squeezed = squeeze(name);
    for (const { agent, forms } of squeezed === "" ? [] : (loose.get(squeezed.toLowerCase()) ?? []))
      if (agent !== name && !out.some((l) => l.agent === agent))
        out.push({ agent, why: forms.has(squeezed) ? "spaces" : "case" });
    for (const z of /^\d+$/.test(squeezed) ? (zeros.get(squeezed) ?? []) : [])
      if (z.agent !== name && !out.some((l) => l.agent === z.agent)) out.push(z);
    return out;
  };
}
