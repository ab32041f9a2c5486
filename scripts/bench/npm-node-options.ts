/**
 * The Node flags an npm script gives its command (`"report": "node
 * --import=./scripts/compile-cache.mjs --expose-gc scripts/report.ts"` → its
 * flags, a preload's path made absolute), so a bench stage runs a script
 * exactly as `npm run <name>` does, from whatever folder.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

export function npmNodeOptions(name: string): string[] {
  const words = (pkg.scripts[name] ?? "").split(/\s+/);
  if (words[0] !== "node") throw new Error(`npm script '${name}' does not start with node`);
  return (
    words
      .slice(1)
      .filter((w) => w.startsWith("--"))
      // A preload named from the package root, where npm runs scripts.
      .map((w) =>
        w.replace(/^--import=(\.\.?\/.*)$/, (_, path: string) => `--import=${join(root, path)}`),
      )
  );
}
