/**
 * Turns a load result into what gets published: names (roster display names,
 * or aliases when pseudonymised) and data-quality lines scrubbed of names.
 */
import { hasErrors, type LoadResult } from "../cli/load-and-score.ts";
import { formatProblem } from "../ingest/problems.ts";
import type { QualityData } from "../site/model/site-data.ts";
import { aliasMap, scrubber } from "./pseudonymize.ts";

export interface Publication {
  publishedName: (name: string) => string;
  scrub: (text: string) => string;
  quality: QualityData;
}

export function publication(load: LoadResult, pseudonymKey: string | undefined): Publication {
  const names = new Set<string>();
  for (const am of load.agentMonths) names.add(am.agent);
  const aliases = pseudonymKey === undefined ? undefined : aliasMap(names, pseudonymKey);
  const display = (name: string) => load.roster?.get(name)?.displayName || name;
  const publishedName = aliases ? (name: string) => aliases.get(name) ?? name : display;
  const scrub = aliases ? scrubber(withDisplayNames(aliases, load)) : (text: string) => text;
  const quality: QualityData = {
    files: load.files.map(({ skippedBy: _by, ...f }) =>
      f.periodFrom === undefined ? f : { ...f, periodFrom: scrub(f.periodFrom) },
    ),
    unread: load.unread,
    rejected: load.rejected.map((r) => ({ ...r, reason: scrub(r.reason) })),
    skipped: load.skipped.map((s) => ({ ...s, reason: scrub(s.reason) })),
    problems: load.problems.map((p) => scrub(formatProblem(p))),
    // Only --allow-invalid gets this far with errors: every page carries the banner then.
    partial: hasErrors(load.problems) || load.rejected.length > 0,
    warnings: load.warnings.map((w) => ({
      source: w.source,
      path: w.path,
      message: scrub(w.message),
    })),
  };
  return { publishedName, scrub, quality };
}

/** Display names from the roster must vanish from free text too. */
function withDisplayNames(aliases: Map<string, string>, load: LoadResult): Map<string, string> {
  const out = new Map(aliases);
  for (const [agent, entry] of load.roster ?? []) {
    const alias = aliases.get(agent);
    if (alias && entry.displayName && !out.has(entry.displayName))
      out.set(entry.displayName, alias);
  }
  return out;
}
