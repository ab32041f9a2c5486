/** The static paths of every route, computed from the site data (thin routes call these). */
import type { SiteIndex } from "./model/site-index.ts";

export function monthPaths(ix: SiteIndex) {
  return ix.months.map((month) => ({ params: { month } }));
}

export function agentPaths(ix: SiteIndex) {
  return ix.agents
    .filter((a) => ix.byAgent.has(a.name))
    .map((agent) => ({ params: { slug: agent.slug }, props: { agent } }));
}
