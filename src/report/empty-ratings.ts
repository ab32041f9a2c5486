/**
 * The rating-sheet cells raters left empty (the fold's `emptyAt`), as the
 * data-quality page names them beside the item that went unscored: published
 * agent name, published file path, row and the input's header.
 */
import type { Scheme } from "../engine/scheme/types.ts";
import type { AgentMonth, AgentMonthResult } from "../engine/types.ts";
import { agentMonthKey } from "../ingest/fold-rows.ts";
import type { EmptyRating } from "../site/model/site-data.ts";

export function emptyRatings(
  agentMonths: readonly AgentMonth[],
  results: readonly AgentMonthResult[],
  schemes: ReadonlyMap<string, Scheme>,
  published: {
    name: (agent: string) => string;
    path: (file: string) => string;
    text: (t: string) => string;
  },
): EmptyRating[] {
  const withEmpty = agentMonths.filter(
    (am): am is AgentMonth & { emptyAt: Record<string, string> } => am.emptyAt !== undefined,
  );
  // Most reports have none: then no key is made for each of the (many) results.
  if (withEmpty.length === 0) return [];
  const schemeOf = new Map(results.map((r) => [agentMonthKey(r.agent, r.month), r.scheme]));
  const out: EmptyRating[] = [];
  for (const am of withEmpty) {
    const scheme = schemes.get(schemeOf.get(agentMonthKey(am.agent, am.month)) ?? "");
    for (const [input, at] of Object.entries(am.emptyAt)) {
      const colon = at.lastIndexOf(":");
      const header = scheme?.inputs.find((i) => i.id === input)?.headers[0] ?? input;
      out.push({
        agent: published.name(am.agent),
        month: am.month,
        input,
        file: published.path(at.slice(0, colon)),
        row: Number(at.slice(colon + 1)),
        column: published.text(header),
      });
    }
  }
  return out;
}
