/**
 * `--help` (or `-h`) for every command: what it does and its options, in the
 * README's words (its "Commands" section has the details). Printed to stdout,
 * exit 0; nothing is read or written.
 */

export type HelpCommand = "score" | "check" | "report" | "template";

const COMMON: [string, string][] = [
  [
    "--data PATH",
    "a folder of exports or one file (CSV/TSV/TXT, .xlsx/.xlsm/.xlsb/.xls/.et/.ods); repeatable; default: the exports folder data/config.yaml names",
  ],
  [
    "--scheme ID_OR_FILE",
    "a built-in scheme id or a scheme file, for everyone (default: by role, from data/config.yaml)",
  ],
  [
    "--month YYYY-MM",
    "only this month; also the period of a file named by --data whose table has none",
  ],
  [
    "--project DIR",
    "read data/config.yaml, roster.csv, schemes/ (and the exports) under DIR; --data and --out stay relative to here",
  ],
];

const ALLOW: [string, string] = [
  "--allow-invalid",
  "score from the valid rows even when some were rejected (their months incomplete; every problem printed; exit 0)",
];

const COMMANDS: Record<HelpCommand, { usage: string; what: string; options: [string, string][] }> =
  {
    score: {
      usage: "npm run score -- [options]",
      what: "Scores every agent-month and prints the results (JSON or CSV); problems go to stderr as file:row:column: message.",
      options: [
        ...COMMON,
        [
          "--format json|csv|xlsx",
          "the output format (default: json); xlsx: an Excel workbook, with --out FILE.xlsx",
        ],
        ["--out FILE", "write the results there instead of stdout"],
        ALLOW,
      ],
    },
    check: {
      usage: "npm run check -- [options]",
      what: "Checks the schemes and the exports, prints every problem, the platform each file was read as and the headers it did not use; builds nothing.",
      options: [...COMMON, ALLOW],
    },
    report: {
      usage: "npm run report -- [options]",
      what: "Checks, scores and builds the static report site (Chinese pages at the root, English under /en/), replacing the previous site only once the new one is complete.",
      options: [
        ...COMMON,
        ALLOW,
        [
          "--out DIR",
          "the site's folder (default: dist); refused while it holds anything the report did not write",
        ],
        ["--base PATH", "the path the site is served under, e.g. /kpi/ (or REPORT_BASE)"],
        ["--site URL", "the site's public origin, for absolute links (or REPORT_SITE)"],
        ["--pseudonymize", "publish stable aliases instead of names (set REPORT_PSEUDONYM_KEY)"],
        ["--no-cache", "parse every export again instead of reusing unchanged files' parses"],
        ["--quiet", "plain lines, no progress display (implied by CI=true)"],
        [
          "--force",
          "replace an existing folder all the same, keeping what it held beside it as DIR.replaced-… (never the project's own, the exports, a home or top-level folder, or one with a repository inside)",
        ],
      ],
    },
    template: {
      usage: "npm run template -- --scheme ID --month YYYY-MM [options]",
      what: "Writes a rating sheet for supervisors to fill: one row per agent of that month, a column per scheme input.",
      options: [
        ["--scheme ID_OR_FILE", "the scheme whose inputs the sheet asks for (required)"],
        ["--month YYYY-MM", "the month the sheet is for (required)"],
        [
          "--data PATH",
          "the exports whose agents of that month it lists besides the roster's; repeatable",
        ],
        [
          "--out FILE",
          "where to write it; .xlsx for a workbook (default: data/exports/ratings/<scheme>-<month>.csv; never overwrites)",
        ],
        ["--project DIR", "read the project's data/ under DIR"],
      ],
    },
  };

export const isHelpCommand = (name: string): name is HelpCommand => name in COMMANDS;

/** `--help` or `-h` anywhere among the arguments. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes("--help") || argv.includes("-h");
}

export function helpText(command: HelpCommand): string {
  const c = COMMANDS[command];
  const width = Math.max(...c.options.map(([flag]) => flag.length));
  const lines = c.options.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`);
  return [
    `Usage: ${c.usage}`,
    "",
    c.what,
    "",
    "Options:",
    ...lines,
    `  ${"--debug".padEnd(width)}  print the stack trace of an internal fault (also DEBUG=1)`,
    `  ${"--help".padEnd(width)}  this text`,
    "",
    "Exit codes: 0 ok, 1 data problems (nothing written unless --allow-invalid), 2 usage or scheme error.",
    "More: README.md, section Commands.",
    "",
  ].join("\n");
}
