/**
 * The report's publication, computed in one go after scoring (Node only):
 * names as published, the site data, the downloads and the summary, so the
 * (large) load result can be released before the site build.
 */
import { resolve } from "node:path";
import type { LoadResult } from "../cli/load-and-score.ts";
import { ratedOnly, ratedOnlyAt } from "../cli/rated-only.ts";
import { monthDownloads } from "./downloads.ts";
import { emptyRatings } from "./empty-ratings.ts";
import { notInRosterList } from "./not-in-roster.ts";
import type { ReportOptions } from "./options.ts";
import { keyFingerprint } from "./pseudonymize.ts";
import { publication } from "./publish.ts";
import { publishedPaths } from "./published-paths.ts";
import { agentRedirects } from "./redirects.ts";
import type { ReportEffects } from "./run-report.ts";
import { assembleSiteData, publishResults } from "./site-data.ts";
import { studioData } from "./studio-data.ts";
import { type CacheUse, summarise } from "./summary.ts";

/** Published name → the roster's joined/left dates, for the roster's agents with results. */
function tenureOf(
  roster: LoadResult["roster"],
  name: (agent: string) => string | undefined,
): Map<string, { joined?: string; left?: string }> {
  const out = new Map<string, { joined?: string; left?: string }>();
  for (const { agent, joined, left } of roster?.values() ?? []) {
    const shown = name(agent);
    if (shown === undefined || (joined === undefined && left === undefined)) continue;
    out.set(shown, {
      ...(joined !== undefined ? { joined } : {}),
      ...(left !== undefined ? { left } : {}),
    });
  }
  return out;
}

/** The key agents' aliases are made with: REPORT_PSEUDONYM_KEY, else a fixed default; none without --pseudonymize. */
export function pseudonymKeyOf(
  options: Pick<ReportOptions, "pseudonymize">,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  return options.pseudonymize ? (env.REPORT_PSEUDONYM_KEY ?? "kefu-kpi-report") : undefined;
}

/**
 * Everything the output needs, computed up front so the (large) load result
 * can be released before the site build, which holds the site data.
 */
export function publishStage(
  load: LoadResult,
  options: ReportOptions,
  fx: Pick<ReportEffects, "env" | "root">,
  /** The published site's agent slugs, which this site keeps (previous-slugs.ts). */
  previousSlugs: ReadonlyMap<string, string> = new Map(),
) {
  const pseudonymKey = pseudonymKeyOf(options, fx.env);
  const paths = publishedPaths(
    resolve(fx.root, options.project ?? "."),
    options.data.map((d) => resolve(fx.root, d)),
  );
  const pub = publication(load, pseudonymKey, paths);
  const results = publishResults(load.results, pub.publishedName);
  // Real name → published name, as the results were published (made unique there).
  const shown = new Map(load.results.map((r, i) => [r.agent, results[i]?.agent ?? r.agent]));
  // `file:row` with the file's path as published.
  const published = (at: string | undefined) => {
    if (at === undefined) return undefined;
    const colon = at.lastIndexOf(":");
    return `${pub.path(at.slice(0, colon))}${at.slice(colon)}`;
  };
  const nameOf = (agent: string) => shown.get(agent) ?? pub.publishedName(agent);
  // Not in the roster: the agent's first row. Rated only: that month's rating sheet row.
  const publishedAt = (agent: string) => published(load.firstRows?.get(agent));
  const ratedOnlyMonths = ratedOnly(load.agentMonths, load.results, load.schemes).map((x) => {
    const at = published(ratedOnlyAt(load.ratedRows, x));
    return {
      agent: nameOf(x.agent),
      month: x.month,
      ...(at === undefined ? {} : { at }),
      meant: x.meant.map(nameOf),
    };
  });
  const notInRoster = notInRosterList(load.notInRoster, load.roster, nameOf, publishedAt);
  const empty = emptyRatings(load.agentMonths, load.results, load.schemes, {
    name: (agent) => shown.get(agent) ?? pub.publishedName(agent),
    path: pub.path,
    text: pub.scrub,
  });
  const data = assembleSiteData({
    title: load.config.title,
    results,
    // Dates of joining and leaving can point to a person: not in a pseudonymised report.
    ...(options.pseudonymize ? {} : { tenure: tenureOf(load.roster, (agent) => shown.get(agent)) }),
    schemes: load.schemes,
    quality: {
      ...pub.quality,
      ...(notInRoster === undefined ? {} : { notInRoster }),
      ...(empty.length > 0 ? { emptyRatings: empty } : {}),
      ...(ratedOnlyMonths.length > 0 ? { ratedOnly: ratedOnlyMonths } : {}),
    },
    pseudonymized: options.pseudonymize,
    previousSlugs,
  });
  data.studio = studioData({
    agentMonths: load.agentMonths,
    scored: load.results,
    published: results,
    schemes: load.schemes,
    agents: data.agents,
    months: data.months,
  });
  const downloads = [
    ...monthDownloads(results, {
      rejected: pub.quality.rejected.map(({ why: _why, ...r }) => ({
        ...r,
        column: r.column ?? "",
      })),
      skipped: pub.quality.skipped.map(({ why: _why, ...s }) => s),
      files: load.files.map((f) => pub.account(f)),
    }),
    ...agentRedirects(data.agents),
  ];
  const summarize = (run: { cached: CacheUse; seconds: number; pages: number }) =>
    summarise(load, options, {
      ...run,
      ...(pseudonymKey === undefined ? {} : { keyFingerprint: keyFingerprint(pseudonymKey) }),
      warnings: pub.quality.warnings,
      path: pub.path,
      ...(notInRoster === undefined ? {} : { notInRoster }),
    });
  return { data, downloads, summary: summarize({ cached: null, seconds: 0, pages: 0 }) };
}
