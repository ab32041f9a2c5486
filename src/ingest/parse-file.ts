/**
 * One file parsed on its own (Node only): accounting, set-aside rows, and the
 * accepted rows as a Recording, ready to replay into the shared fold. The
 * unit of both parallel parsing and the parse cache.
 */
import type { InputColumn } from "./columns.ts";
import { headerIndex } from "./columns.ts";
import { ingestFile } from "./ingest-file.ts";
import {
  emptyAccount,
  type FileAccount,
  type Problem,
  type RejectedRow,
  type SkippedRow,
} from "./problems.ts";
import { type Recording, RecordingFold } from "./recording.ts";
import type { ReadOptions } from "./row-reader.ts";

export interface ParsedFile {
  account: FileAccount;
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  problems: Problem[];
  columnsSeen: string[];
  unknown: string[];
  recording: Recording;
  latest: string;
  futureRejects: number;
}

export async function parseFile(
  path: string,
  file: string,
  columns: readonly InputColumn[],
  options: ReadOptions,
): Promise<ParsedFile> {
  const fold = new RecordingFold(columns, file, "");
  const one = await ingestFile(path, headerIndex(columns), fold, {
    ...options,
    displayName: () => file,
  }).catch((err: Error) => ({
    account: emptyAccount(file),
    layout: null,
    rejected: [],
    skipped: [],
    problems: [{ severity: "error" as const, file, message: `cannot read: ${err.message}` }],
    latest: "",
    futureRejects: 0,
  }));
  const mapped = one.layout?.columns ?? [];
  const agentHeader = mapped.find((m) => m.column.id === "agent")?.header ?? "";
  return {
    account: one.account,
    rejected: one.rejected,
    skipped: one.skipped,
    problems: one.problems,
    columnsSeen: mapped.map((m) => m.column.id),
    unknown: one.layout?.unknown ?? [],
    recording: { ...fold.recording(), agentHeader },
    latest: one.latest,
    futureRejects: one.futureRejects,
  };
}
