/**
 * Built sites and floor projects are deleted once every build is timed, not
 * before the next: ext4 skips inodes freed in the last minutes when it
 * allocates new ones (`recently_deleted`), so a build that follows the
 * deletion of a site's ~25,000 files pays several seconds of system time for
 * it (perf: 7 % of the report's samples), and one that follows none does not.
 * Deleting right before ours and not before the floor made the ratios
 * depend on the order of the steps.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";

/** Folders a bench builds into, set aside as it goes and deleted at its end. */
export class SetAside {
  private readonly moved: string[] = [];
  private count = 0;

  private readonly trash: string;

  constructor(trash: string) {
    this.trash = trash;
  }

  /** Moves `path`, if it exists, into the trash (a rename on the same disk). */
  async move(path: string): Promise<void> {
    if (!existsSync(path)) return;
    await mkdir(this.trash, { recursive: true });
    const to = join(this.trash, `${this.count++}-${process.pid}`);
    await rename(path, to);
    this.moved.push(to);
  }

  /** A folder name under `parent` not used before in this bench, deleted with the trash. */
  fresh(parent: string, name: string): string {
    const path = join(parent, `${name}-${this.count++}`);
    this.moved.push(path);
    return path;
  }

  /** Deletes everything set aside, and floor projects earlier benches left (not a running one's). */
  async empty(cache: string): Promise<void> {
    const left = (await readdir(cache).catch(() => [] as string[]))
      .filter((n) => {
        const pid = Number(/^astro-floor-(\d+)/.exec(n)?.[1]);
        return Number.isInteger(pid) && (pid === process.pid || !running(pid));
      })
      .map((n) => join(cache, n));
    for (const path of [...this.moved, ...left]) await rm(path, { recursive: true, force: true });
    await rm(this.trash, { recursive: true, force: true });
  }
}

/** A process with this id exists (signal 0 only asks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
