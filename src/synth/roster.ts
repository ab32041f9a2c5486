/** The roster CSV (agent, display_name, role, team, joined, left) of a synthetic data set. */

import type { SynthAgent } from "./agent-model.ts";
import { type CsvFormat, csvText } from "./csv-encode.ts";

export const rosterHeader = ["agent", "display_name", "role", "team", "joined", "left"] as const;

export function rosterText(agents: readonly SynthAgent[], format: CsvFormat): string {
  const rows = agents.map((a) => [a.agent, a.displayName, a.role, a.team, a.joined, a.left ?? ""]);
  return csvText(rosterHeader, rows, format);
}
