/**
 * The scoring phase of `score`, `check` and `report`, after every export is
 * ingested: data checks over the agent-months (ratio disagreements, roster
 * windows, columns no file has), roster teams and roles, then the scores.
 * Kept apart so `npm run bench:score-phase` can time it on its own.
 */
import { type Scheme, type SchemeIssue, scoreAll } from "../engine/index.ts";
import type { AgentMonth, AgentMonthResult } from "../engine/types.ts";
import type { ProjectConfig } from "../ingest/config.ts";
import type { HeaderRules } from "../ingest/header-rules.ts";
import type { FileHeaders, IngestResult } from "../ingest/ingest.ts";
import type {
  FileAccount,
  Problem,
  RejectedRow,
  SkippedRow,
  UnreadFile,
} from "../ingest/problems.ts";
import { ratioDisagreements } from "../ingest/ratio-consistency.ts";
import { type RosterEntry, rosterWindowProblems } from "../ingest/roster.ts";
import { missingColumnProblems } from "./missing-columns.ts";
import { noteExplicitWeights } from "./weight-notes.ts";

/** What loading left for scoring (see loadIngested in load-and-score.ts). */
export interface Ingested {
  config: ProjectConfig;
  schemes: Map<string, Scheme>;
  /** Scheme parser and checker findings. */
  warnings: SchemeIssue[];
  /** The scheme an agent-month is scored with (by --scheme, its role, or the default). */
  pick: (am: AgentMonth) => Scheme;
  /** How messages name a scheme: the file given with --scheme, else `scheme ID`. */
  schemeSource: (id: string) => string;
  ingest: IngestResult;
  unread: UnreadFile[];
  /** Problems finding the exports (before ingest's own). */
  listedProblems: Problem[];
  /** No agent-month at all, when so. */
  empty: Problem | null;
  roster: { entries: Map<string, RosterEntry>; problems: Problem[] } | null;
  headerRules: HeaderRules;
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

/**
 * Scores what was ingested. Leaves `loaded` as it was, bar roles and teams set on
 * the agent-months. One pass: each agent-month is checked (ratios, roster window),
 * given its roster role and team, and scored while it is at hand. Reading 66,000
 * agent-months scattered over the heap costs more than the arithmetic, so a
 * second pass would cost nearly as much as the first (npm run bench:score-phase).
 */
export function scoreIngested(loaded: Ingested): LoadResult {
  const { ingest, pick } = loaded;
  const months = ingest.agentMonths;
  const roster = loaded.roster?.entries ?? null;
  const ratioProblems: Problem[] = [];
  const windowProblems: Problem[] = [];
  const notInRoster = new Set<string>();
  const used = new Map<string, Scheme>();
  // The checks take lists; given one agent-month at a time they say what they would of all.
  const one: AgentMonth[] = [];
  const prepare = (am: AgentMonth): Scheme => {
    one[0] = am;
    for (const p of ratioDisagreements(one, "data")) ratioProblems.push(p);
    const entry = roster?.get(am.agent);
    if (roster) {
      for (const p of rosterWindowProblems(one, roster, "data/roster.csv")) windowProblems.push(p);
      if (!entry) notInRoster.add(am.agent);
    }
    if (entry?.role !== undefined) am.role = entry.role;
    if (entry?.team !== undefined) am.team = entry.team;
    const s = pick(am);
    used.set(s.id, s);
    return s;
  };
  // Roster teams and roles are set on each agent-month (above) before it is scored.
  const results = scoreAll(prepare, months);

  const problems = [
    ...loaded.listedProblems,
    ...ingest.problems,
    ...ratioProblems,
    // Not even --allow-invalid writes an empty result: there is nothing valid to write.
    ...(loaded.empty ? [loaded.empty] : []),
    ...(loaded.roster ? [...loaded.roster.problems, ...windowProblems] : []),
    ...missingColumnProblems([...used.values()], ingest.columnsSeen, loaded.schemeSource),
  ];
  noteExplicitWeights(results, ingest.agentMonths, loaded.schemes, ingest.explicitWeights);
  return {
    config: loaded.config,
    results,
    agentMonths: ingest.agentMonths,
    rejected: ingest.rejected,
    skipped: ingest.skipped,
    files: ingest.files,
    problems,
    warnings: loaded.warnings,
    schemes: loaded.schemes,
    unknownColumns: ingest.unknownColumns,
    unread: loaded.unread,
    noData: loaded.empty !== null,
    fileHeaders: ingest.headers,
    explicitWeights: ingest.explicitWeights,
    headerRules: loaded.headerRules,
    notInRoster: roster ? [...notInRoster].sort() : null,
    roster,
  };
}
