/** What commands do to the world, passed in so tests run them in memory. */
import { rename, writeFile } from "node:fs/promises";
import { type OutputPiece, writeChunks, writeChunksToFile } from "../output/write-chunks.ts";
import { CliError } from "./cli-error.ts";
import { debugRequested, EXIT, faultLines, withoutDebug } from "./exit-codes.ts";
import { helpText, isHelpCommand, wantsHelp } from "./help.ts";
import type { LoadEffects } from "./load-and-score.ts";

export interface CommandEffects extends LoadEffects {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  writeFile: (path: string, text: string) => Promise<void>;
  /** The environment (GITHUB_ACTIONS for annotations); none in tests that do not say. */
  env?: Readonly<Record<string, string | undefined>>;
  /** An output produced in pieces, written as produced: to `path`, or to stdout without one. */
  writeOutput: (chunks: Iterable<OutputPiece>, path: string | undefined) => Promise<void>;
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
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    writeFile: async (path, text) => {
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, text);
      await rename(tmp, path);
    },
    writeOutput: (chunks, path) =>
      path === undefined ? toStdout(chunks) : writeChunksToFile(path, chunks),
  };
}

/**
 * The output on stdout (a file, pipe or terminal: done with a block when its
 * write callback runs). A reader that stops early (`| head`) closes the pipe:
 * the command stops writing and ends as it would have, not with an error.
 */
async function toStdout(chunks: Iterable<OutputPiece>): Promise<void> {
  let closed = false;
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") closed = true;
  };
  process.stdout.on("error", onError);
  try {
    await writeChunks(process.stdout, chunks, true);
  } catch (e) {
    if (!closed && (e as NodeJS.ErrnoException).code !== "EPIPE") throw e;
  } finally {
    if (!closed) process.stdout.off("error", onError);
  }
}

/**
 * Runs a command and exits with its code: a CliError's message goes to stderr
 * with its code (2); any other error is an internal fault (EXIT.internal) with
 * a one-line message, the stack only under --debug or DEBUG=1.
 */
export async function runMain(
  name: string,
  command: (argv: string[], effects: CommandEffects) => Promise<number>,
): Promise<never> {
  const effects = processEffects();
  const argv = process.argv.slice(2);
  if (wantsHelp(argv) && isHelpCommand(name)) {
    effects.stdout(helpText(name));
    process.exitCode = EXIT.ok;
  } else {
    try {
      process.exitCode = await command(withoutDebug(argv), effects);
    } catch (err) {
      if (err instanceof CliError) {
        effects.stderr(`${err.message}\n`);
        process.exitCode = err.exitCode;
      } else {
        for (const line of faultLines(name, err, debugRequested(argv, process.env)))
          effects.stderr(`${line}\n`);
        process.exitCode = EXIT.internal;
      }
    }
  }
  // Exiting at once would cut output still queued for a pipe (`npm run -s score | jq` got 64 KB).
  // A stream that itself failed (the fault above) is not waited for: the exit code stands.
  await Promise.all(
    [process.stdout, process.stderr].map(
      (s) =>
        new Promise<void>((r) => {
          try {
            s.write("", () => r());
          } catch {
            r();
          }
        }),
    ),
  );
  process.exit();
}
