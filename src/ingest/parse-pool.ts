/**
 * Parses files on worker threads and on the main thread, one lane per core,
 * so a large ingest uses every core of a small machine. The main thread is a
 * lane of its own (it would only wait otherwise): on two cores that is one
 * worker isolate fewer to start and to keep in memory. Results come back in
 * any order; the caller merges them in file order. Worker heaps are capped (a
 * parse sends back agent-month sums, which are small); a worker that dies,
 * e.g. over its cap on a file of a million rejected rows, fails only the
 * files it held (its own and the next it was given), which the caller then
 * parses on the main thread, and is replaced.
 */
import type { ResourceLimits, Worker } from "node:worker_threads";
import type { ParsedSource } from "./parse-file.ts";
import { type ParseJob, runParseJob } from "./parse-job.ts";
import { adoptParseWorker, defaultLanes, newParseWorker, WORKER_LIMITS } from "./parse-prestart.ts";
import type { ParsedRange, RangeParser } from "./parse-ranges.ts";

interface Task {
  job: ParseJob;
  done: (p: ParsedSource) => void;
  fail: (e: Error) => void;
}

/**
 * Jobs a worker holds at once: the one it runs and the next, so that it
 * starts the next as soon as it is done instead of waiting for the main
 * thread, whose own lane answers messages only between blocks of its parse.
 */
const BACKLOG = 2;

export class ParsePool {
  /** Every live worker and the jobs it holds, oldest first (it answers them in order). */
  private readonly workers = new Map<Worker, Task[]>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;
  private readonly limits: ResourceLimits;
  /** The main thread's lane is free (there is one when `mainLane` was asked for). */
  private mainFree: boolean;

  /** Lanes: workers, plus the main thread's. */
  readonly size: number;

  constructor(lanes = defaultLanes(), limits = WORKER_LIMITS, mainLane = true) {
    this.size = lanes;
    this.limits = limits;
    this.mainFree = mainLane;
    const workers = mainLane ? lanes - 1 : lanes;
    for (let i = 0; i < workers; i++) this.spawn(limits === WORKER_LIMITS);
  }

  /** A worker with its listeners: one started early (parse-prestart.ts) when `adopt` and one is there. */
  private spawn(adopt = false): void {
    const w = (adopt ? adoptParseWorker() : undefined) ?? newParseWorker(this.limits);
    this.workers.set(w, []);
    w.on("message", (msg: { id: number; parsed: ParsedSource }) => {
      const tasks = this.workers.get(w);
      const task = tasks?.shift();
      if (task?.job.id !== msg.id) throw new Error("parse worker answered out of order");
      task.done(msg.parsed);
      this.pump();
    });
    // An error is followed by exit; exit alone (e.g. out of memory) also ends the worker.
    const lost = (err: Error) => {
      const tasks = this.workers.get(w);
      if (!tasks) return;
      this.workers.delete(w);
      for (const task of tasks) task.fail(err);
      if (this.closed) return;
      this.spawn();
      this.pump();
    };
    w.on("error", lost);
    w.on("exit", (code) => lost(new Error(`parse worker stopped (exit code ${code})`)));
  }

  parse(job: Omit<ParseJob, "id">): Promise<ParsedSource> {
    return new Promise((done, fail) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, done, fail });
      this.pump();
    });
  }

  /** Jobs no lane holds yet. */
  get queued(): number {
    return this.queue.length;
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
    // Then the least busy worker, up to its backlog. A job beyond a worker's first is taken
    // only while more are queued than the other lanes could take next: the last jobs (a
    // file's last ranges) wait for whichever lane is free first, instead of queueing behind
    // a busy worker while the main lane runs dry.
    for (let held = 0; held < BACKLOG && this.queue.length > 0; held++) {
      for (const [w, tasks] of this.workers) {
        if (tasks.length !== held || this.queue.length === 0) continue;
        if (held > 0 && this.queue.length < this.size) return;
        const task = this.queue.shift() as Task;
        tasks.push(task);
        w.postMessage(task.job);
      }
    }
  }

  /** Stops every worker (again: a no-op). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.workers.keys()].map((w) => w.terminate()));
  }
}
