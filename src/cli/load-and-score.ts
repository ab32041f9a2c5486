/**
 * The shared core of `score`, `check` and `report`: config → schemes →
 * ingest → roster → required-column check → scoring. Collects every problem
 * instead of stopping at the first; throws CliError (exit 2) only for usage
 * and configuration errors.
 */
import { isAbsolute, join, relative, resolve } from "node:path";
import {
  checkScheme,
  type Scheme,
  type SchemeIssue,
  schemeInputs,
  scoreAll,
} from "../engine/index.ts";
import type { AgentMonth, AgentMonthResult } from "../engine/types.ts";
import { loadConfig, type ProjectConfig } from "../ingest/config.ts";
import { resolveHeaderRules } from "../ingest/config-columns.ts";
import type { HeaderRules } from "../ingest/header-rules.ts";
import { type FileHeaders, ingestFiles, inputColumns, listExportFiles } from "../ingest/ingest.ts";
import { rosterNamesLikeSummaries } from "../ingest/non-agent-rows.ts";
import type { ParseCache } from "../ingest/parse-cache.ts";
import type {
  FileAccount,
  Problem,
  RejectedRow,
  SkippedRow,
  UnreadFile,
} from "../ingest/problems.ts";
import { ratioDisagreements } from "../ingest/ratio-consistency.ts";
import { loadRoster, type RosterEntry, rosterWindowProblems } from "../ingest/roster.ts";
import { loadSchemeFolder, resolveScheme } from "../ingest/schemes.ts";
import { CliError } from "./cli-error.ts";
import { missingColumnProblems } from "./missing-columns.ts";
import { noDataProblem } from "./no-data.ts";
import { noteExplicitWeights } from "./weight-notes.ts";

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

export interface LoadResult {
  config: ProjectConfig;
  results: AgentMonthResult[];
  agentMonths: AgentMonth[];
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  files: FileAccount[];
  /** Errors (exit 1) and warnings, each with a location. */
  problems: Problem[];
  /** Scheme checker findings. */
  warnings: SchemeIssue[];
  schemes: Map<string, Scheme>;
  unknownColumns: Map<string, string[]>;
  /** Files (and workbook sheets) under the exports that were not read, and why. */
  unread: UnreadFile[];
  /** No agent-month at all: an error (exit 1) that not even --allow-invalid writes past. */
  noData: boolean;
  /** Per file: the platform profile its header matched and the headers it did not use. */
  fileHeaders: FileHeaders[];
  /** Daily rates weighted by a column other than their own denominator (a profile's or data/config.yaml's): rate column → weight column. */
  explicitWeights: Map<string, string>;
  /** `columns:` and `weights:` of data/config.yaml, resolved to column ids. */
  headerRules: HeaderRules;
  /** Agents with data but no roster row (null when there is no roster). */
  notInRoster: string[] | null;
  roster: Map<string, RosterEntry> | null;
}

const issueText = (i: SchemeIssue) => `${i.source}: ${i.path ? `${i.path}: ` : ""}${i.message}`;

async function loadSchemes(config: ProjectConfig, forced: string | undefined, schemesDir: string) {
  const ids =
    forced !== undefined ? [forced] : [config.defaultScheme, ...config.schemeByRole.values()];
  const schemes = new Map<string, Scheme>();
  const warnings: SchemeIssue[] = [];
  const byRef = new Map<string, Scheme>();
  let folder: ReturnType<typeof loadSchemeFolder> | undefined;
  const readFolder = () => {
    folder ??= loadSchemeFolder(schemesDir);
    return folder;
  };
  for (const ref of new Set(ids)) {
    const load = await resolveScheme(ref, schemesDir, readFolder);
    const errors = load.issues.filter((i) => i.severity === "error");
    if (!load.scheme || errors.length > 0)
      throw new CliError(errors.map(issueText).join("\n") || `${ref}: invalid scheme`);
    warnings.push(...load.issues, ...checkScheme(load.scheme, load.source));
    schemes.set(load.scheme.id, load.scheme);
    byRef.set(ref, load.scheme);
  }
  return { schemes, warnings, byRef };
}

