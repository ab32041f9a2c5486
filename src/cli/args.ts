/** Options shared by `score`, `check` (and `report`), parsed with node:util parseArgs. */
import { parseArgs } from "node:util";
import { CliError } from "./cli-error.ts";

export interface CommonOptions {
  data: string[];
  scheme?: string;
  month?: string;
  format: "json" | "csv";
  out?: string;
  allowInvalid: boolean;
}

const OPTIONS = {
  data: { type: "string", multiple: true },
  scheme: { type: "string" },
  month: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  "allow-invalid": { type: "boolean" },
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
  if (format !== "json" && format !== "csv")
    throw new CliError(`--format: expected json or csv, got '${format}'`);
  if (values.month !== undefined) checkMonthOption(values.month);
  const options: CommonOptions = {
    data: values.data ?? [],
    format,
    allowInvalid: values["allow-invalid"] ?? false,
  };
  if (values.scheme !== undefined) options.scheme = values.scheme;
  if (values.month !== undefined) options.month = values.month;
  if (values.out !== undefined) options.out = values.out;
  return options;
}
