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
 * since (a CNAME, notes) — unless `--force` says so.
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
import { existsSync, renameSync, rmSync } from "node:fs";
import {
  appendFile,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
} from "node:fs/promises";
import { basename, dirname, join, parse, relative, resolve, sep } from "node:path";
import { CliError } from "../cli/cli-error.ts";
import { readManifest, SITE_MARKER, unlisted, writeManifest } from "./site-manifest.ts";

export { SITE_MARKER };

/** Folders whose presence inside a target means it is a project, not a site. */
const PROJECT_ENTRIES = ["data", "src", ".git"];

export interface OutputRequest {
  /** The working directory `--out` is relative to. */
  cwd: string;
  /** The project folder (data/, src/) and every export path, absolute. */
  protectedRoots: readonly string[];
  exports: readonly string[];
  out: string;
  force: boolean;
}

const isInside = (child: string, parent: string) => {
  const rel = relative(parent, child);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !parse(rel).root;
};
const isSameOrInside = (child: string, parent: string) =>
  child === parent || isInside(child, parent);

/** The real path of a path that may not exist yet: its nearest existing ancestor resolved. */
async function realish(path: string): Promise<string> {
  const rest: string[] = [];
  let at = resolve(path);
  for (;;) {
    const real = await realpath(at).catch(() => null);
    if (real !== null) return join(real, ...rest.reverse());
    const up = dirname(at);
    if (up === at) return resolve(path);
    rest.push(basename(at));
    at = up;
  }
}

const NOTHING_WRITTEN = "nothing was written";

const refuse = (out: string, why: string, outcome = NOTHING_WRITTEN) =>
  new CliError(`--out ${out}: ${why}; ${outcome}`, 2);

