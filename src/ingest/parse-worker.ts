/** A worker thread that parses files for `ingestFiles` (see parse-pool.ts). */
import { parentPort } from "node:worker_threads";
import type { InputColumn } from "./columns.ts";
import { transferables } from "./fold-part.ts";
import type { RecordRange } from "./ingest-file.ts";
import { parseFile } from "./parse-file.ts";
import { parseRange } from "./parse-ranges.ts";
import type { TableOptions } from "./table.ts";

export interface ParseJob {
  id: number;
  path: string;
  file: string;
  columns: InputColumn[];
  options: TableOptions;
  /** Only this range of the file's records (see parse-ranges.ts). */
  range?: RecordRange;
}

parentPort?.on("message", async (job: ParseJob) => {
  if (job.range) {
    const parsed = await parseRange(job.path, job.file, job.columns, job.options, job.range);
    parentPort?.postMessage({ id: job.id, parsed }, parsed.parts.flatMap(transferables));
    return;
  }
  const parsed = await parseFile(job.path, job.file, job.columns, job.options);
  // Typed arrays move to the main thread without a copy.
  parentPort?.postMessage(
    { id: job.id, parsed },
    parsed.tables.flatMap((t) => t.parts.flatMap(transferables)),
  );
});
