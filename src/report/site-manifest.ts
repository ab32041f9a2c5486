/**
 * What the report wrote into its output folder (Node only): the folder's
 * marker file (`.kefu-kpi-report`) lists every folder (with a trailing `/`)
 * and file of the site it published. The next report replaces exactly those;
 * anything else in the folder (a CNAME, someone's notes, a folder of drafts)
 * is not the report's, and the report refuses to replace the folder rather
 * than delete it (see output-folder.ts).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { listTree } from "./list-tree.ts";

/** Written into every folder the report publishes: the list of what it wrote there. */
export const SITE_MARKER = ".kefu-kpi-report";

const WRITTEN_BY = "kefu-kpi-report (npm run report)";
const NOTE =
  "The next report replaces the paths listed here, and refuses to replace this folder while it holds anything else: put files that belong in the site (CNAME, robots.txt) in public/, which every build copies in, and keep others elsewhere.";

interface Manifest {
  writtenBy: string;
  note: string;
  /** Relative, `/`-separated, folders ending in `/`; sorted, so the same site gives the same file. */
  paths: string[];
}

/** Every entry under `dir` but the marker, as the manifest lists them. */
async function entries(dir: string): Promise<string[]> {
  return (await listTree(dir)).filter((path) => path !== SITE_MARKER);
}

/** Writes the marker of a finished site: the list of everything in it. */
export async function writeManifest(dir: string): Promise<void> {
  const paths = (await entries(dir)).sort();
  const manifest: Manifest = { writtenBy: WRITTEN_BY, note: NOTE, paths };
  await writeFile(join(dir, SITE_MARKER), `${JSON.stringify(manifest, null, 1)}\n`);
}

/**
 * The paths a folder's marker lists; null when it has no marker or one that
 * lists nothing (an earlier version's, a single sentence, or an edited one).
 */
export async function readManifest(dir: string): Promise<Set<string> | null> {
  const text = await readFile(join(dir, SITE_MARKER), "utf8").catch(() => null);
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as Partial<Manifest> | null;
    const paths = parsed?.paths;
    if (parsed?.writtenBy !== WRITTEN_BY || !Array.isArray(paths)) return null;
    return new Set(paths.filter((p): p is string => typeof p === "string"));
  } catch {
    return null;
  }
}

/**
 * What `dir` holds that `listed` does not name, sorted: a folder the report
 * did not write is named once (`drafts/`), not file by file; a file where the
 * report wrote a folder (or the reverse) counts as not the report's.
 */
export async function unlisted(dir: string, listed: ReadonlySet<string>): Promise<string[]> {
  const extra: string[] = [];
  for (const path of await entries(dir)) {
    const bare = path.endsWith("/") ? path.slice(0, -1) : path;
    const cut = bare.lastIndexOf("/");
    // Inside a folder that is itself not listed: that folder is named instead.
    if (cut >= 0 && !listed.has(`${bare.slice(0, cut)}/`)) continue;
    if (!listed.has(path)) extra.push(path);
  }
  return extra.sort();
}
