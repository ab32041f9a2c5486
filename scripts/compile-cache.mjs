/**
 * Preloaded by the npm scripts (`node --import=./scripts/compile-cache.mjs …`):
 * Node's on-disk compile cache for every module of the run, so the TypeScript
 * is stripped and compiled once, not on every run, and the stripper itself is
 * never loaded (~20 MB and ~0.1 s per thread). Plain JavaScript because it runs
 * before the cache is on. Worker threads and child processes inherit it
 * through NODE_COMPILE_CACHE; a directory set there already is used as is.
 */
import { enableCompileCache } from "node:module";
import { fileURLToPath } from "node:url";

const dir =
  process.env.NODE_COMPILE_CACHE ??
  fileURLToPath(new URL("../node_modules/.cache/node-compile/", import.meta.url));
const { directory } = enableCompileCache(dir);
if (directory) process.env.NODE_COMPILE_CACHE = directory;
