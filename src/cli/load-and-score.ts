/**
 * The shared core of `score`, `check` and `report`: config → schemes →
 * ingest → roster → required-column check → scoring. Collects every problem
 * instead of stopping at the first; throws CliError (exit 2) only for usage
 * and configuration errors.
 */
import { isAbsolute, join, relative, resolve } from "node:path";
import {
  builtinSchemeIds,
  checkScheme,
  type Scheme,
  type SchemeIssue,
  schemeColumns,
  schemeInputs,
} from "../engine/index.ts";
import type { AgentMonth } from "../engine/types.ts";
import { loadConfig, type ProjectConfig, schemeRefFor } from "../ingest/config.ts";
import { resolveHeaderRules } from "../ingest/config-columns.ts";
import { ingestFiles, inputColumns, listExportFiles } from "../ingest/ingest.ts";
import { rosterNamesLikeSummaries } from "../ingest/non-agent-rows.ts";
import type { ParseCache } from "../ingest/parse-cache.ts";
import type { Problem } from "../ingest/problems.ts";
import { loadRoster } from "../ingest/roster.ts";
import { aliasMap } from "../ingest/roster-aliases.ts";
import { schemeRefsNamed } from "../ingest/scheme-periods.ts";
import { loadSchemeFolder, resolveScheme, withLines } from "../ingest/schemes.ts";
import { CliError } from "./cli-error.ts";
import type { Ingested, LoadResult } from "./load-types.ts";
import { noDataProblem } from "./no-data.ts";
import { scoreIngested } from "./score-ingested.ts";
import { forTerminal } from "./terminal-text.ts";

export interface LoadOptions {
  data: readonly string[];
  scheme?: string;
  month?: string;
}

export interface LoadEffects {
  /** Project root: data/config.yaml, data/roster.csv and data/schemes live under it. */
  root: string;
  /** `YYYY-MM-DD`, injected so tests can say what "the future" is. */
  today: string;
  /** Reuse the parses of unchanged files (the report keeps them in .cache/parse). */
  cache?: ParseCache;
}

export type { Ingested, LoadResult } from "./load-types.ts";

/** `file:line: path: ` (an editor opens `file:line`), or `built-in-id: path: ` for a built-in. */
const where = (i: SchemeIssue) =>
  `${i.source}${i.line === undefined ? "" : `:${i.line}`}: ${i.path ? `${i.path}: ` : ""}`;
const issueText = (i: SchemeIssue) => `${where(i)}${i.message}`;
/** A warning as `check` prints it beside its summary: `source:line: path: warning: message`. */
export const warningText = (i: SchemeIssue) =>
  forTerminal(`${where(i)}${i.severity}: ${i.message}`);

async function loadSchemes(config: ProjectConfig, forced: string | undefined, schemesDir: string) {
  const ids = forced !== undefined ? [forced] : schemeRefsNamed(config).map((n) => n.ref);
  const schemes = new Map<string, Scheme>();
  const warnings: SchemeIssue[] = [];
  const errors: string[] = [];
  const byRef = new Map<string, Scheme>();
  let folder: ReturnType<typeof loadSchemeFolder> | undefined;
  const readFolder = () => {
    folder ??= loadSchemeFolder(schemesDir);
    return folder;
  };
  for (const ref of new Set(ids)) {
    const load = await resolveScheme(ref, schemesDir, readFolder);
    const parseErrors = load.issues.filter((i) => i.severity === "error");
    // A scheme data/config.yaml names that is nowhere; one found but refused says why below.
    if (load.unknown && forced === undefined)
      throw new CliError(unknownRef(ref, config, [...(await readFolder()).keys()]));
    if (!load.scheme || parseErrors.length > 0) {
      errors.push(
        ...(parseErrors.length > 0 ? parseErrors.map(issueText) : [`${ref}: invalid scheme`]),
      );
      warnings.push(...load.issues.filter((i) => i.severity !== "error"));
      continue;
    }
    // The checker's errors (a gap between bands: a value would match no band) stop the
    // run like the parser's; its warnings go on to be printed beside the results.
    const checked = withLines(checkScheme(load.scheme, load.source), load.lineOf);
    errors.push(...checked.filter((i) => i.severity === "error").map(issueText));
    warnings.push(...load.issues, ...checked.filter((i) => i.severity !== "error"));
    schemes.set(load.scheme.id, load.scheme);
    byRef.set(ref, load.scheme);
  }
  // Every scheme is read before stopping, and the warnings are said with the errors: fixing
  // the one error should not uncover findings that were there all along.
  if (errors.length > 0) throw new CliError([...errors, ...warnings.map(warningText)].join("\n"));
  return { schemes, warnings, byRef };
}

/** A scheme data/config.yaml names that does not exist: where it is named, and the ids there are. */
function unknownRef(ref: string, config: ProjectConfig, local: string[]): string {
  const where = schemeRefsNamed(config)
    .filter((n) => n.ref === ref)
    .map((n) => n.where);
  const known = [...local.sort(), ...builtinSchemeIds];
  const squash = (id: string) => id.toLowerCase().replace(/[-_\s]/g, "");
  const close = known.filter((id) => squash(id) === squash(ref));
  return `data/config.yaml: ${where.join(", ")}: unknown scheme '${ref}'${close.length > 0 ? ` (did you mean ${close.join(" or ")}?)` : ""}: the ids are ${known.join(", ")} (data/schemes/*.yaml by their id:, then the built-in ones)`;
}

