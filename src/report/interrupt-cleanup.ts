/**
 * What a run must undo if it is interrupted (Node only): its temporary
 * folders and lock removed, a previous site set aside mid-swap put back. A
 * SIGKILL cannot be caught: the next run reads the lock's journal instead
 * (output-folder.ts).
 */
import { existsSync, renameSync, rmSync } from "node:fs";

/** A process that still runs (or runs as another user). */
export const pidAlive = (pid: number) => {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

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
 * exits 130/143/129 (128 + the signal). A SIGKILL cannot be caught: the next
 * run removes what a dead process left (see OutputFolder.claim).
 */
export function cleanUpOnSignals(stderr: (line: string) => void): void {
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
  for (const [signal, code] of Object.entries(codes)) {
    process.once(signal, () => {
      removePending();
      stderr(`report: interrupted (${signal}): the previous site is unchanged`);
      process.exit(code);
    });
  }
}
