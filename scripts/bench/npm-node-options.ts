/**
 * How an npm script runs its command (`"report": "NODE_COMPILE_CACHE=… node
 * --expose-gc --max-old-space-size=8192 scripts/report.ts"` → its environment
 * and its Node flags), so a bench stage runs a script exactly as `npm run
 * <name>` does.
 */
import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

export interface NpmCommand {
  /** Variables the script sets before `node`; paths as npm sees them, from the package root. */
  env: Record<string, string>;
  nodeOptions: string[];
}

export function npmCommand(name: string): NpmCommand {
  const words = (pkg.scripts[name] ?? "").split(/\s+/);
  const env: Record<string, string> = {};
  let at = 0;
  for (; at < words.length && /^[A-Z_]+=/.test(words[at] as string); at++) {
    const [key, value] = (words[at] as string).split(/=(.*)/) as [string, string];
    env[key] = value.includes("/") && !isAbsolute(value) ? join(root, value) : value;
  }
  if (words[at] !== "node") throw new Error(`npm script '${name}' does not run node`);
  return { env, nodeOptions: words.slice(at + 1).filter((w) => w.startsWith("--")) };
}
