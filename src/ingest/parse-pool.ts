/**
 * Parses files on worker threads, one per core, so a large ingest uses both
 * cores of a small machine. Results come back in any order; the caller
 * replays them in file order.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ParsedFile } from "./parse-file.ts";
import type { ParseJob } from "./parse-worker.ts";

export class ParsePool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly queue: {
    job: ParseJob;
    done: (p: ParsedFile) => void;
    fail: (e: Error) => void;
  }[] = [];
  private readonly pending = new Map<
    number,
    { done: (p: ParsedFile) => void; fail: (e: Error) => void }
  >();
  private nextId = 0;

  readonly size: number;

  constructor(size = Math.max(1, Math.min(availableParallelism(), 4))) {
    this.size = size;
    this.workers = Array.from({ length: size }, () => {
      // A modest young generation lets the parse's short-lived strings die young, which keeps
      // each thread's heap, and so the process's peak memory, near the single-thread figure.
      const w = new Worker(new URL("./parse-worker.ts", import.meta.url), {
        resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64 },
      });
      w.on("message", (msg: { id: number; parsed: ParsedFile }) => {
        this.pending.get(msg.id)?.done(msg.parsed);
        this.pending.delete(msg.id);
        this.idle.push(w);
        this.pump();
      });
      w.on("error", (err) => {
        for (const p of this.pending.values()) p.fail(err);
        this.pending.clear();
      });
      return w;
    });
    this.idle = [...this.workers];
  }

  parse(job: Omit<ParseJob, "id">): Promise<ParsedFile> {
    return new Promise((done, fail) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, done, fail });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop() as Worker;
      const { job, done, fail } = this.queue.shift() as (typeof this.queue)[number];
      this.pending.set(job.id, { done, fail });
      w.postMessage(job);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