export async function loadAndScore(
  options: LoadOptions,
  effects: LoadEffects,
): Promise<LoadResult> {
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
    const byRole = am.role === undefined ? undefined : config.schemeByRole.get(am.role);
    const scheme = forced ?? (byRole === undefined ? undefined : byRef.get(byRole)) ?? fallback;
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
    throw new CliError(listed.problems.map((p) => `${p.file}: ${p.message}`).join("\n"));
  }
  const base = {
    today: effects.today,
    extraColumns,
    displayName,
    headers: headerRules.rules,
    direct: listed.direct,
    ...(effects.cache ? { cache: effects.cache } : {}),
  };
  // The roster first: a name it lists is an agent even when it reads like a summary row.
  const rosterLoad = await loadRoster(at("data/roster.csv"));
  const rosterAgents = rosterNamesLikeSummaries(rosterLoad?.roster.keys() ?? []);
  const ingestOptions = {
    ...base,
    ...(options.month === undefined ? {} : { month: options.month }),
    ...(rosterAgents.length > 0 ? { rosterAgents } : {}),
  };
  process.env.TRACE &&
    process.stderr.write(
      `ingest-start ${performance.now().toFixed(0)} rss=${(process.memoryUsage().rss / 1e6).toFixed(0)} heap=${(process.memoryUsage().heapUsed / 1e6).toFixed(0)}\n`,
    );
  const ingest = await ingestFiles(listed.files, ingestOptions);
  const unread = [
    ...listed.unread.map((u) => ({ ...u, file: displayName(u.file) })),
    ...ingest.unread,
  ];
  const problems = [
    // Named relative to the project, as files are: published paths never say where it lives.
    ...listed.problems.map((p) => ({ ...p, file: displayName(p.file) })),
    ...ingest.problems,
    ...ratioDisagreements(ingest.agentMonths, "data"),
  ];
  const empty = noDataProblem(
    options.data.length > 0 ? options.data : [config.exports],
    listed.files.map(displayName),
    ingest,
    unread,
    options.month,
  );
  // Not even --allow-invalid writes an empty result: there is nothing valid to write.
  if (empty) problems.push(empty);

  if (rosterLoad) {
    problems.push(...rosterLoad.problems.map((p) => ({ ...p, file: displayName(p.file) })));
    problems.push(
      ...rosterWindowProblems(ingest.agentMonths, rosterLoad.roster, "data/roster.csv"),
    );
  }
  const roster = rosterLoad?.roster ?? null;
  const notInRoster = new Set<string>();
  for (const am of ingest.agentMonths) {
    const entry = roster?.get(am.agent);
    if (roster && !entry) notInRoster.add(am.agent);
    if (entry?.role !== undefined) am.role = entry.role;
    if (entry?.team !== undefined) am.team = entry.team;
  }

  const used = new Map<string, Scheme>();
  for (const am of ingest.agentMonths) {
    const s = pick(am);
    used.set(s.id, s);
  }
  problems.push(
    ...missingColumnProblems([...used.values()], ingest.columnsSeen, (id) =>
      byRefSource(id, options.scheme),
    ),
  );
  // Roster teams and roles are already on the agent-months (above); scoring carries them over.
  const results = scoreAll(pick, ingest.agentMonths);
  process.env.TRACE &&
    process.stderr.write(
      `scored ${performance.now().toFixed(0)} rss=${(process.memoryUsage().rss / 1e6).toFixed(0)} heap=${(process.memoryUsage().heapUsed / 1e6).toFixed(0)}\n`,
    );
  noteExplicitWeights(results, ingest.agentMonths, schemes, ingest.explicitWeights);
  return {
    config,
    results,
    agentMonths: ingest.agentMonths,
    rejected: ingest.rejected,
    skipped: ingest.skipped,
    files: ingest.files,
    problems,
    warnings,
    schemes,
    unknownColumns: ingest.unknownColumns,
    unread,
    noData: empty !== null,
    fileHeaders: ingest.headers,
    explicitWeights: ingest.explicitWeights,
    headerRules: headerRules.rules,
    notInRoster: roster ? [...notInRoster].sort() : null,
    roster,
  };
}

/** Where a scheme came from, for messages: the file given with --scheme, else its id. */
function byRefSource(id: string, forced: string | undefined): string {
  return forced !== undefined && forced !== id ? forced : `scheme ${id}`;
}

export const hasErrors = (problems: readonly Problem[]) =>
  problems.some((p) => p.severity === "error");
