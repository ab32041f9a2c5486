/**
 * The output folder of `report --out` (Node only): which folders may be
 * written at all, a lock against a second run into the same folder, and an
 * atomic publish. The site is built in a fresh folder beside the target
 * (`.<name>.building-<pid>-…`) and renamed into place only once complete; the
 * previous site is renamed aside first and removed after the swap.
 *
 * What is the report's: a folder it published carries a marker file listing
 * every path it wrote there (site-manifest.ts). An existing folder is
 * replaced only when it holds nothing else — not a folder without the list
 * (someone else's, or an earlier version's), not one where a file was added
 * since (a CNAME, notes) — unless `--force` says so, and then that folder is
 * kept beside the site as `<name>.replaced-…`, never deleted.
 *
 * The lock file beside the target (`.<name>.lock`) is also the run's journal:
 * its process id, then the name of every folder the run makes beside the
 * target, each written before the folder is made. A run killed with SIGKILL
 * leaves the lock; the next run takes it over and removes (or, for a previous
 * site set aside mid-swap, puts back) exactly the folders it names, however
 * far their removal had got. A folder that merely looks like one is never
 * touched.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { appendFile, lstat, mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CliError } from "../cli/cli-error.ts";
import {
  deferInterrupts,
  pidAlive,
  removeOnInterrupt,
  restoreOnInterrupt,
  setPublished,
} from "./interrupt-cleanup.ts";
import { checkTarget, type OutputRequest, refuse, whyNotReplace } from "./output-target.ts";
import type { Published } from "./publish-notes.ts";
import { SITE_MARKER, writeManifest } from "./site-manifest.ts";

export { SITE_MARKER };

/** `.<name>.<kind>-<pid>-<random>` beside the target: this run's staging and old-site folders. */
const sideName = (target: string, kind: "building" | "old") =>
  `.${basename(target)}.${kind}-${process.pid}-${randomBytes(6).toString("hex")}`;
const SIDE = /^\.(.+)\.(building|old)-(\d+)-[A-Za-z0-9]+$/;
/**
 * `<name>.replaced-<UTC time>`: what `--force` replaced (not all the report's), kept beside the
 * target, visible, and never removed by a run.
 */
const keptName = (target: string) =>
  `${basename(target)}.replaced-${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}-${process.pid}`;
const KEPT = /^(.+)\.replaced-\d{14}-(\d+)$/;
/** The kind of a side folder name of this target, or null for any other name. */
const sideKind = (target: string, name: string) => {
  const m = SIDE.exec(name);
  if (m && m[1] === basename(target)) return { kind: m[2], pid: Number(m[3]) };
  const k = KEPT.exec(name);
  return k && k[1] === basename(target) ? { kind: "kept", pid: Number(k[2]) } : null;
};

/** Tests only: awaited at a step of the swap, where a test kills the process. */
export const swapSteps: {
  at?:
    | ((step: "set-aside" | "removing-old" | "published", old: string) => Promise<void>)
    | undefined;
  /** Removes the previous site after the swap (a test makes it fail). */
  remove?: ((old: string) => Promise<void>) | undefined;
} = {};

/**
 * Takes the lock, or fails (exit 2) while a live process holds it. A lock
 * whose process is gone was left by a killed run: its journal (the folders
 * that run made) is returned, and copied into the new lock so that a run
 * killed in turn before finishing the clean-up passes it on.
 */
