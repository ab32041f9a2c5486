/** A worker thread that parses files for `ingestFiles` (see parse-pool.ts). */
import { parentPort } from "node:worker_threads";
import type { InputColumn } from "./columns.ts";
import { transferables } from "./fold-part.ts";
import { parseFile } from "./parse-file.ts";
import type { TableOptions } from "./table.ts";

export interface ParseJob {
  id: number;
  path: string;
  file: string;
  columns: InputColumn[];
  options: TableOptions;
}

parentPort?.on("message", async (job: ParseJob) => {
  const parsed = await parseFile(job.path, job.file, job.columns, job.options);
  // Typed arrays move to the main thread without a copy.
  parentPort?.postMessage(
    { id: job.id, parsed },
    parsed.tables.flatMap((t) => transferables(t.part)),
  );
});
