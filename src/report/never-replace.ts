/**
 * Folders `report --out … --force` must not take over (Node only). `--force`
 * replaces a folder the report did not write, and a mistyped `--out ~` or
 * `--out /srv` with it once swapped a whole home folder (toolchains, keys,
 * checkouts) for the site. So, even with `--force`: never a folder directly
 * under the file system's root, and never one holding a repository, a home
 * folder's files or installed packages anywhere inside (no site holds these).
 */
import { readdir } from "node:fs/promises";
import { dirname, join, parse, relative, sep } from "node:path";

/** Names no site holds: a repository, a home folder's keys and shell files, installed packages. */
const NEVER_IN_A_SITE = new Set([
  ".git",
  ".hg",
  ".svn",
  ".ssh",
  ".gnupg",
  ".bashrc",
  ".profile",
  ".zshrc",
  "node_modules",
]);

/** Entries looked at before giving up the search (a site of 26,000 pages has ~60,000). */
const LOOK_AT_MOST = 500_000;

/**
 * Why `dir`'s content is no site: the first path inside it (relative) no site holds, or its
 * size; null when it may be one. Symbolic links are not followed.
 */
async function foreignEntry(dir: string, limit: number): Promise<string | null> {
  const queue = [dir];
  let seen = 0;
  // An index, not shift(): a large site has tens of thousands of folders.
  for (let next = 0; next < queue.length; next++) {
    const at = queue[next] as string;
    const entries = await readdir(at, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (NEVER_IN_A_SITE.has(e.name))
        return `holds ${relative(dir, join(at, e.name)).split(sep).join("/")}, which no site holds (a repository, a home folder or an installed project inside)`;
      if (e.isDirectory()) queue.push(join(at, e.name));
    }
    seen += entries.length;
    if (seen > limit)
      return `holds more than ${limit.toLocaleString("en")} files and folders, far more than a site`;
  }
  return null;
}

/**
 * Why `--force` may not replace `dir` (a real path), or null when it may.
 * The home folder is refused earlier, forced or not (output-target.ts).
 */
export async function whyNeverForced(dir: string, limit = LOOK_AT_MOST): Promise<string | null> {
  if (parse(dir).root === dirname(dir))
    return "is a top-level folder of the file system: a site goes in a folder of its own inside it";
  return foreignEntry(dir, limit);
}