/** Loads and scores: everything `score`, `check` and `report` start from. */
export async function loadAndScore(
  options: LoadOptions,
  effects: LoadEffects,
): Promise<LoadResult> {
  return scoreIngested(await loadIngested(options, effects));
}

/** Config, schemes and roster read, every export ingested: all but the scoring. */
export async function loadIngested(options: LoadOptions, effects: LoadEffects): Promise<Ingested> {
  const at = (p: string) => (isAbsolute(p) ? p : join(effects.root, p));
  const { config, errors } = await loadConfig(at("data/config.yaml"));
  if (errors.length > 0) throw new CliError(errors.join("\n"));
  const { schemes, warnings, byRef } = await loadSchemes(
    config,
    options.scheme,
    at("data/schemes"),
  );
  const forced = options.scheme === undefined ? undefined : byRef.get(options.scheme);
  const fallback = byRef.get(config.defaultScheme);
  const pick = (am: AgentMonth): Scheme => {
    // The month picks too: schemesFrom's versions hold from their month on, the months before keep theirs.
    const scheme = forced ?? byRef.get(schemeRefFor(config, am.role, am.month)) ?? fallback;
    if (!scheme)
      throw new CliError("no scheme: set defaultScheme in data/config.yaml or pass --scheme");
    return scheme;
  };

  const extraColumns = [...schemes.values()].flatMap(schemeInputs);
  const displayName = (path: string) =>
    path.startsWith(effects.root) ? relative(effects.root, path) : path;
  const headerRules = resolveHeaderRules(
    config,
    inputColumns(extraColumns),
    displayName(at("data/config.yaml")),
  );
  if (headerRules.errors.length > 0) throw new CliError(headerRules.errors.join("\n"));

  const paths = options.data.length > 0 ? options.data.map(at) : [at(config.exports)];
  const listed = await listExportFiles(paths);
  // `--data data` walks into the roster too: it is not an export.
  const rosterFile = resolve(at("data/roster.csv"));
  listed.files = listed.files.filter((f) => resolve(f) !== rosterFile);
  if (listed.files.length === 0 && listed.problems.length > 0) {
    // The path itself is wrong more often than the files in it: say which setting named it.
    const fix =
      options.data.length > 0
        ? "check the --data path (a relative one is read from the folder the command runs in: under npm, the repository's)"
        : `put the exports in ${config.exports} or point exports: in data/config.yaml at them`;
    throw new CliError([...listed.problems.map((p) => `${p.file}: ${p.message}`), fix].join("\n"));
  }
  const base = {
    today: effects.today,
    extraColumns,
    // Ingest reads only these: a column nothing scores cannot cost a row.
    scored: [...new Set([...schemes.values()].flatMap(schemeColumns))].sort(),
    displayName,
    headers: headerRules.rules,
    direct: listed.direct,
    ...(effects.cache ? { cache: effects.cache } : {}),
  };
  // The roster first: a name it lists is an agent even when it reads like a summary row.
  const rosterLoad = await loadRoster(at("data/roster.csv"));
  // A renamed sub-account's rows are read as the roster agent's at ingest, before its
  // months are keyed: one agent-month with the rating sheet that names the roster agent.
  const alias = aliasMap(rosterLoad?.roster.values() ?? [], at("data/roster.csv"));
  const aliases = [...alias.aliases];
  const rosterAgents = rosterNamesLikeSummaries([
    ...(rosterLoad?.roster.keys() ?? []),
    ...alias.aliases.keys(),
  ]);
  const ingestOptions = {
    ...base,
    ...(options.month === undefined ? {} : { month: options.month }),
    ...(rosterAgents.length > 0 ? { rosterAgents } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
  const ingest = await ingestFiles(listed.files, ingestOptions);
  const unread = [
    ...listed.unread.map((u) => ({ ...u, file: displayName(u.file) })),
    ...ingest.unread,
  ];
  const empty = noDataProblem(
    options.data.length > 0 ? options.data : [config.exports],
    listed.files.map(displayName),
    ingest,
    unread,
    options.month,
  );
  return {
    config,
    schemes,
    warnings,
    pick,
    ...(forced === undefined ? {} : { forced: true }),
    schemeSource: (id: string) => byRefSource(id, options.scheme),
    ingest,
    unread,
    // Named relative to the project, as files are: published paths never say where it lives.
    listedProblems: listed.problems.map((p) => ({ ...p, file: displayName(p.file) })),
    empty,
    roster: rosterLoad
      ? {
          entries: rosterLoad.roster,
          problems: [...rosterLoad.problems, ...alias.problems].map((p) => ({
            ...p,
            file: displayName(p.file),
          })),
        }
      : null,
    headerRules: headerRules.rules,
  };
}

/** Where a scheme came from, for messages: the file given with --scheme, else its id. */
function byRefSource(id: string, forced: string | undefined): string {
  return forced !== undefined && forced !== id ? forced : `scheme ${id}`;
}

export const hasErrors = (problems: readonly Problem[]) =>
  problems.some((p) => p.severity === "error");
