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

/**
 * `/kpi/` from `kpi`, `/kpi` or `//kpi/`. A URL (`https://host/kpi/`: the origin is --site's),
 * or a Windows path (Git Bash turns `/kpi/` into `C:/Program Files/Git/kpi/`) would be
 * written into every link of the site: refused, saying what to write.
 */
function normaliseBase(base: string): string {
  const trimmed = base.trim() || "/";
  // Quotes and angle brackets too: the base is written into attributes (a script's src) as it is.
  if (/:|\\|\s|[?#"'<>`=&]|(^|\/)\.\.?(\/|$)/.test(trimmed)) {
    const url = URL.canParse(trimmed) ? new URL(trimmed) : null;
    const hint = url?.protocol.startsWith("http")
      ? `--base takes the path only (--base ${url.pathname}) and --site the origin (--site ${url.origin})`
      : /^[A-Za-z]:[\\/]/.test(trimmed)
        ? "a Windows path (Git Bash rewrites /kpi/ into one): run it with MSYS_NO_PATHCONV=1"
        : "write the path the site is served under, e.g. --base /kpi/";
    throw new CliError(`--base: '${trimmed}' is not a path the site can be served under: ${hint}`);
  }
  return `/${trimmed}/`.replace(/\/{2,}/g, "/");
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
  // The origin the site is served from (canonical links, the sitemap): a web address only.
  if (site !== undefined && site !== "" && !/^https?:$/.test(URL.parse(site)?.protocol ?? "")) {
    throw new CliError(
      `--site: '${site}' is not a web address: write the origin the site is served from, e.g. --site https://kpi.example.com`,
    );
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
