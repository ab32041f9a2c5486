/** What commands do to the world, passed in so tests run them in memory. */
import { rename, writeFile } from "node:fs/promises";
import { writeChunks, writeChunksToFile } from "../output/write-chunks.ts";
import type { LoadEffects } from "./load-and-score.ts";

export interface CommandEffects extends LoadEffects {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  writeFile: (path: string, text: string) => Promise<void>;
  /** An output produced in pieces, written as produced: to `path`, or to stdout without one. */
  writeOutput: (chunks: Iterable<string>, path: string | undefined) => Promise<void>;
}

/**
 * Today's date where the command runs (`YYYY-MM-DD`, local time): exports are
 * dated in the shop's time zone, so before 08:00 in China the UTC date would
 * still be yesterday and today's rows would read as "in the future".
 */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The real process: stdout/stderr, atomic file writes (temp file, then rename). */
export function processEffects(): CommandEffects {
  return {
    root: process.cwd(),
    today: localToday(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    writeFile: async (path, text) => {
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, text);
      await rename(tmp, path);
    },
    writeOutput: (chunks, path) =>
      path === undefined ? writeChunks(process.stdout, chunks) : writeChunksToFile(path, chunks),
  };
}

/** Runs a command and exits with its code; a CliError's message goes to stderr. */
export async function runMain(
  command: (argv: string[], effects: CommandEffects) => Promise<number>,
): Promise<never> {
  const effects = processEffects();
  try {
    process.exitCode = await command(process.argv.slice(2), effects);
  } catch (err) {
    const code = (err as { exitCode?: number }).exitCode;
    effects.stderr(`${(err as Error).message}\n`);
    process.exitCode = code ?? 70;
    if (code === undefined) effects.stderr(`${(err as Error).stack ?? ""}\n`);
  }
  process.exit();
}
