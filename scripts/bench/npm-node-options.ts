/**
 * The Node options an npm script gives its command (`"report": "node
 * --expose-gc --max-old-space-size=8192 --max-semi-space-size=4 scripts/report.ts"` → its flags),
 * so a bench stage runs a script exactly as `npm run <name>` does.
 */
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  scripts: Record<string, string>;
};

export function npmNodeOptions(name: string): string[] {
  const words = (pkg.scripts[name] ?? "").split(/\s+/);
  if (words[0] !== "node") throw new Error(`npm script '${name}' does not start with node`);
  return words.slice(1).filter((w) => w.startsWith("--"));
}
