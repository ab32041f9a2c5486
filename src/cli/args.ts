/** Options shared by `score`, `check` (and `report`), parsed with node:util parseArgs. */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CliError } from "./cli-error.ts";

export interface CommonOptions {
  data: string[];
  scheme?: string;
  month?: string;
  /** `xlsx`: score only, into --out (a workbook is no text for a terminal or a pipe). */
  format: "json" | "csv" | "xlsx";
  out?: string;
  allowInvalid: boolean;
  /** The folder whose data/ holds config.yaml, roster.csv, schemes/ and the exports (default: the working directory). */
  project?: string;
}

const OPTIONS = {
  data: { type: "string", multiple: true },
  scheme: { type: "string" },
  month: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  "allow-invalid": { type: "boolean" },
  project: { type: "string" },
} as const;

/** `--month` must be YYYY-MM (exit 2 otherwise); shared by score, check and report. */
export function checkMonthOption(month: string): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new CliError(`--month: expected YYYY-MM, got '${month}'`);
  }
}

export function parseCommonArgs(argv: readonly string[]): CommonOptions {
  let values: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; strict: true }>
  >["values"];
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new CliError(`bad option: ${(err as Error).message}`);
  }
  const format = values.format ?? "json";
  if (format !== "json" && format !== "csv" && format !== "xlsx")
    throw new CliError(`--format: expected json, csv or xlsx, got '${format}'`);
  if (format === "xlsx" && values.out === undefined)
    throw new CliError("--format xlsx writes a workbook: give --out FILE.xlsx");
  if (values.month !== undefined) checkMonthOption(values.month);
  const options: CommonOptions = {
    data: values.data ?? [],
    format,
    allowInvalid: values["allow-invalid"] ?? false,
  };
  if (values.scheme !== undefined) options.scheme = values.scheme;
  if (values.month !== undefined) options.month = values.month;
  if (values.out !== undefined) options.out = values.out;
  if (values.project !== undefined) options.project = values.project;
  return options;
}

/**
 * `--project DIR` (as `report` takes it): the project's data/ (config, roster,
 * schemes and, unless --data is given, the exports) is read from DIR; --data
 * paths stay relative to where the command runs, so they are made absolute first.
 */
export function inProject<
  O extends { data: readonly string[]; project?: string },
  E extends { root: string },
>(options: O, effects: E): { options: O; effects: E } {
  if (options.project === undefined) return { options, effects };
  return {
    options: { ...options, data: options.data.map((d) => resolve(effects.root, d)) },
    effects: { ...effects, root: resolve(effects.root, options.project) },
  };
}
