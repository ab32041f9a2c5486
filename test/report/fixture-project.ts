/**
 * A tiny report project in a temp folder: the sample's config, schemes and
 * roster, and the first rows of two months of the sample's exports, so the
 * pipeline runs for real on a few dozen rows.
 */

import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tempDir } from "../support/temp-dir.ts";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
const SAMPLE = join(REPO, "data");

export const EXPORTS = [
  "exports/2026-09/售前-客服绩效-2026-09.csv",
  "exports/2026-10/售前-客服绩效-2026-10.csv",
  "exports/2026-10/售后-客服绩效-2026-10.csv",
] as const;

/** The sample file's first `rows` lines after the header (BOM and line ends kept). */
export function sampleHead(file: string, rows: number): string {
  const text = readFileSync(join(SAMPLE, file), "utf8");
  return `${text
    .split("\n")
    .slice(0, rows + 1)
    .join("\n")}\n`;
}

export function fixtureProject(
  edit: (file: string, text: string) => string = (_f, t) => t,
): string {
  const root = tempDir("kpi-report");
  mkdirSync(join(root, "data"));
  cpSync(join(SAMPLE, "config.yaml"), join(root, "data/config.yaml"));
  cpSync(join(SAMPLE, "roster.csv"), join(root, "data/roster.csv"));
  cpSync(join(SAMPLE, "schemes"), join(root, "data/schemes"), { recursive: true });
  for (const file of EXPORTS) {
    const target = join(root, "data", file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, edit(file, sampleHead(file, 40)));
  }
  return root;
}

/** Every agent name a pseudonymised report must hide: export names and roster display names. */
export function rosterNames(): string[] {
  const lines = readFileSync(join(SAMPLE, "roster.csv"), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  return lines
    .slice(1)
    .flatMap((line) => line.split(",").slice(0, 2))
    .filter((n) => n !== "");
}
