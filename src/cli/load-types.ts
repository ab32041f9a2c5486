/**
 * What loading hands to scoring (Ingested: the config, schemes and ingested
 * exports) and what `score`, `check` and `report` get back (LoadResult).
 */
import type { Scheme, SchemeIssue } from "../engine/index.ts";
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
import type { RosterEntry } from "../ingest/roster.ts";

/** What loading left for scoring (see loadIngested in load-and-score.ts). */
export interface Ingested {
  config: ProjectConfig;
  schemes: Map<string, Scheme>;
  /** Scheme parser and checker findings. */
  warnings: SchemeIssue[];
  /** The scheme an agent-month is scored with (by --scheme, its role, or the default). */
  pick: (am: AgentMonth) => Scheme;
  /** Set when --scheme scores everyone: roles pick nothing then. */
  forced?: boolean;
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
  /** Agent → its first row, `file:row`: where a name no roster row has was written. */
  firstRows?: ReadonlyMap<string, string>;
  /** Agent-month no export gave (agentMonthKey) → its rating sheet's row: where a rated-only month is fixed. */
  ratedRows?: ReadonlyMap<string, string>;
  roster: Map<string, RosterEntry> | null;
}
