/**
 * For `check`'s "agents not in the roster": the roster agent a name not in it
 * most likely meant, so the fix can be made in the sheet. A supervisor's
 * rating sheet often names agents by the roster's display name (林晓) where
 * the exports use the 旺旺 sub-account (暖阳家居旗舰店:林晓), or with a stray
 * space inside the name (赵 磊, typed with a full-width space); either becomes
 * an agent of its own, scored without the other's columns. Pure.
 */
import { normaliseName } from "../ingest/agent-name.ts";
import type { RosterEntry } from "../ingest/roster.ts";

const squeeze = (name: string) => normaliseName(name).replace(/\s+/g, "");
/** A 旺旺 sub-account's nick: 林晓 of 暖阳家居旗舰店:林晓. */
const nick = (agent: string) => agent.slice(agent.lastIndexOf(":") + 1);

/** The roster agents `name` may have meant, with why; empty when none is alike. */
export function rosterLookalikes(
  name: string,
  roster: ReadonlyMap<string, RosterEntry>,
): { agent: string; why: "display name" | "nick" | "spaces" }[] {
  const out: { agent: string; why: "display name" | "nick" | "spaces" }[] = [];
  const squeezed = squeeze(name);
  for (const entry of roster.values()) {
    const agent = entry.agent;
    if (agent === name) continue;
    const display = entry.displayName === undefined ? undefined : normaliseName(entry.displayName);
    const short = agent.includes(":") ? normaliseName(nick(agent)) : undefined;
    if (display === name) out.push({ agent, why: "display name" });
    else if (short === name) out.push({ agent, why: "nick" });
    else if (squeezed !== "" && [agent, display, short].some((n) => n && squeeze(n) === squeezed))
      out.push({ agent, why: "spaces" });
  }
  return out;
}

/** One line per name that resembles a roster agent, for check's summary. */
export function rosterHintLines(
  names: readonly string[],
  roster: ReadonlyMap<string, RosterEntry>,
): string[] {
  const lines: string[] = [];
  for (const name of names) {
    const alike = rosterLookalikes(name, roster);
    if (alike.length === 0) continue;
    const said = alike.map(({ agent, why }) =>
      why === "display name"
        ? `${agent} (whose display_name it is)`
        : why === "nick"
          ? `${agent} (its nick)`
          : `${agent} (the same but for spaces)`,
    );
    lines.push(
      `  ${name}: did you mean ${said.join(" or ")}? Write the name as the roster's agent column has it, or the two count as different agents`,
    );
  }
  return lines;
}
