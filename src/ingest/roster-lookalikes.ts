/**
 * The roster agent a name not in the roster most likely meant. A supervisor's
 * rating sheet often names agents by the roster's display name (林晓) where
 * the exports use the 旺旺 sub-account (暖阳家居旗舰店:林晓), or with a stray
 * space inside the name (赵 磊, typed with a full-width space); either becomes
 * an agent of its own, scored without the other's columns. `check` prints the
 * hint, the report's data-quality page lists it. Pure.
 */
import { normaliseName } from "./agent-name.ts";
import type { RosterEntry } from "./roster.ts";

const squeeze = (name: string) => normaliseName(name).replace(/\s+/g, "");
/** A 旺旺 sub-account's nick: 林晓 of 暖阳家居旗舰店:林晓. */
const nick = (agent: string) => agent.slice(agent.lastIndexOf(":") + 1);

/** Why a name looks like a roster agent. */
export type LookalikeWhy = "display name" | "nick" | "spaces" | "case";

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
  }
  return (name) => {
    const out = (exact.get(name) ?? []).filter((l) => l.agent !== name);
    const squeezed = squeeze(name);
    for (const { agent, forms } of squeezed === "" ? [] : (loose.get(squeezed.toLowerCase()) ?? []))
      if (agent !== name && !out.some((l) => l.agent === agent))
        out.push({ agent, why: forms.has(squeezed) ? "spaces" : "case" });
    return out;
  };
}
