/**
 * A roster `aliases` column: other names the exports give the same person.
 * A 千牛 sub-account renamed mid-year (棉语旗舰店:小美 → 棉语旗舰店:小美01) made
 * one person two agents — two pages, two histories, the new one "not in the
 * roster" or a second roster row with the same display name. Each alias's
 * agent-months are read as the roster agent's. Pure.
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

/**
 * Gives each alias's agent-month to its roster agent, unless that agent has
 * the month too: then both stay apart and the month is an error (finished
 * months cannot be added up: their ratios were made from their own sums).
 */
export class AliasMonths {
  readonly problems: Problem[] = [];
  private readonly present = new Set<string>();
  private readonly aliases: ReadonlyMap<string, string>;

  constructor(
    aliases: ReadonlyMap<string, string>,
    months: readonly { agent: string; month: string }[],
  ) {
    this.aliases = aliases;
    if (aliases.size > 0) for (const am of months) this.present.add(`${am.agent}\u0000${am.month}`);
  }

  /** The agent the month is scored as: the roster agent an alias names, else its own. */
  agentOf(am: { agent: string; month: string }): string {
    const agent = this.aliases.get(am.agent);
    if (agent === undefined) return am.agent;
    if (!this.present.has(`${agent}\u0000${am.month}`)) return agent;
    this.problems.push(
      problemOf(
        "error",
        "data/roster.csv",
        { code: "alias-month", alias: am.agent, agent, month: am.month },
        { column: "aliases" },
      ),
    );
    return am.agent;
  }
}
