/**
 * What a person at a terminal sees while the report runs: a live spinner
 * line per stage. In CI or with --quiet: one plain line per stage, no
 * escape codes. Everything goes to standard error; stdout stays clean.
 */
import ora, { type Ora } from "ora";

export interface Progress {
  stage(text: string): void;
  update(text: string): void;
  done(text: string): void;
  fail(text: string): void;
  info(text: string): void;
}

export function plainProgress(write: (line: string) => void): Progress {
  return {
    stage: (text) => write(`${text}…`),
    update: () => {},
    done: (text) => write(`✓ ${text}`),
    fail: (text) => write(`✗ ${text}`),
    info: (text) => write(text),
  };
}

export function terminalProgress(stream: NodeJS.WriteStream): Progress {
  let spinner: Ora | undefined;
  return {
    stage(text) {
      spinner = ora({ text, stream }).start();
    },
    update(text) {
      if (spinner) spinner.text = text;
    },
    done(text) {
      spinner ? spinner.succeed(text) : stream.write(`✓ ${text}\n`);
      spinner = undefined;
    },
    fail(text) {
      spinner ? spinner.fail(text) : stream.write(`✗ ${text}\n`);
      spinner = undefined;
    },
    info(text) {
      spinner?.stop();
      stream.write(`${text}\n`);
      spinner?.start();
    },
  };
}

export function chooseProgress(
  quiet: boolean,
  stream: NodeJS.WriteStream = process.stderr,
): Progress {
  return quiet || !stream.isTTY
    ? plainProgress((line) => stream.write(`${line}\n`))
    : terminalProgress(stream);
}
