/** Moving built files into place (Node only): renames, not copies, as the folders share a disk. */
import { cp, readdir, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import pMap from "p-map";

/** Entries of one folder moved at once: a site has thousands, each a round trip to the file system. */
const AT_ONCE = 8;

/** Moves what `from` has and `to` lacks, folder by folder; what `to` already has stays. */
export async function moveMissing(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { withFileTypes: true }).catch(() => []);
  await pMap(
    entries,
    async (entry) => {
      const source = join(from, entry.name);
      const target = join(to, entry.name);
      const there = await stat(target).catch(() => null);
      if (!there) await rename(source, target);
      else if (entry.isDirectory() && there.isDirectory()) await moveMissing(source, target);
    },
    { concurrency: AT_ONCE },
  );
}

/** The built site into the staging folder: renamed on the same disk (no copy of every page), copied across disks. */
export async function moveInto(from: string, to: string): Promise<void> {
  try {
    await moveMissing(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await cp(from, to, { recursive: true });
  }
}
