/** A worker thread that parses files for `ingestFiles` (see parse-pool.ts). */
import { parentPort } from "node:worker_threads";
import { type ParseJob, runParseJob } from "./parse-job.ts";

export type { ParseJob } from "./parse-job.ts";

// Jobs run one after another, in the order they came: the pool may send the next before
// this one is done (parse-pool.ts), and matches the answers to its jobs in that order.
let last: Promise<void> = Promise.resolve();
parentPort?.on("message", (job: ParseJob) => {
  last = last.then(async () => {
    const { parsed, transfer } = await runParseJob(job);
    parentPort?.postMessage({ id: job.id, parsed }, transfer);
  });
});
