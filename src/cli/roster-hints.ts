/** For `check`'s "agents not in the roster": the roster agent each one probably meant. */
import type { RosterEntry } from "../ingest/roster.ts";
import { rosterLookalikes } from "../ingest/roster-lookalikes.ts";

/** One line per name that resembles a roster agent, for check's summary. */
export function rosterHintLines(
  names: readonly string[],
  roster: ReadonlyMap<string, RosterEntry>,
  /** Agent → its first row (`file:row`), named first so the sheet is fixed there. */
  firstRows?: ReadonlyMap<string, string>,
): string[] {
  const lines: string[] = [];
  const lookalikes = rosterLookalikes(roster);
  for (const name of names) {
    const alike = lookalikes(name);
    if (alike.length === 0) continue;
    const said = alike.map(({ agent, why }) =>
      why === "display name"
        ? `${agent} (whose display_name it is)`
        : why === "nick"
          ? `${agent} (its nick)`
          : why === "case"
            ? `${agent} (the same but for letter case)`
            : why === "zeros"
              ? `${agent} (its leading zeros dropped, as Excel does when it saves a CSV: format that column as Text)`
              : `${agent} (the same but for spaces)`,
    );
    const at = firstRows?.get(name);
    lines.push(
      `  ${at === undefined ? "" : `${at}: `}${name}: did you mean ${said.join(" or ")}? Write the name as the roster's agent column has it, or the two count as different agents`,
    );
  }
  return lines;
}
