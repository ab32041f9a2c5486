/**
 * The exit codes of `report`, `score` and `check` (the README's table): the
 * contract scripts and CI rely on.
 */
export const EXIT = {
  /** Everything loaded and scored (or, with --allow-invalid, written from the valid rows). */
  ok: 0,
  /** Data problems: every one printed, nothing written. */
  data: 1,
  /** Usage or configuration: a bad option, scheme or output folder. */
  usage: 2,
  /** An internal fault (a bug, or the machine: disk full, out of memory): EX_SOFTWARE. */
  internal: 70,
} as const;

/** `--debug` anywhere in the arguments, or DEBUG=1/true: the stack trace of an internal fault. */
export function debugRequested(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return argv.includes("--debug") || env.DEBUG === "1" || env.DEBUG === "true";
}

/** The arguments without `--debug`, which every command accepts and handles here. */
export const withoutDebug = (argv: readonly string[]) => argv.filter((a) => a !== "--debug");

/**
 * The lines an internal fault prints: one line naming the command and the
 * error, and the stack only when asked for.
 */
export function faultLines(command: string, error: unknown, debug: boolean): string[] {
  const err = error instanceof Error ? error : new Error(String(error));
  const first = (err.message.split("\n")[0] ?? "").trim() || err.name;
  const lines = [`${command}: internal error: ${first}`];
  if (debug) lines.push(err.stack ?? "");
  else lines.push(`${command}: run again with --debug (or DEBUG=1) for the stack trace`);
  return lines;
}
