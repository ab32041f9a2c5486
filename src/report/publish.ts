/**
 * Turns a load result into what gets published: names (roster display names,
 * or aliases when pseudonymised) and data-quality lines scrubbed of names and
 * of where the project lives.
 *
 * Pseudonymised, every person the inputs name gets an alias, scored or not
 * (a roster entry that never scores, a roster duplicate), and a cell text a
 * message quotes (a name typed into a number cell, a raw spelling) is taken
 * out: such a text may be anyone's name, so it is never published. File
 * paths, sheet names and headers are scrubbed too: supervisors name rating
 * sheets after the agent (`2024-11 张三 评分表.csv`). A path is scrubbed the
 * same way wherever it appears, so the file lists and the lines still agree.
 */
import { hasErrors, type LoadResult } from "../cli/load-and-score.ts";
import type { Label } from "../engine/types.ts";
import { visibleName } from "../ingest/agent-name.ts";
import { quote } from "../ingest/cells.ts";
import { type FileAccount, problemWhere } from "../ingest/problems.ts";
import { loadProfiles } from "../ingest/profiles.ts";
import type { Reason } from "../reasons/reason.ts";
import type { QualityData } from "../site/model/site-data.ts";
import { aliasFor, aliasMap, nickOf, scrubber } from "./pseudonymize.ts";
import type { PublishedPaths } from "./published-paths.ts";

export interface Publication {
  publishedName: (name: string) => string;
  scrub: (text: string) => string;
  /** A file path as published (relative to the project or the exports folder). */
  path: (p: string) => string;
  /** A file's accounting as the downloads list it. */
  account: (f: FileAccount) => FileAccount;
  quality: QualityData;
}

/** How quality() writes each kind of text. */
interface Cleaners {
  /** Free text; `cell`, when given, is the cell text it quotes. */
  clean: (text: string, cell?: string) => string;
  file: (p: string) => string;
  /** A header as written in a file. */
  header: (h: string) => string;
  hideCells: boolean;
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

/** Every string cleaned, in arrays and nested records too (a period's sources, the sheets passed over); codes kept. */
function deepStrings(v: unknown, clean: (text: string) => string): unknown {
  if (typeof v === "string") return clean(v);
  if (Array.isArray(v)) return v.map((x) => deepStrings(x, clean));
  if (v !== null && typeof v === "object")
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, k === "code" ? x : deepStrings(x, clean)]),
    );
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
    const published = quality(load, {
      clean: (text) => paths.text(text),
      file: paths.path,
      header: (h) => h,
      hideCells: false,
    });
    return {
      publishedName: display,
      scrub: paths.text,
      path: paths.path,
      account: (f) => ({ ...f, file: paths.path(f.file) }),
      quality: published,
    };
  }
  const people = new Set<string>();
  for (const am of load.agentMonths) people.add(am.agent);
  for (const agent of load.roster?.keys() ?? []) people.add(agent);
  const aliases = aliasMap(people, pseudonymKey);
  const names = scrubber(nameTexts(aliases, load, pseudonymKey));
  const scrub = (text: string) => names(paths.text(text));
  // A file appears once per rejected row: scrubbed once.
  const shown = new Map<string, string>();
  const path = (p: string) => {
    let out = shown.get(p);
    if (out === undefined) {
      out = names(paths.path(p));
      shown.set(p, out);
    }
    return out;
  };
  return {
    publishedName: (name) => aliases.get(name) ?? name,
    scrub,
    path,
    account: (f) => ({
      ...f,
      file: path(f.file),
      ...(f.periodFrom === undefined ? {} : { periodFrom: scrub(f.periodFrom) }),
    }),
    quality: quality(load, {
      clean: (text, cell) => scrub(withoutCell(text, cell)),
      file: path,
      header: names,
      hideCells: true,
    }),
  };
}

function quality(load: LoadResult, { clean, file, header, hideCells }: Cleaners): QualityData {
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
      column: header(r.column),
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

/**
 * Every text that names a person, and the alias it becomes: each name its own
 * alias; a roster display name or a nick (`丁丁0003` of `棉语旗舰店:丁丁0003`)
 * the alias of the one person it names, or, when several share it (two shops'
 * 小美), an alias of its own that points at none of them.
 */
function nameTexts(
  aliases: Map<string, string>,
  load: LoadResult,
  key: string,
): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  const add = (text: string | null | undefined, person: string) => {
    if (!text || aliases.has(text)) return;
    const set = owners.get(text) ?? new Set();
    owners.set(text, set.add(person));
  };
  for (const person of aliases.keys()) add(nickOf(person), person);
  for (const [agent, entry] of load.roster ?? []) {
    add(entry.displayName, agent);
    if (entry.displayName) add(nickOf(entry.displayName), agent);
    // A renamed account's other names (roster aliases) are the same person's.
    for (const other of entry.aliases ?? []) {
      add(other, agent);
      add(nickOf(other), agent);
    }
  }
  const out = new Map(aliases);
  for (const [text, people] of owners) {
    const [only] = people;
    const alias = people.size === 1 && only !== undefined ? aliases.get(only) : undefined;
    out.set(text, alias ?? aliasFor(text, key));
  }
  return out;
}
