/**
 * One parse the pool hands out (parse-pool.ts), run the same way on a worker
 * thread (parse-worker.ts) and on the main thread's own lane.
 */
import type { InputColumn } from "./columns.ts";
import { transferables } from "./fold-part.ts";
import type { RecordRange } from "./ingest-file.ts";
import { type ParsedSource, parseFile } from "./parse-file.ts";
import { parseRange } from "./parse-ranges.ts";
import type { TableOptions } from "./table.ts";

export interface ParseJob {
  id: number;
  path: string;
  file: string;
  columns: InputColumn[];
  options: TableOptions;
  /** Only this range of the file's records (see parse-ranges.ts); the answer is then a ParsedRange. */
  range?: RecordRange;
}

/** The parse, and the typed arrays a worker moves to the main thread without a copy. */
export async function runParseJob(
  job: ParseJob,
): Promise<{ parsed: ParsedSource; transfer: ArrayBuffer[] }> {
  if (job.range) {
    const range = await parseRange(job.path, job.file, job.columns, job.options, job.range);
    return {
      parsed: range as unknown as ParsedSource,
      transfer: range.parts.flatMap(transferables),
    };
  }
  const parsed = await parseFile(job.path, job.file, job.columns, job.options);
  return { parsed, transfer: parsed.tables.flatMap((t) => t.parts.flatMap(transferables)) };
}
