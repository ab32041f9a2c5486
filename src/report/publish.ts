/**
 * Turns a load result into what gets published: names (roster display names,
 * or aliases when pseudonymised) and data-quality lines scrubbed of names and
 * of where the project lives.
 *
 * Pseudonymised, every person the inputs name gets an alias, scored or not
 * (a roster entry that never scores, a roster duplicate), and a cell text a
 * message quotes (a name typed into a number cell, a raw spelling) is taken
 * out: such a text may be anyone's name, so it is never published.
 */
import { hasErrors, type LoadResult } from "../cli/load-and-score.ts";
import type { Label } from "../engine/types.ts";
import { visibleName } from "../ingest/agent-name.ts";
import { quote } from "../ingest/cells.ts";
import { problemWhere } from "../ingest/problems.ts";
import { loadProfiles } from "../ingest/profiles.ts";
import type { Reason } from "../reasons/reason.ts";
import type { QualityData } from "../site/model/site-data.ts";
import { aliasMap, scrubber } from "./pseudonymize.ts";
import type { PublishedPaths } from "./published-paths.ts";

export interface Publication {
  publishedName: (name: string) => string;
  scrub: (text: string) => string;
  /** A file path as published (relative to the project or the exports folder). */
  path: (p: string) => string;
  quality: QualityData;
}

const KEEP_PATHS: PublishedPaths = { path: (p) => p, text: (s) => s };

/** Where a quoted cell text stood. */
const REMOVED = "'…'";

/** A reason code's words cleaned like any text; `value` (a quoted cell) gone when `hide`. */
function publishedWhy<R extends Reason>(why: R, clean: (text: string) => string, hide: boolean): R {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(why)) {
    if (k === "code") out[k] = v;
    else if (k === "value" && hide) out[k] = "…";
    else out[k] = deepStrings(v, clean);
  }
  return out as R;
}

function deepStrings(v: unknown, clean: (text: string) => string): unknown {
  if (typeof v === "string") return clean(v);
  if (Array.isArray(v)) return v.map((x) => deepStrings(x, clean));
  return v;
}

/** The message without the cell text it quotes (as `quote` and `visibleName` wrote it). */
function withoutCell(text: string, cell: string | undefined): string {
  if (cell === undefined) return text;
  return text.replaceAll(quote(cell), REMOVED).replaceAll(`'${visibleName(cell)}'`, REMOVED);
}

export function publication(
  load: LoadResult,
  pseudonymKey: string | undefined,
  paths: PublishedPaths = KEEP_PATHS,
): Publication {
  const display = (name: string) => load.roster?.get(name)?.displayName || name;
  if (pseudonymKey === undefined) {
    const published = quality(load, (text) => paths.text(text), paths);
    return { publishedName: display, scrub: paths.text, path: paths.path, quality: published };
  }
  const people = new Set<string>();
  for (const am of load.agentMonths) people.add(am.agent);
  for (const agent of load.roster?.keys() ?? []) people.add(agent);
  const aliases = aliasMap(people, pseudonymKey);
  const names = scrubber(withDisplayNames(aliases, load));
  const scrub = (text: string) => names(paths.text(text));
  return {
    publishedName: (name) => aliases.get(name) ?? name,
    scrub,
    path: paths.path,
    quality: quality(load, (text, cell) => scrub(withoutCell(text, cell)), paths, true),
  };
}

function quality(
  load: LoadResult,
  clean: (text: string, cell?: string) => string,
  paths: PublishedPaths,
  hideCells = false,
): QualityData {
  const file = paths.path;
  const profileOf = fileProfiles(load);
  const why = <R extends Reason>(r: { why?: R }) =>
    r.why === undefined ? {} : { why: publishedWhy(r.why, (t) => clean(t), hideCells) };
  // A rejected row is a problem too (the CLI prints it once): the page lists it under "rejected".
  const key = (f: string, row: number | undefined, text: string) => `${f}\0${row}\0${text}`;
  const rejectedKeys = new Set(load.rejected.map((r) => key(r.file, r.row, r.reason)));
  return {
    files: load.files.map(({ skippedBy: _by, ...f }) => {
      const profile = profileOf.get(f.file);
      return {
        ...f,
        file: file(f.file),
        ...(f.periodFrom === undefined ? {} : { periodFrom: clean(f.periodFrom) }),
        ...(profile === undefined ? {} : { profile }),
      };
    }),
    unread: load.unread.map((u) => ({ file: file(u.file), reason: clean(u.reason), ...why(u) })),
    rejected: load.rejected.map(({ cell, ...r }) => ({
      ...r,
      file: file(r.file),
      reason: clean(r.reason, cell),
      ...why(r),
    })),
    skipped: load.skipped.map((s) => ({
      ...s,
      file: file(s.file),
      reason: clean(s.reason),
      ...why(s),
    })),
    problems: load.problems
      .filter((p) => !rejectedKeys.has(key(p.file, p.row, p.message)))
      .map((p) => ({
        severity: p.severity,
        where: clean(problemWhere({ ...p, file: file(p.file) })),
        message: clean(p.message, p.cell),
        ...why(p),
      })),
    // Only --allow-invalid gets this far with errors: every page carries the banner then.
    partial: hasErrors(load.problems) || load.rejected.length > 0,
    warnings: load.warnings.map((w) => ({
      source: file(w.source),
      path: w.path,
      message: clean(w.message),
      ...(w.zh === undefined ? {} : { zh: clean(w.zh) }),
    })),
  };
}

/** File → the label of the platform profile its header matched, for the data-quality page. */
function fileProfiles(load: LoadResult): Map<string, Label> {
  const labels = new Map(loadProfiles().profiles.map((p) => [p.id, p.label]));
  const out = new Map<string, Label>();
  for (const h of load.fileHeaders) {
    const label = h.profile === null ? undefined : labels.get(h.profile);
    if (label) out.set(h.file, label);
  }
  return out;
}

/** Display names from the roster must vanish from free text too, whoever they belong to. */
function withDisplayNames(aliases: Map<string, string>, load: LoadResult): Map<string, string> {
  const out = new Map(aliases);
  for (const [agent, entry] of load.roster ?? []) {
    const alias = aliases.get(agent);
    if (alias && entry.displayName && !out.has(entry.displayName))
      out.set(entry.displayName, alias);
  }
  return out;
}
