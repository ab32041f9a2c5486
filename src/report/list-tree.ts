/**
 * Everything under a folder (Node only), listed with several folders read at
 * once: a 3,000-agent site has ~16,000 folders, and `readdir`'s own recursive
 * listing reads them one after another (0.6–0.8 s per listing, paid twice at
 * the end of every report; 0.12–0.2 s this way).
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Folders read at once: above the file system's 4 threads, so each has the next one queued. */
const AT_ONCE = 16;

/**
 * The paths under `dir`, relative and `/`-separated, folders ending in `/`,
 * in no set order. A symbolic link is listed as a file, never followed (as
 * `readdir(dir, { recursive: true, withFileTypes: true })` lists it; without
 * `withFileTypes`, Node follows a link to a folder, so the page count once
 * counted a linked folder's pages twice and could loop on a cycle). Rejects
 * when `dir` or a folder under it cannot be read.
 */
export function listTree(dir: string): Promise<string[]> {
  const paths: string[] = [];
  const waiting: string[] = [""];
  let reading = 0;
  return new Promise((resolve, reject) => {
    let failed = false;
    const next = () => {
      while (!failed && reading < AT_ONCE && waiting.length > 0) {
        const folder = waiting.pop() as string;
        reading++;
        readdir(join(dir, folder), { withFileTypes: true }).then((found) => {
          for (const e of found) {
            const path = folder === "" ? e.name : `${folder}/${e.name}`;
            if (e.isDirectory()) {
              paths.push(`${path}/`);
              waiting.push(path);
            } else paths.push(path);
          }
          reading--;
          if (reading === 0 && waiting.length === 0) resolve(paths);
          else next();
        }, fail);
      }
    };
    const fail = (error: unknown) => {
      failed = true;
      reject(error);
    };
    next();
  });
}
