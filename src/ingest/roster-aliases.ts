/**
 * A roster `aliases` column: other names the exports give the same person.
 * A 千牛 sub-account renamed mid-year (棉语旗舰店:小美 → 棉语旗舰店:小美01) made
 * one person two agents — two pages, two histories, the new one "not in the
 * roster" or a second roster row with the same display name. Ingest reads
 * each row an alias names as the roster agent's (agent-cells.ts), before any
 * agent-month is keyed: the old name's days, the new name's and a rating
 * sheet's month (which names the roster agent) are one agent-month, and a day
 * given under both names is a duplicate like any other. Pure.
 */
import { normaliseName } from "./agent-name.ts";
import { type Problem, problemOf } from "./problems.ts";

/** The names of an `aliases` cell: separated by `;`, `；`, `|`, `、` or `/`. */
export function aliasesOf(cell: string): string[] {
  return cell
    .split(/[;；|、/]/)
    .map((a) => normaliseName(a))
    .filter((a) => a !== "");
}

/**
 * Alias → roster agent. An alias that is itself a roster agent, or that two
 * agents both claim, is an error at its row and not used: the rows of that
 * name cannot be given to one person.
 */
export function aliasMap(
  entries: Iterable<{ agent: string; aliases?: readonly string[]; row?: number }>,
  file: string,
): { aliases: Map<string, string>; problems: Problem[] } {
  const list = [...entries];
  const agents = new Set(list.map((e) => e.agent));
  const aliases = new Map<string, string>();
  const problems: Problem[] = [];
  for (const e of list)
    for (const alias of e.aliases ?? []) {
      const other = agents.has(alias) ? alias : aliases.get(alias);
      if (other !== undefined && other !== e.agent) {
        problems.push(
          problemOf(
            "error",
            file,
            { code: "roster-alias", alias, agent: e.agent, other },
            { ...(e.row === undefined ? {} : { row: e.row }), column: "aliases" },
          ),
        );
        continue;
      }
      if (alias !== e.agent) aliases.set(alias, e.agent);
    }
  return { aliases, problems };
}
