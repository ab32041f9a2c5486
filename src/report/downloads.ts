/**
 * Files next to the site for payroll and managers: per month `results.csv`
 * (UTF-8 BOM, formula-safe) and `results.json` (the `score` document), at
 * `months/YYYY-MM/` beside that month's page.
 */
import type { AgentMonthResult } from "../engine/types.ts";
import type { FileAccount, RejectedRow, SkippedRow } from "../ingest/problems.ts";
import { resultsCsvChunks } from "../output/results-csv.ts";
import { resultsJsonChunks } from "../output/results-json.ts";
import type { OutputPiece } from "../output/write-chunks.ts";

/** A large file to publish: its content comes in pieces, produced as it is written (never one string). */
export interface StreamedDownload {
  path: string;
  content: () => Iterable<OutputPiece>;
}

/** A file to publish: streamed, or (a redirect page: thousands of them, each a line) its whole text. */
export type Download = StreamedDownload | { path: string; text: string };

export function monthDownloads(
  results: readonly AgentMonthResult[],
  quality: { rejected: RejectedRow[]; skipped: SkippedRow[]; files: FileAccount[] },
): StreamedDownload[] {
  const byMonth = new Map<string, AgentMonthResult[]>();
  for (const r of results) {
    const list = byMonth.get(r.month) ?? [];
    list.push(r);
    byMonth.set(r.month, list);
  }
  return [...byMonth.entries()].flatMap(([month, list]) => {
    const scheme = [...new Set(list.map((r) => r.scheme))].sort().join(",");
    return [
      { path: `months/${month}/results.csv`, content: () => resultsCsvChunks(list) },
      {
        path: `months/${month}/results.json`,
        content: () => resultsJsonChunks({ scheme, results: list, ...quality }),
      },
    ];
  });
}
