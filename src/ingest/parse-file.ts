/**
 * One file parsed on its own (Node only): accounting, set-aside rows, and its
 * agent-month sums as a FoldPart, ready to merge into the shared fold. The
 * unit of both parallel parsing and the parse cache.
 */
import type { InputColumn } from "./columns.ts";
import { AgentMonthFold, type Entry, type FoldTarget, type Position } from "./fold.ts";
import { type FoldPart, partOf } from "./fold-part.ts";
import { HeaderMatcher, NO_RULES } from "./header-rules.ts";
import { ingestFile } from "./ingest-file.ts";
import {
  emptyAccount,
  type FileAccount,
  type Problem,
  type RejectedRow,
  type SkippedRow,
} from "./problems.ts";
import { loadProfiles } from "./profiles.ts";
import type { ReadOptions } from "./row-reader.ts";

export interface ParsedFile {
  account: FileAccount;
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  problems: Problem[];
  columnsSeen: string[];
  unknown: string[];
  /** Known headers not read, with the column read instead: `询单人数 → 询单人数延`. */
  superseded: string[];
  /** The platform profile the header matched (its id), or null: the catalogue's own headers. */
  profile: string | null;
  /** Daily rates weighted by a column named in data/config.yaml: [rate column, weight column]. */
  explicitWeights: [string, string][];
  part: FoldPart;
  latest: string;
  futureRejects: number;
}

/**
 * A fold of one file that also sees what earlier files gave, so that a day
 * given twice is rejected at its row, naming the first place, as if every
 * file had been folded into one.
 */
class GuardedFold implements FoldTarget {
  readonly columns: AgentMonthFold["columns"];
  private readonly local: AgentMonthFold;
  private readonly earlier: AgentMonthFold;

  constructor(local: AgentMonthFold, earlier: AgentMonthFold) {
    this.columns = local.columns;
    this.local = local;
    this.earlier = earlier;
  }

  entry(agent: string, month: string): Entry {
    return this.local.entry(agent, month);
  }

  duplicateOf(e: Entry, day: number): Position | null {
    const before = this.earlier.find(e.agent, e.month);
    return (before && this.earlier.duplicateOf(before, day)) ?? this.local.duplicateOf(e, day);
  }

  add(...args: Parameters<AgentMonthFold["add"]>): void {
    this.local.add(...args);
  }

  taint(e: Entry): void {
    this.local.taint(e);
  }
}

/** Parses one file; with `earlier`, its days are checked against the days earlier files gave. */
export async function parseFile(
  path: string,
  file: string,
  columns: readonly InputColumn[],
  options: ReadOptions,
  earlier?: AgentMonthFold,
): Promise<ParsedFile> {
  const fold = new AgentMonthFold(columns);
  const target = earlier ? new GuardedFold(fold, earlier) : fold;
  const matcher = new HeaderMatcher(columns, loadProfiles().profiles, options.headers ?? NO_RULES);
  const one = await ingestFile(path, matcher, target, {
    ...options,
    displayName: () => file,
  }).catch((err: Error) => ({
    account: emptyAccount(file),
    layout: null,
    columns: null,
    rejected: [],
    skipped: [],
    problems: [{ severity: "error" as const, file, message: `cannot read: ${err.message}` }],
    latest: "",
    futureRejects: 0,
    explicitWeights: [],
  }));
  const mapped = one.layout?.columns ?? [];
  return {
    account: one.account,
    rejected: one.rejected,
    skipped: one.skipped,
    problems: one.problems,
    columnsSeen: mapped.map((m) => m.column.id),
    unknown: one.layout?.unknown ?? [],
    superseded: one.layout?.superseded ?? [],
    profile: one.columns?.profile?.id ?? null,
    explicitWeights: one.explicitWeights,
    part: partOf(fold, file),
    latest: one.latest,
    futureRejects: one.futureRejects,
  };
}
