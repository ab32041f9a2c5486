/**
 * What a run must undo if it is interrupted (Node only): its temporary
 * folders and lock removed, a previous site set aside mid-swap put back. A
 * SIGKILL cannot be caught: the next run reads the lock's journal instead
 * (output-folder.ts).
 */
import { existsSync, readFileSync, renameSync, rmSync } from "node:fs";

/**
 * A process that still runs (or runs as another user). A zombie does not: a
 * report killed with its npm is left as one where nothing reaps it (a
 * container whose first process is not an init), and its lock would hold
 * every later run off for good.
 */
export const pidAlive = (pid: number) => {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
};

/** Linux: the state letter of /proc/PID/stat (after the parenthesised name) is Z. Elsewhere: no. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false;
  }
}

/** Folders this process must remove if it is interrupted (see removeOnInterrupt). */
const pending = new Set<string>();
/** A previous site set aside mid-swap → its place: put back, not removed, on an interrupt. */
const restoring = new Map<string, string>();

/** Registers a previous site set aside at `old` to put back at `target` on an interrupt; returns the unregister. */
export function restoreOnInterrupt(old: string, target: string): () => boolean {
  restoring.set(old, target);
  return () => restoring.delete(old);
}

/** Registers a folder or file to remove if the process is interrupted; returns the unregister. */
export function removeOnInterrupt(path: string): () => void {
  pending.add(path);
  return () => pending.delete(path);
}

/**
 * Where the run is, for what a signal does: before the swap, it stops the run
 * and the previous site stays (exit 130/143 say so). Once the new site is in
 * place it cannot say that: while the previous site is being removed, a
 * signal is only noted (the swap cannot be undone once its removal has begun,
 * and a removal cut short is recorded nowhere), and the run finishes and ends
 * as the success it is, saying it came; after, a signal ends the run at once
 * with 0, saying the new site is in place. Each new claim of an output folder
 * starts over (a test runs several reports in one process).
 */
let phase: "building" | "removing-old" | "published" = "building";
let deferred: string | null = null;

/** A new run begins: signals stop it, and the previous site stays. */
export function startRun(): void {
  phase = "building";
  deferred = null;
}

/**
 * The new site is in place and the previous one is being removed: signals are
 * noted until the returned function, which gives the one that came, if any.
 */
export function deferInterrupts(): () => string | null {
  phase = "removing-old";
  return () => {
    phase = "published";
    const signal = deferred;
    deferred = null;
    return signal;
  };
}

/** A signal once the site is published: the temp files go, and the run ends as the success it is. */
function stopPublished(stderr: (line: string) => void, command: string, why: string): never {
  removePending();
  stderr(`${command}: ${why} after the new site was published: it is in place`);
  process.exit(0);
}

/** Synchronous: runs inside a signal handler, just before the process exits. */
export function removePending(): void {
  for (const [old, target] of restoring)
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
  restoring.clear();
  for (const path of [...pending].reverse()) rmSync(path, { recursive: true, force: true });
  pending.clear();
}

/**
 * On SIGINT/SIGTERM/SIGHUP, removes this run's temporary folders and lock and
 * exits 130/143/129 (128 + the signal); under npm, also when npm is stopped. A SIGKILL cannot be caught: the next
 * run removes what a dead process left (see OutputFolder.claim).
 */
export function cleanUpOnSignals(
  stderr: (line: string) => void,
  env: Readonly<Record<string, string | undefined>> = process.env,
  /** The command, and what an interrupted run leaves as it was. */
  run: { command: string; unchanged: string } = {
    command: "report",
    unchanged: "the previous site is unchanged",
  },
): void {
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes)) {
    process.on(signal, () => {
      if (phase === "removing-old") {
        deferred ??= signal;
        return;
      }
      if (phase === "published") stopPublished(stderr, run.command, `interrupted (${signal})`);
      removePending();
      stderr(`${run.command}: interrupted (${signal}): ${run.unchanged}`);
      process.exit(code);
    });
  }
  if (env.npm_lifecycle_event !== undefined) stopWhenNpmStops(stderr, run);
}

/** How often a run under npm looks whether npm's shell is still there. */
const PARENT_CHECK_MS = 250;

/**
 * `npm run report` runs the report under `sh -c`. A SIGTERM or SIGINT sent to
 * npm alone (`timeout 10m npm run report`, a scheduler stopping its job, `kill`
 * of npm's process id) ends npm (exit 143) and the shell, but not this
 * process, which went on to publish the site after its caller had seen it
 * fail. When the shell is gone (this process handed to another parent), the
 * run stops as a SIGTERM would stop it: the previous site stays.
 */
function stopWhenNpmStops(
  stderr: (line: string) => void,
  run: { command: string; unchanged: string },
): void {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid === parent || phase === "removing-old") return;
    if (phase === "published") stopPublished(stderr, run.command, "npm, which ran it, was stopped");
    removePending();
    stderr(`${run.command}: npm, which ran it, was stopped: stopping too; ${run.unchanged}`);
    process.exit(143);
  }, PARENT_CHECK_MS).unref();
}
