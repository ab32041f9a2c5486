/** A worker thread that parses files for `ingestFiles` (see parse-pool.ts). */
import { parentPort } from "node:worker_threads";
import { type ParseJob, runParseJob } from "./parse-job.ts";

export type { ParseJob } from "./parse-job.ts";

parentPort?.on("message", async (job: ParseJob) => {
  const { parsed, transfer } = await runParseJob(job);
  parentPort?.postMessage({ id: job.id, parsed }, transfer);
});
