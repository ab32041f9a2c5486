/**
 * The static paths of every route, computed from the site data (thin routes
 * call these). A large report is built by several processes at once, each
 * rendering one shard of the agent and month pages (REPORT_SHARD="i/n").
 */
import type { SiteIndex } from "./model/site-index.ts";
import { teamPages } from "./model/team-pages.ts";
import { hasTeamPages } from "./model/teams.ts";

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string | undefined): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text ?? "");
  const index = Number(m?.[1] ?? 0);
  const count = Number(m?.[2] ?? 1);
  return count >= 1 && index < count ? { index, count } : { index: 0, count: 1 };
}

const inShard = (shard: Shard) => (_: unknown, i: number) => i % shard.count === shard.index;

export function monthPaths(ix: SiteIndex, shard = parseShard(process.env.REPORT_SHARD)) {
  return ix.months.filter(inShard(shard)).map((month) => ({ params: { month } }));
}

export function agentPaths(ix: SiteIndex, shard = parseShard(process.env.REPORT_SHARD)) {
  return ix.agents
    .filter((a) => ix.byAgent.has(a.name))
    .filter(inShard(shard))
    .map((agent) => ({ params: { slug: agent.slug }, props: { agent } }));
}

/** Team pages of the large months (model/team-pages.ts), sharded like the other pages. */
export function teamPaths(ix: SiteIndex, shard = parseShard(process.env.REPORT_SHARD)) {
  return ix.months
    .flatMap((month) => teamPages(ix, month))
    .filter(inShard(shard))
    .map((view) => ({ params: { month: view.month, page: String(view.page) }, props: { view } }));
}

/** The filter box's people file, only for months with team pages. */
export function peoplePaths(ix: SiteIndex, shard = parseShard(process.env.REPORT_SHARD)) {
  return ix.months
    .filter((month) => hasTeamPages(ix, month))
    .filter(inShard(shard))
    .map((month) => ({ params: { month } }));
}
