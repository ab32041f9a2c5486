/**
 * The lock file beside an output folder (`.<name>.lock`), which is also its
 * run's journal (Node only): the run's process id, then the name of every
 * folder the run makes beside the target, each written before the folder is
 * made. A run killed with SIGKILL leaves the lock; the next run takes it over
 * and removes (or, for a previous site set aside mid-swap, puts back) exactly
 * the folders it names, however far their removal had got. A folder that
 * merely looks like one of them is never touched (output-folder.ts).
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, lstat, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError } from "../cli/cli-error.ts";
import { pidAlive } from "./interrupt-cleanup.ts";

/** `.<name>.<kind>-<pid>-<random>` beside the target: this run's staging and old-site folders. */
export const sideName = (target: string, kind: "building" | "old") =>
  `.${basename(target)}.${kind}-${process.pid}-${randomBytes(6).toString("hex")}`;
const SIDE = /^\.(.+)\.(building|old)-(\d+)-[A-Za-z0-9]+$/;
/**
 * `<name>.replaced-<UTC time>`: what `--force` replaced (not all the report's), kept beside the
 * target, visible, and never removed by a run.
 */
export const keptName = (target: string) =>
  `${basename(target)}.replaced-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}-${process.pid}`;
const KEPT = /^(.+)\.replaced-\d{14}-(\d+)$/;
/** The kind of a side folder name of this target, or null for any other name. */
const sideKind = (target: string, name: string) => {
  const m = SIDE.exec(name);
  if (m && m[1] === basename(target)) return { kind: m[2], pid: Number(m[3]) };
  const k = KEPT.exec(name);
  return k && k[1] === basename(target) ? { kind: "kept", pid: Number(k[2]) } : null;
};

/**
 * Takes the lock, or fails (exit 2) while a live process holds it. A lock
 * whose process is gone was left by a killed run: its journal (the folders
 * that run made) is returned, and copied into the new lock so that a run
 * killed in turn before finishing the clean-up passes it on.
 */
export async function takeLock(lock: string, show: string, target: string): Promise<string[]> {
  let inherited: string[] = [];
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile([process.pid, ...inherited].map((l) => `${l}\n`).join(""));
      await handle.close();
      return inherited;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const [first = "", ...lines] = (await readFile(lock, "utf8").catch(() => "")).split("\n");
    const holder = Number(first.trim());
    if (pidAlive(holder))
      throw new CliError(
        `--out ${show}: another report (process ${holder}) is writing this folder; run again when it has finished (if no report is running, delete the lock ${lock})`,
        2,
      );
    // The holder died without removing it (SIGKILL): the lock is stale. Only names of this
    // target's side folders are taken from it, never a path elsewhere.
    const named = lines.filter((name) => sideKind(target, name) !== null);
    inherited = [...new Set([...inherited, ...named])];
    await rm(lock, { force: true });
  }
  throw new CliError(`--out ${show}: could not take the lock ${lock}`, 2);
}

/**
 * Removes the folders a killed run recorded, or, for a previous site it had
 * set aside before the swap, puts that back. Returns the names of other
 * folders beside the target that look like side folders (left by an older
 * version, or not the report's at all): they are left alone.
 */
export async function recover(target: string, recorded: readonly string[]): Promise<string[]> {
  const parent = dirname(target);
  for (const name of recorded) {
    const path = join(parent, name);
    if (!(await lstat(path).catch(() => null))) continue;
    const kind = sideKind(target, name)?.kind;
    // Killed between the two renames of a swap: the previous site goes back.
    if (kind !== "building" && !existsSync(target)) await rename(path, target);
    // What --force replaced is the user's to delete, never a run's.
    else if (kind !== "kept") await rm(path, { recursive: true, force: true });
  }
  const names = await readdir(parent).catch(() => [] as string[]);
  return names.filter((n) => {
    const side = sideKind(target, n);
    return side !== null && side.kind !== "kept" && side.pid !== process.pid;
  });
}

/** Adds a side folder to the lock's journal, before the folder is made. */
export async function record(lock: string, name: string): Promise<void> {
  await appendFile(lock, `${name}\n`);
}
