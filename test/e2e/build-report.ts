/** Runs the real `npm run report` as a child process (Node 24 from node_modules/.bin via npm). */
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The child's environment without report overrides and Vitest's own switches.
 * Vitest's BASE_URL/MODE/DEV/PROD/SSR are deliberately kept: the report must
 * build under its --base even when the environment says otherwise (a bug once).
 */
const VITE_VARS = new Set(["NODE_ENV", "TEST"]);

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      k.startsWith("VITEST") ||
      k.startsWith("VITE_") ||
      k.startsWith("REPORT_") ||
      VITE_VARS.has(k)
    )
      continue;
    env[k] = v;
  }
  return env;
}

export function buildReport(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", "report", "--", ...args],
      { cwd: REPO, env: { ...cleanEnv(), ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Every file under a folder, as sorted paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Files whose bytes differ between two output folders, or that only one has. */
export function differingFiles(a: string, b: string): string[] {
  const left = listFiles(a);
  const right = listFiles(b);
  const all = [...new Set([...left, ...right])].sort();
  return all.filter((f) => {
    if (!left.includes(f) || !right.includes(f)) return true;
    return !readFileSync(join(a, f)).equals(readFileSync(join(b, f)));
  });
}
