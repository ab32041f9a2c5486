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
 * The lock file beside the target (`.<name>.lock`) is also the run's journal
 * (output-journal.ts): a run killed with SIGKILL leaves what the next one
 * needs to remove, or put back, exactly the folders it made.
 */
import { lstat, mkdir, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import {
  deferInterrupts,
  pidAlive,
  removeOnInterrupt,
  restoreOnInterrupt,
  startRun,
} from "./interrupt-cleanup.ts";
import { keptName, record, recover, sideName, takeLock } from "./output-journal.ts";
import { checkTarget, type OutputRequest, refuse, whyNotReplace } from "./output-target.ts";
import type { Published } from "./publish-notes.ts";
import { SITE_MARKER, writeManifest } from "./site-manifest.ts";

export { SITE_MARKER };

/** Tests only: awaited at a step of the swap, where a test kills the process. */
export const swapSteps: {
  at?:
    | ((step: "set-aside" | "removing-old" | "published", old: string) => Promise<void>)
    | undefined;
  /** Removes the previous site after the swap (a test makes it fail). */
  remove?: ((old: string) => Promise<void>) | undefined;
} = {};

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
    startRun();
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
