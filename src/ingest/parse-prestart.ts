/**
 * Parse workers started before the command has loaded its own modules (Node
 * only). A worker takes 0.2–0.4 s to start here; started first thing, that
 * overlaps the main thread's loading and reading of the config instead of
 * following it. A ParsePool adopts them; a run that needs none leaves them
 * unreferenced, so they never keep the process alive. Imports nothing of the
 * ingest, so that a script can call it before importing the rest.
 */
import { availableParallelism } from "node:os";
import { type ResourceLimits, Worker } from "node:worker_threads";

/**
 * A small young generation lets the parse's short-lived strings die young, so
 * worker heaps stay small; the old space has room for one file holding a
 * whole centre's agent-months (a file beyond it falls back to the main thread).
 */
export const WORKER_LIMITS: ResourceLimits = {
  maxYoungGenerationSizeMb: 8,
  maxOldGenerationSizeMb: 256,
};

/** Parse lanes on this machine: one per core, at most 4 (the main thread is one of them). */
export const defaultLanes = () => Math.max(1, Math.min(availableParallelism(), 4));

export const newParseWorker = (limits: ResourceLimits = WORKER_LIMITS) =>
  new Worker(new URL("./parse-worker.ts", import.meta.url), { resourceLimits: limits });

const started: { worker: Worker; dead: boolean }[] = [];

/** Starts the workers a default ParsePool would (one per lane but the main thread's). */
export function prestartParseWorkers(): void {
  for (let i = started.length; i < defaultLanes() - 1; i++) {
    const entry = { worker: newParseWorker(), dead: false };
    // Until adopted: a worker that fails to start is only not adopted.
    const lost = () => {
      entry.dead = true;
    };
    entry.worker.on("error", lost).on("exit", lost).unref();
    started.push(entry);
  }
}

/** A started worker for a pool with the default limits (referenced again), if one is alive. */
export function adoptParseWorker(): Worker | undefined {
  for (let e = started.pop(); e; e = started.pop()) {
    if (e.dead) continue;
    e.worker.removeAllListeners("error").removeAllListeners("exit").ref();
    return e.worker;
  }
  return undefined;
}

/** Started workers not yet adopted. */
export const waitingParseWorkers = () => started.filter((e) => !e.dead).length;