/** Paths named in a message: quoted when a name could mislead (a comma, a control character). */
const shown = (path: string) => (/[\p{Cc},"]/u.test(path) ? JSON.stringify(path) : path);
/** Entries named in full in a refusal; the rest are counted. */
const NAMED = 10;

/**
 * Why an existing folder may not be replaced, or null when it may. A folder
 * that looks like a project never is; otherwise `--force` replaces it.
 */
async function whyNotReplace(dir: string, show: string, force: boolean): Promise<string | null> {
  const names = await readdir(dir);
  const project = PROJECT_ENTRIES.filter((n) => names.includes(n));
  if (project.length > 0) return `holds ${project.join(", ")}: it looks like a project, not a site`;
  if (names.length === 0 || force) return null;
  if (!names.includes(SITE_MARKER))
    return `exists, is not empty and was not written by this report (no ${SITE_MARKER} file); pass --force to replace it`;
  const listed = await readManifest(dir);
  if (listed === null)
    return `its ${SITE_MARKER} file does not list what the report wrote (an earlier version of the report wrote it), so files added since cannot be told from the report's: check that it holds nothing of yours, then pass --force once to replace it (later runs list what they write)`;
  const extra = await unlisted(dir, listed);
  if (extra.length === 0) return null;
  const shownOut = show.replace(/[\\/]+$/, "");
  const named = extra.slice(0, NAMED).map((p) => shown(`${shownOut}/${p}`));
  const more = extra.length > NAMED ? ` and ${extra.length - NAMED} more` : "";
  return `holds what the report did not write: ${named.join(", ")}${more}. Replacing the site would delete them: put those that belong in the site (CNAME, robots.txt) in public/, which every build copies in, and move the others out of ${show}; or pass --force to replace the folder, deleting them`;
}

/** The target's real path when it may be written; a CliError (exit 2) saying why when not. */
export async function checkTarget(request: OutputRequest): Promise<string> {
  const target = await realish(resolve(request.cwd, request.out));
  const show = request.out;
  if (parse(target).root === target) throw refuse(show, "is the root of the file system");
  for (const root of request.protectedRoots) {
    const real = await realish(root);
    if (target === real) throw refuse(show, "is the project folder");
    if (isInside(real, target)) throw refuse(show, "holds the project folder");
  }
  for (const path of request.exports) {
    const real = await realish(path);
    if (isSameOrInside(real, target)) throw refuse(show, `holds the exports (${path})`);
    if (isInside(target, real)) throw refuse(show, `is inside the exports (${path})`);
  }
  const info = await stat(target).catch(() => null);
  if (info && !info.isDirectory()) throw refuse(show, "exists and is not a folder");
  const why = info ? await whyNotReplace(target, show, request.force) : null;
  if (why !== null) throw refuse(show, why);
  return target;
}

const pidAlive = (pid: number) => {
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

/** `.<name>.<kind>-<pid>-<random>` beside the target: this run's staging and old-site folders. */
const sideName = (target: string, kind: "building" | "old") =>
  `.${basename(target)}.${kind}-${process.pid}-${randomBytes(6).toString("hex")}`;
const SIDE = /^\.(.+)\.(building|old)-(\d+)-[A-Za-z0-9]+$/;
/** The kind of a side folder name of this target, or null for any other name. */
const sideKind = (target: string, name: string) => {
  const m = SIDE.exec(name);
  return m && m[1] === basename(target) ? { kind: m[2], pid: Number(m[3]) } : null;
};

/** Tests only: awaited at a step of the swap, where a test kills the process. */
export const swapSteps: {
  at?: (step: "set-aside" | "removing-old", old: string) => Promise<void>;
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
        `--out ${show}: another report (process ${holder}) is writing this folder; run again when it has finished (lock ${lock})`,
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
    // Killed between the two renames of a swap: the previous site goes back.
    if (sideKind(target, name)?.kind === "old" && !existsSync(target)) await rename(path, target);
    else await rm(path, { recursive: true, force: true });
  }
  const names = await readdir(parent).catch(() => [] as string[]);
  return names.filter((n) => {
    const side = sideKind(target, n);
    return side !== null && side.pid !== process.pid;
  });
}

/** Removes `<root>/.cache/<prefix>-<pid>` folders whose process is gone. */
export async function removeStaleWorkFolders(cacheDir: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^(?:build|downloads|shards)-(\d+)$/.exec(name);
    if (m && !pidAlive(Number(m[1])))
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
    await mkdir(dirname(target), { recursive: true });
    const lock = join(dirname(target), `.${basename(target)}.lock`);
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
   * Swaps the staging folder in: the previous site is renamed aside, checked
   * once more (nothing added to it during the build), the new one renamed into
   * place, the previous one removed. Two renames on one disk: a crash between
   * them leaves the previous site beside the target, and the next run puts it
   * back; a crash while removing it leaves part of it, which the next run
   * removes. A CliError (exit 2) when something not the report's appeared in
   * the target meanwhile: the previous site stays, the new one is dropped.
   */
  async publish(): Promise<void> {
    await writeManifest(this.staging);
    const exists = await lstat(this.target).catch(() => null);
    const { out, force } = this.request;
    if (exists && !exists.isDirectory())
      throw refuse(out, "exists and is not a folder", `the new site was not published`);
    let old: string | undefined;
    if (exists) {
      const name = sideName(this.target, "old");
      await record(this.lock, name);
      old = join(dirname(this.target), name);
      await rename(this.target, old);
      restoring.set(old, this.target);
      await swapSteps.at?.("set-aside", old);
      const why = await whyNotReplace(old, out, force);
      if (why !== null) {
        await rename(old, this.target);
        restoring.delete(old);
        throw refuse(out, why, `the new site was not published and ${out} is as it was`);
      }
    }
    try {
      await rename(this.staging, this.target);
    } catch (error) {
      if (old) {
        await rename(old, this.target);
        restoring.delete(old);
      }
      throw error;
    }
    if (old) {
      restoring.delete(old);
      await swapSteps.at?.("removing-old", old);
      await rm(old, { recursive: true, force: true });
    }
    await this.release();
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

/** Adds a side folder to the lock's journal, before the folder is made. */
async function record(lock: string, name: string): Promise<void> {
  await appendFile(lock, `${name}\n`);
}
