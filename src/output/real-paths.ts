/**
 * Where a path really is, for the guards on what a command may write (Node
 * only): `report --out` (report/output-target.ts) and `score --out`
 * (cli/score-out.ts) both compare real paths, links resolved, so that a link
 * into the exports or a home folder is seen for what it is.
 */
import { realpath } from "node:fs/promises";
import { basename, dirname, join, parse, relative, resolve, sep } from "node:path";

/** `child` is strictly inside `parent` (both absolute). */
export const isInside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !parse(rel).root;
};

export const isSameOrInside = (child: string, parent: string): boolean =>
  child === parent || isInside(child, parent);

/** The real path of a path that may not exist yet: its nearest existing ancestor resolved. */
export async function realish(path: string): Promise<string> {
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
