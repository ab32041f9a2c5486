/**
 * Which folders `report --out` may write at all (Node only): never the file
 * system's root, the project or the exports, nor a folder holding what the
 * report did not write (see site-manifest.ts) unless `--force` says so.
 */
import { lstat, readdir, readlink, stat } from "node:fs/promises";
import { basename, parse, resolve } from "node:path";
import { CliError } from "../cli/cli-error.ts";
import { isInside, isSameOrInside, realish } from "../output/real-paths.ts";
import { whyNeverForced } from "./never-replace.ts";
import { readManifest, SITE_MARKER, unlisted } from "./site-manifest.ts";

/** Folders whose presence inside a target means it is a project, not a site. */
const PROJECT_ENTRIES = ["data", "src", ".git"];

export interface OutputRequest {
  /** The working directory `--out` is relative to. */
  cwd: string;
  /** The project folder (data/, src/) and every export path, absolute. */
  protectedRoots: readonly string[];
  exports: readonly string[];
  /** The project's own folders (src, node_modules, public…): never an output, nor inside one. */
  projectFolders?: readonly string[];
  out: string;
  force: boolean;
  /** The user's home folder: never replaced, nor a folder above it. */
  home?: string | undefined;
}

const NOTHING_WRITTEN = "nothing was written";

export const refuse = (out: string, why: string, outcome = NOTHING_WRITTEN) =>
  new CliError(`--out ${out}: ${why}; ${outcome}`, 2);

/** Paths named in a message: quoted when a name could mislead (a comma, a control character). */
const shown = (path: string) => (/[\p{Cc},"]/u.test(path) ? JSON.stringify(path) : path);
/** Entries named in full in a refusal; the rest are counted. */
const NAMED = 10;

/**
 * Why an existing folder may not be replaced, or null when it may. A folder
 * that looks like a project never is; otherwise `--force` replaces it, but
 * not a home folder, a top-level one or one with a repository inside.
 */
export async function whyNotReplace(
  dir: string,
  show: string,
  force: boolean,
): Promise<string | null> {
  const names = await readdir(dir);
  const project = PROJECT_ENTRIES.filter((n) => names.includes(n));
  if (project.length > 0) return `holds ${project.join(", ")}: ${projectAdvice(names)}`;
  if (names.length === 0) return null;
  const why = await whyNotOwn(dir, show, names);
  // The report's own site needs no --force, and is replaced wherever it was written.
  if (why === null || !force) return why;
  const never = await whyNeverForced(dir);
  return never === null ? null : `${never}; it is not replaced, not even with --force`;
}

/** Why a non-empty folder is not (only) the report's site, or null when it is. */
async function whyNotOwn(
  dir: string,
  show: string,
  names: readonly string[],
): Promise<string | null> {
  if (!names.includes(SITE_MARKER))
    return `exists, is not empty and was not written by this report (no ${SITE_MARKER} file); pass --force to replace it (what it holds is kept beside it, as ${keptAs(show)})`;
  const listed = await readManifest(dir);
  if (listed === null)
    return `its ${SITE_MARKER} file does not list what the report wrote (an earlier version of the report wrote it), so files added since cannot be told from the report's: pass --force once to replace it (what it holds is kept beside it, as ${keptAs(show)}; later runs list what they write)`;
  const extra = await unlisted(dir, listed);
  if (extra.length === 0) return null;
  const shownOut = show.replace(/[\\/]+$/, "");
  const named = extra.slice(0, NAMED).map((p) => shown(`${shownOut}/${p}`));
  const more = extra.length > NAMED ? ` and ${extra.length - NAMED} more` : "";
  return `holds what the report did not write: ${named.join(", ")}${more}. Replacing the site would delete them: put those that belong in the site (CNAME, robots.txt) in public/, which every build copies in, and move the others out of ${show}; or pass --force to replace the folder (what it holds is kept beside it, as ${keptAs(show)})`;
}

/** How a folder --force replaces is named where it is kept (see output-folder.ts). */
const keptAs = (show: string) =>
  `${basename(show.replace(/[\\/]+$/, "")) || show}.replaced-<time>-<pid>`;

/** What to do with a folder holding data/, src/ or .git: a gh-pages checkout is the usual one. */
function projectAdvice(names: readonly string[]): string {
  if (names.includes(".git") && !names.includes("src") && !names.includes("data"))
    return "a git checkout (a gh-pages branch?) is never replaced, as that would delete its history; build into a folder of its own (--out dist) and copy that into the checkout (rsync -a --delete --exclude=.git dist/ CHECKOUT/), then commit; an empty public/.nojekyll keeps a branch-built Pages site from dropping _astro/";
  return "it looks like a project, not a site";
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
  const guarded = [
    ...request.exports.map((path) => ({ path, what: "the exports" })),
    ...(request.projectFolders ?? []).map((path) => ({ path, what: "the project's own folder" })),
  ];
  for (const { path, what } of guarded) {
    const real = await realish(path);
    if (isSameOrInside(real, target))
      throw refuse(show, `${real === target ? "is" : "holds"} ${what} (${path})`);
    if (isInside(target, real)) throw refuse(show, `is inside ${what} (${path})`);
  }
  // A link still here after realish resolved what it could leads nowhere: found at the swap,
  // after the whole build, it was refused then.
  const link = await lstat(target).catch(() => null);
  if (link?.isSymbolicLink())
    throw refuse(
      show,
      `is a link to ${await readlink(target)}, which does not exist: make that folder (mkdir -p), or give --out the folder itself`,
    );
  const info = await stat(target).catch(() => null);
  if (info && !info.isDirectory()) throw refuse(show, "exists and is not a folder");
  const home = request.home === undefined ? undefined : await realish(request.home);
  if (home !== undefined && isSameOrInside(home, target))
    throw refuse(show, target === home ? "is your home folder" : "holds your home folder");
  const why = info ? await whyNotReplace(target, show, request.force) : null;
  if (why !== null) throw refuse(show, why);
  return target;
}
