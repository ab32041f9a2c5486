/** `npm run report` options: the contract's score/check options plus the site's. */
import { parseArgs } from "node:util";
import { checkMonthOption } from "../cli/args.ts";
import { CliError } from "../cli/cli-error.ts";

export interface ReportOptions {
  data: string[];
  scheme: string | undefined;
  month: string | undefined;
  allowInvalid: boolean;
  base: string;
  site: string | undefined;
  out: string;
  pseudonymize: boolean;
  quiet: boolean;
  /** Skip the parse/score cache (a clean run). */
  noCache: boolean;
  /** Replace an existing output folder the report did not write. */
  force: boolean;
  /** The folder whose data/ holds config.yaml, roster.csv and schemes/ (default: the working directory). */
  project: string | undefined;
}

function normaliseBase(base: string): string {
  const trimmed = base.trim() || "/";
  const lead = trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
  return lead.endsWith("/") ? lead : `${lead}/`;
}

export function parseReportOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ReportOptions {
  let values: ReturnType<typeof parse>["values"];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new CliError(`bad option: ${(error as Error).message}`);
  }
  const month = values.month;
  if (month !== undefined) checkMonthOption(month);
  const site = values.site ?? env.REPORT_SITE;
  if (site !== undefined && site !== "" && !URL.canParse(site)) {
    throw new CliError(`--site: not a URL: '${site}'`);
  }
  return {
    data: values.data ?? [],
    scheme: values.scheme,
    month,
    allowInvalid: values["allow-invalid"] ?? false,
    base: normaliseBase(values.base ?? env.REPORT_BASE ?? "/"),
    site: site || undefined,
    out: values.out ?? "dist",
    pseudonymize: values.pseudonymize ?? false,
    quiet: (values.quiet ?? false) || env.CI === "true" || env.CI === "1",
    noCache: values["no-cache"] ?? false,
    project: values.project,
    force: values.force ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      data: { type: "string", multiple: true },
      scheme: { type: "string" },
      month: { type: "string" },
      "allow-invalid": { type: "boolean" },
      base: { type: "string" },
      site: { type: "string" },
      out: { type: "string" },
      pseudonymize: { type: "boolean" },
      quiet: { type: "boolean" },
      "no-cache": { type: "boolean" },
      project: { type: "string" },
      force: { type: "boolean" },
    },
  });
}
