/**
 * What a page's scripts cost over the wire: every module script the page's
 * HTML loads, and every module those import (Vite splits shared code into
 * chunks), each counted once, gzipped.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const gzipBytes = (bytes: Uint8Array | string) => gzipSync(bytes, { level: 9 }).length;

/** The site-root-relative paths of a page's module scripts and their static imports. */
export function pageScripts(siteDir: string, pageFile: string): string[] {
  const html = readFileSync(join(siteDir, pageFile), "utf8");
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+\.js)"/g)].map((m) => m[1] ?? "");
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(siteDir, file), "utf8");
    for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
      const spec = m[1] ?? "";
      const path = spec.startsWith("/")
        ? spec.slice(1)
        : resolve("/", dirname(file), spec).slice(1);
      queue.push(path);
    }
  }
  return [...seen].sort();
}

export function scriptGzipBytes(siteDir: string, pageFile: string): number {
  return pageScripts(siteDir, pageFile).reduce(
    (n, f) => n + gzipBytes(readFileSync(join(siteDir, f))),
    0,
  );
}
