/**
 * The output folder of `report --out` (Node only): which folders may be
 * written at all, a lock against a second run into the same folder, and an
 * atomic publish. The site is built in a fresh folder beside the target
 * (`.<name>.building-<pid>-…`) and renamed into place only once complete; the
 * previous site is renamed aside first and removed after the swap. A folder
 * the report wrote carries a marker file, so an existing folder without it
 * (someone else's files) is never replaced unless `--force` says so.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import {
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { basename, dirname, join, parse, relative, resolve, sep } from "node:path";
import { CliError } from "../cli/cli-error.ts";

/** Written into every folder the report creates; its presence means "ours to replace". */
export const SITE_MARKER = ".kefu-kpi-report";
const MARKER_TEXT =
  "This folder was written by kefu-kpi-report (npm run report); the next report replaces it.\n";

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

const refuse = (out: string, why: string) =>
  new CliError(`--out ${out}: ${why}; nothing was written`, 2);

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
  if (info) {
    const names = await readdir(target);
    const project = PROJECT_ENTRIES.filter((n) => names.includes(n));
    if (project.length > 0)
      throw refuse(show, `holds ${project.join(", ")}: it looks like a project, not a site`);
    if (names.length > 0 && !names.includes(SITE_MARKER) && !request.force)
      throw refuse(
        show,
        `exists, is not empty and was not written by this report (no ${SITE_MARKER} file); pass --force to replace it`,
      );
  }
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
const sideName = (target: string, kind: string) =>
  join(dirname(target), `.${basename(target)}.${kind}-${process.pid}-`);
const SIDE = /^\.(.+)\.(building|old)-(\d+)-[A-Za-z0-9]+$/;

/** Removes (or, for a lost previous site, restores) what a dead run left beside the target. */
async function recoverStale(target: string): Promise<void> {
  const parent = dirname(target);
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    const m = SIDE.exec(name);
    if (!m || m[1] !== basename(target) || pidAlive(Number(m[3]))) continue;
    const path = join(parent, name);
    if (!existsSync(join(path, SITE_MARKER))) continue;
    // Killed between the two renames of a swap: the previous site goes back.
    if (m[2] === "old" && !existsSync(target)) await rename(path, target);
    else await rm(path, { recursive: true, force: true });
  }
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

async function takeLock(lock: string, show: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number((await readFile(lock, "utf8").catch(() => "")).trim());
    if (pidAlive(holder))
      throw new CliError(
        `--out ${show}: another report (process ${holder}) is writing this folder; run again when it has finished (lock ${lock})`,
        2,
      );
    // The holder died without removing it (SIGKILL): the lock is stale.
    await rm(lock, { force: true });
  }
  throw new CliError(`--out ${show}: could not take the lock ${lock}`, 2);
}

export class OutputFolder {
  private released = false;
  private readonly unregister: (() => void)[] = [];

  /** The folder the site ends up in (real path). */
  readonly target: string;
  /** The fresh folder the new site is written into. */
  readonly staging: string;
  private readonly lock: string;

  private constructor(target: string, staging: string, lock: string) {
    this.target = target;
    this.staging = staging;
    this.lock = lock;
  }

  /** Checks the target, takes its lock and creates the staging folder; CliError (exit 2) when unsafe. */
  static async claim(request: OutputRequest): Promise<OutputFolder> {
    const target = await checkTarget(request);
    await mkdir(dirname(target), { recursive: true });
    const lock = join(dirname(target), `.${basename(target)}.lock`);
    await takeLock(lock, request.out);
    const releaseLock = removeOnInterrupt(lock);
    try {
      await recoverStale(target);
      const staging = await mkdtemp(sideName(target, "building"));
      const folder = new OutputFolder(target, staging, lock);
      folder.unregister.push(releaseLock, removeOnInterrupt(staging));
      await writeMarker(staging);
      return folder;
    } catch (error) {
      await rm(lock, { force: true });
      releaseLock();
      throw error;
    }
  }

  /**
   * Swaps the staging folder in: the previous site is renamed aside, the new
   * one renamed into place, the previous one removed. Two renames on one disk:
   * a crash between them leaves the previous site beside the target, and the
   * next run puts it back.
   */
  async publish(): Promise<void> {
    await writeMarker(this.staging);
    const exists = await stat(this.target).catch(() => null);
    let old: string | undefined;
    if (exists) {
      old = `${sideName(this.target, "old")}${Math.random().toString(36).slice(2, 10)}`;
      await rename(this.target, old);
      restoring.set(old, this.target);
    }
    try {
      await rename(this.staging, this.target);
    } catch (error) {
      if (old) await rename(old, this.target);
      throw error;
    }
    if (old) {
      restoring.delete(old);
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

async function writeMarker(dir: string): Promise<void> {
  await writeFile(join(dir, SITE_MARKER), MARKER_TEXT);
}
