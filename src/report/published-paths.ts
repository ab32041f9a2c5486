/**
 * Paths as published: never where the project lives on this machine. A path
 * inside the project is written relative to it (as the CLI already names
 * files); one inside an exports folder given with `--data` outside the
 * project as that folder's name and the rest; anything else by its file name.
 */
import { basename, isAbsolute, join, relative, sep } from "node:path";

export interface PublishedPaths {
  /** A file path for a published field. */
  path: (p: string) => string;
  /** Free text with every absolute folder it names replaced the same way. */
  text: (s: string) => string;
}

/** `project` and `data` are absolute folders. */
export function publishedPaths(project: string, data: readonly string[]): PublishedPaths {
  const inside = (dir: string, p: string): string | null => {
    const r = relative(dir, p);
    return r !== "" && !r.startsWith("..") && !isAbsolute(r) ? r : null;
  };
  const path = (p: string): string => {
    if (!isAbsolute(p)) return p;
    if (p === project) return ".";
    const own = inside(project, p);
    if (own !== null) return own;
    for (const d of data) {
      if (p === d) return basename(d);
      const r = inside(d, p);
      if (r !== null) return join(basename(d), r);
    }
    return basename(p);
  };
  // Longest first, so a data folder inside another folder is replaced as a whole.
  const folders = [...new Set([project, ...data])]
    .filter((f) => f.length > 1)
    .sort((a, b) => b.length - a.length);
  const text = (s: string): string => {
    let out = s;
    for (const f of folders) {
      if (!out.includes(f)) continue;
      const shown = f === project ? "." : path(f);
      // A path under the folder loses the folder and its separator; the folder alone becomes `shown`.
      out = out
        .replaceAll(`${f}${sep}`, f === project ? "" : `${shown}${sep}`)
        .replaceAll(f, shown);
    }
    return out;
  };
  return { path, text };
}