async function takeLock(lock: string, show: string, target: string): Promise<string[]> {
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
async function recover(target: string, recorded: readonly string[]): Promise<string[]> {
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

/**
 * Removes `<root>/.cache/<prefix>-<pid>` folders and the half-written site
 * data (`site-data-<pid>.json`, `….tmp`; up to hundreds of MB) whose process is gone.
 */
export async function removeStaleWorkFolders(cacheDir: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  for (const name of names) {
    const m =
      /^(?:(?:build|downloads|shards)-(\d+)|site-data(?:-(\d+)\.json(?:\.\d+\.tmp)?|\.json\.(\d+)\.tmp))$/.exec(
        name,
      );
    if (m && !pidAlive(Number(m[1] ?? m[2] ?? m[3])))
      await rm(join(cacheDir, name), { recursive: true, force: true });
  }
}

export class OutputFolder {
  private released = false;
  private readonly unregister: (() => void)[] = [];

  /** The folder the site ends up in (real path). */
  readonly target: string;
  /** The fresh folder the new site is written into. */
  readonly staging: string;
  /**
   * Folders beside the target named like a run's side folders that no run
   * recorded as its own: left alone, worth a note (the report's caller prints it).
   */
  readonly unclaimed: readonly string[];
  private readonly lock: string;
  private readonly request: Pick<OutputRequest, "out" | "force">;

  private constructor(
    target: string,
    staging: string,
    lock: string,
    unclaimed: readonly string[],
    request: Pick<OutputRequest, "out" | "force">,
  ) {
    this.target = target;
    this.staging = staging;
    this.lock = lock;
    this.unclaimed = unclaimed;
    this.request = request;
  }

  /** Checks the target, takes its lock and creates the staging folder; CliError (exit 2) when unsafe. */
  static async claim(request: OutputRequest): Promise<OutputFolder> {
    const target = await checkTarget(request);
    try {
      return await OutputFolder.claimChecked(target, request);
    } catch (error) {
      throw asRefusal(error, request.out, dirname(target));
    }
  }

  private static async claimChecked(target: string, request: OutputRequest): Promise<OutputFolder> {
    await mkdir(dirname(target), { recursive: true });
    const lock = join(dirname(target), `.${basename(target)}.lock`);
    setPublished(false);
    const recorded = await takeLock(lock, request.out, target);
    const releaseLock = removeOnInterrupt(lock);
    let unclaimed: string[];
    try {
      unclaimed = await recover(target, recorded);
    } catch (error) {
      // The lock keeps the dead run's journal: the next run tries again.
      releaseLock();
      throw error;
    }
    try {
      const name = sideName(target, "building");
      await record(lock, name);
      const staging = join(dirname(target), name);
      await mkdir(staging);
      const folder = new OutputFolder(target, staging, lock, unclaimed, request);
      folder.unregister.push(releaseLock, removeOnInterrupt(staging));
      return folder;
    } catch (error) {
      await rm(lock, { force: true });
      releaseLock();
      throw error;
    }
  }

  /**
   * Swaps the staging folder in: the previous site is checked once more where
   * it is (nothing added to it during the build), renamed aside, the new one
   * renamed into place at once, the previous one removed. Two renames on one disk: a crash between
   * them leaves the previous site beside the target, and the next run puts it
   * back; a crash while removing it leaves part of it, which the next run
   * removes. A CliError (exit 2) when something not the report's appeared in
   * the target meanwhile: the previous site stays, the new one is dropped.
   */
  async publish(): Promise<Published> {
    await writeManifest(this.staging);
    const exists = await lstat(this.target).catch(() => null);
    const { out, force } = this.request;
    if (exists && !exists.isDirectory())
      throw refuse(out, "exists and is not a folder", `the new site was not published`);
    // Checked in place, while the previous site is still served: listing a large site takes
    // seconds, and with the site set aside first, every request meanwhile found none.
    const why = exists ? await whyNotReplace(this.target, out, force) : null;
    if (why !== null)
      throw refuse(out, why, `the new site was not published and ${out} is as it was`);
    // Forced over what the report did not write: set aside under a name no run removes.
    const forced =
      exists !== null && force && (await whyNotReplace(this.target, out, false)) !== null;
    let old: string | undefined;
    let unrestore: () => unknown = () => undefined;
    if (exists) {
      const name = forced ? keptName(this.target) : sideName(this.target, "old");
      await record(this.lock, name);
      old = join(dirname(this.target), name);
      await rename(this.target, old);
      unrestore = restoreOnInterrupt(old, this.target);
      await swapSteps.at?.("set-aside", old);
    }
    try {
      await rename(this.staging, this.target);
    } catch (error) {
      if (old) {
        await rename(old, this.target);
        unrestore();
      }
      throw error;
    }
    unrestore();
    // Published: an interrupt from here on waits for the previous site's removal, and after it
    // ends the run as a success (interrupt-cleanup.ts).
    setPublished(true);
    const resume = deferInterrupts();
    let result: Published = forced && old ? { kept: old } : {};
    try {
      if (old !== undefined && !forced) result = await this.removeOld(old);
      await this.release();
    } finally {
      const signal = resume();
      if (signal !== null) result = { ...result, interrupted: signal };
    }
    await swapSteps.at?.("published", old ?? "");
    return result;
  }

  /**
   * The previous site out of service: removed, unless something not the report's reached it
   * between the check and the swap (left where it is; no run removes a folder it no longer
   * records), or it cannot be removed (named for the user to remove: the new site is published).
   */
  private async removeOld(old: string): Promise<Published> {
    if ((await whyNotReplace(old, this.request.out, false)) !== null) return { late: old };
    await swapSteps.at?.("removing-old", old);
    try {
      await (swapSteps.remove ?? removeAll)(old);
      return {};
    } catch (error) {
      return { leftBehind: `${old} (${(error as Error).message})` };
    }
  }

  /** Removes the staging folder and the lock (after a failure); the previous site is untouched. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    await rm(this.staging, { recursive: true, force: true });
    await rm(this.lock, { force: true });
    for (const undo of this.unregister) undo();
  }
}

const removeAll = (path: string) => rm(path, { recursive: true, force: true });

/** File-system errors that say the output's folder cannot be written: exit 2, saying what to do. */
const UNWRITABLE = new Set(["EACCES", "EPERM", "EROFS", "EEXIST", "ENOTDIR"]);

/** A permission or read-only error while claiming the output as a refusal (exit 2); others as they are. */
function asRefusal(error: unknown, out: string, parent: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === undefined || !UNWRITABLE.has(code)) return error;
  return refuse(
    out,
    `cannot write beside it in ${parent} (${(error as Error).message}): make that folder writable, or choose another --out`,
  );
}

/** Adds a side folder to the lock's journal, before the folder is made. */
async function record(lock: string, name: string): Promise<void> {
  await appendFile(lock, `${name}\n`);
}
