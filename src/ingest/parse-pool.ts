/**
 * Parses files on worker threads and on the main thread, one lane per core,
 * so a large ingest uses every core of a small machine. The main thread is a
 * lane of its own (it would only wait otherwise): on two cores that is one
 * worker isolate fewer to start and to keep in memory. Results come back in
 * any order; the caller merges them in file order. Worker heaps are capped (a
 * parse sends back agent-month sums, which are small); a worker that dies,
 * e.g. over its cap on a file of a million rejected rows, fails only its own
 * file, which the caller then parses on the main thread, and is replaced.
 */
import { availableParallelism } from "node:os";
import { type ResourceLimits, Worker } from "node:worker_threads";
import type { ParsedSource } from "./parse-file.ts";
import { type ParseJob, runParseJob } from "./parse-job.ts";
import type { ParsedRange, RangeParser } from "./parse-ranges.ts";

interface Task {
  job: ParseJob;
  done: (p: ParsedSource) => void;
  fail: (e: Error) => void;
}

/**
 * A small young generation lets the parse's short-lived strings die young, so
 * worker heaps stay small; the old space has room for one file holding a
 * whole centre's agent-months (a file beyond it falls back to the main thread).
 */
const LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 };

export class ParsePool {
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private readonly limits: ResourceLimits;
  /** The main thread's lane is free (there is one when `mainLane` was asked for). */
  private mainFree: boolean;

  /** Lanes: workers, plus the main thread's. */
  readonly size: number;

  constructor(
    lanes = Math.max(1, Math.min(availableParallelism(), 4)),
    limits = LIMITS,
    mainLane = true,
  ) {
    this.size = lanes;
    this.limits = limits;
    this.mainFree = mainLane;
    const workers = mainLane ? lanes - 1 : lanes;
    for (let i = 0; i < workers; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const w = new Worker(new URL("./parse-worker.ts", import.meta.url), {
      resourceLimits: this.limits,
    });
    w.on("message", (msg: { id: number; parsed: ParsedSource }) => {
      const task = this.running.get(w);
      this.running.delete(w);
      task?.done(msg.parsed);
      this.idle.push(w);
      this.pump();
    });
    // An error is followed by exit; exit alone (e.g. out of memory) also ends the worker.
    const lost = (err: Error) => {
      const task = this.running.get(w);
      this.running.delete(w);
      task?.fail(err);
      if (this.closed) return;
      const i = this.idle.indexOf(w);
      if (i >= 0) this.idle.splice(i, 1);
      if (task || i >= 0) {
        this.idle.push(this.spawn());
        this.pump();
      }
    };
    w.on("error", lost);
    w.on("exit", (code) => lost(new Error(`parse worker stopped (exit code ${code})`)));
    return w;
  }

  parse(job: Omit<ParseJob, "id">): Promise<ParsedSource> {
    return new Promise((done, fail) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, done, fail });
      this.pump();
    });
  }

  /** One range of a file (the worker answers with a ParsedRange). */
  readonly parseRange: RangeParser = (path, file, columns, options, range) =>
    this.parse({
      path,
      file,
      columns: [...columns],
      options,
      range,
    }) as unknown as Promise<ParsedRange>;

  private pump(): void {
    // A closed pool starts nothing (its caller has stopped waiting).
    if (this.closed) return;
    // The main lane first: it needs no start-up, where a new worker takes ~0.3 s to load.
    if (this.mainFree && this.queue.length > 0) {
      this.mainFree = false;
      const task = this.queue.shift() as Task;
      runParseJob(task.job)
        .then(({ parsed }) => task.done(parsed), task.fail)
        .finally(() => {
          this.mainFree = true;
          this.pump();
        });
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      const task = this.queue.shift() as Task;
      this.running.set(w, task);
      w.postMessage(task.job);
    }
  }

  /** Stops every worker (again: a no-op). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.idle, ...this.running.keys()].map((w) => w.terminate()));
  }
}
