/**
 * The exports walk (Node only): which files under the given paths are read
 * (CSV/TSV/TXT and spreadsheets), which are listed as not read and why, and
 * the problems met on the way. Symlinks are followed once, by real path, so a
 * loop is one warning; FIFOs, sockets and unreadable folders are problems,
 * never crashes.
 */
import type { Stats } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { basename, extname, join, sep } from "node:path";
import type { ProblemReason, UnreadReason } from "../reasons/reason.ts";
import { SPREADSHEET_FILE } from "./parse-file.ts";
import { type Problem, problemOf, type UnreadFile, unreadFile } from "./problems.ts";

const CSV_FILE = /\.(csv|tsv|txt)$/i;

export interface ExportListing {
  /** Files to read, sorted for a stable order. */
  files: string[];
  /** Files named on the command line itself (not found in a folder): `--month` may give their period. */
  direct: Set<string>;
  /** Files under the folders that are not read, and why. */
  unread: UnreadFile[];
  problems: Problem[];
}

/** A browser's file for a download under way or cut off (Chrome/Edge, Firefox, Safari, Opera). */
const PARTIAL_DOWNLOAD = /\.(crdownload|part|partial|download|opdownload)$/i;
/** Archives the platforms download (生意参谋 and others zip their exports): not opened. */
const ARCHIVE = /\.(zip|rar|7z)$/i;

/** Why a file found in a folder is not read, or null when it is an export. */
function unreadReason(name: string): UnreadReason | null {
  if (name.startsWith("~$")) return { code: "lock-file" };
  if (name.startsWith(".")) return { code: "hidden-file" };
  if (CSV_FILE.test(name) || SPREADSHEET_FILE.test(name)) return null;
  // Each with what to do: a month inside one of these is otherwise missed without a word of why.
  if (PARTIAL_DOWNLOAD.test(name)) return { code: "partial-download", ext: extname(name) };
  if (ARCHIVE.test(name)) return { code: "archive", ext: extname(name) };
  if (/\.tmp$/i.test(name)) return { code: "temp-file" };
  return { code: "not-an-export", ext: extname(name) };
}

/** What a directory entry is, for a problem line (sockets, FIFOs, devices are never read). */
function kindOf(info: Stats): Extract<ProblemReason, { code: "not-regular" }>["kind"] {
  if (info.isFIFO()) return "fifo";
  if (info.isSocket()) return "socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  return "other";
}

const reasonOf = (error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  if (code === "ENOENT") return "no such file or folder";
  return code ?? String(error);
};

/**
 * Files under each path (a file is taken as given), and the files that are
 * not read with why. Symbolic links are followed once: every folder and file
 * is visited by its real path at most once, so a link back up the tree (a
 * loop) or a second link to the same file is reported once, as a warning, and
 * not read again. FIFOs, sockets, devices, broken links and unreadable folders
 * are listed problems (a pipe is never opened: reading it would wait forever).
 */
export async function listExportFiles(paths: readonly string[]): Promise<ExportListing> {
  const listing: ExportListing = { files: [], direct: new Set(), unread: [], problems: [] };
  const seen = new Map<string, string>();
  const problem = (severity: Problem["severity"], file: string, why: ProblemReason) =>
    listing.problems.push(problemOf(severity, file, why));
  const unreadable = (what: "path" | "folder" | "link", error: unknown): ProblemReason => ({
    code: "unreadable",
    what,
    detail: reasonOf(error),
  });
  async function walk(path: string, top: boolean): Promise<void> {
    const link = await lstat(path).catch((error: unknown) => error as Error);
    if (link instanceof Error) {
      problem("error", path, unreadable("path", link));
      return;
    }
    const real = await realpath(path).catch((error: unknown) => error as Error);
    const info = real instanceof Error ? real : await stat(real).catch((e: unknown) => e as Error);
    if (real instanceof Error || info instanceof Error) {
      const error = real instanceof Error ? real : info;
      problem(
        top ? "error" : "warning",
        path,
        unreadable(link.isSymbolicLink() ? "link" : "path", error),
      );
      return;
    }
    if (!info.isFile() && !info.isDirectory()) {
      problem(top ? "error" : "warning", path, { code: "not-regular", kind: kindOf(info) });
      return;
    }
    const why = info.isFile() && !top ? unreadReason(basename(path)) : null;
    if (why !== null) {
      listing.unread.push(unreadFile(path, why));
      return;
    }
    const first = seen.get(real);
    if (first !== undefined) {
      if (info.isDirectory() && path.startsWith(`${first}${sep}`))
        problem("warning", path, { code: "link-loop", first });
      else
        problem("warning", path, {
          code: "same-path",
          kind: info.isDirectory() ? "folder" : "file",
          first,
        });
      return;
    }
    seen.set(real, path);
    if (info.isFile()) {
      listing.files.push(path);
      if (top) listing.direct.add(path);
      return;
    }
    const names = await readdir(path).catch((error: unknown) => error as Error);
    if (names instanceof Error) {
      problem("error", path, unreadable("folder", names));
      return;
    }
    for (const name of names.sort(originalsFirst)) {
      if (name.startsWith(".")) {
        const hidden = join(path, name);
        const isDir = (await stat(hidden).catch(() => null))?.isDirectory() ?? false;
        listing.unread.push(unreadFile(hidden, { code: isDir ? "hidden-folder" : "hidden-file" }));
        continue;
      }
      await walk(join(path, name), false);
    }
  }
  for (const path of paths) await walk(path, true);
  return listing;
}

/** A browser's or Explorer's copy of a download: `接待数据 (1).csv`, `接待数据 - 副本.csv`. */
const COPY = /^(.*?)(?:\s*\((\d+)\)|\s*-\s*副本(?:\s*\((\d+)\))?|\s*副本)(\.[^.]*)?$/;

function copyOf(name: string): { base: string; copy: number } {
  const m = COPY.exec(name);
  if (!m || m[1] === "") return { base: name, copy: 0 };
  return { base: `${m[1]}${m[4] ?? ""}`, copy: 1 + Number(m[2] ?? m[3] ?? 0) };
}

/**
 * Name order, but a copy after its original (plain sorting puts `a (1).csv`
 * before `a.csv`): the day both give is rejected in the copy, and the message
 * names the original as the place it was first given.
 */
function originalsFirst(a: string, b: string): number {
  const x = copyOf(a);
  const y = copyOf(b);
  if (x.base !== y.base) return x.base < y.base ? -1 : 1;
  return x.copy - y.copy || (a < b ? -1 : a > b ? 1 : 0);
}
