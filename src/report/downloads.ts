/**
 * Files next to the site for payroll and managers: per month `results.csv`
 * (UTF-8 BOM, formula-safe) and `results.json` (the `score` document), at
 * `months/YYYY-MM/` beside that month's page.
 */
import type { AgentMonthResult } from "../engine/types.ts";
import type { FileAccount, RejectedRow, SkippedRow } from "../ingest/problems.ts";
import { resultsToCsv } from "../output/results-csv.ts";
import { resultsToJson } from "../output/results-json.ts";

export interface Download {
  path: string;
  content: string;
}

export function monthDownloads(
  results: readonly AgentMonthResult[],
  quality: { rejected: RejectedRow[]; skipped: SkippedRow[]; files: FileAccount[] },
): Download[] {
  const byMonth = new Map<string, AgentMonthResult[]>();
  for (const r of results) {
    const list = byMonth.get(r.month) ?? [];
    list.push(r);
    byMonth.set(r.month, list);
  }
  return [...byMonth.entries()].flatMap(([month, list]) => {
    const scheme = [...new Set(list.map((r) => r.scheme))].sort().join(",");
    return [
      { path: `months/${month}/results.csv`, content: resultsToCsv(list) },
      {
        path: `months/${month}/results.json`,
        content: resultsToJson({ scheme, results: list, ...quality }),
      },
    ];
  });
}
