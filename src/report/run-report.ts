/**
 * `npm run report`: check → score → build the site, in one run. Effects
 * (progress, stderr, the clock, the site build) are passed in so tests run it
 * quietly. Returns the exit code of the contract: 0 ok, 1 data problems,
 * 2 usage or scheme errors (before anything is built).
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { CliError } from "../cli/cli-error.ts";
import { hasErrors, type LoadResult, loadAndScore } from "../cli/load-and-score.ts";
import { formatProblem } from "../ingest/problems.ts";
import { monthDownloads } from "./downloads.ts";
import { parseReportOptions, type ReportOptions } from "./options.ts";
import type { Progress } from "./progress.ts";
import { publication } from "./publish.ts";
import { assembleSiteData } from "./site-data.ts";
import { type ReportSummary, summarise, summaryLines } from "./summary.ts";

export type SiteBuild = (opts: {
  root: string;
  base: string;
  site: string | undefined;
  outDir: string;
  dataFile: string;
}) => Promise<void>;

export interface ReportEffects {
  root: string;
  today: string;
  env: Readonly<Record<string, string | undefined>>;
  progress: (quiet: boolean) => Progress;
  /** Problem lines (contract format) and the final summary. */
  stderr: (line: string) => void;
  buildSite: SiteBuild;
  now: () => number;
  /** Reuse the last parse/score when no input changed. */
  load?: (
    options: ReportOptions,
    root: string,
    today: string,
  ) => Promise<{ load: LoadResult; cached: boolean }>;
}

const DATA_FILE = ".cache/site-data.json";

async function writeAtomic(file: string, content: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}

async function defaultLoad(options: ReportOptions, root: string, today: string) {
  const load = await loadAndScore(
    {
      data: options.data,
      ...(options.scheme !== undefined ? { scheme: options.scheme } : {}),
      ...(options.month !== undefined ? { month: options.month } : {}),
    },
    { root, today },
  );
  return { load, cached: false };
}

export async function runReport(argv: readonly string[], fx: ReportEffects): Promise<number> {
  const started = fx.now();
  let options: ReportOptions;
  try {
    options = parseReportOptions(argv, fx.env);
  } catch (error) {
    if (error instanceof CliError) {
      fx.stderr(`report: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
  const progress = fx.progress(options.quiet);
  progress.stage("Reading and scoring exports");
  let load: LoadResult;
  let cached: boolean;
  try {
    // --data paths are the user's, relative to where they run the command; the project's
    // data/ folder (config, roster, schemes, default exports) may live elsewhere (--project).
    const dataRoot = resolve(fx.root, options.project ?? ".");
    const withPaths =
      options.project === undefined
        ? options
        : { ...options, data: options.data.map((d) => resolve(fx.root, d)) };
    ({ load, cached } = await (fx.load ?? defaultLoad)(withPaths, dataRoot, fx.today));
  } catch (error) {
    if (error instanceof CliError) {
      progress.fail("Scheme or configuration error: nothing was built");
      fx.stderr(error.message);
      return error.exitCode;
    }
    throw error;
  }
  const rows = load.files.reduce((n, f) => n + f.read, 0);
  progress.done(
    `${load.files.length} files, ${rows} rows → ${load.results.length} agent-months scored${cached ? " (cached: inputs unchanged)" : ""}`,
  );
  for (const w of load.warnings) fx.stderr(`${w.source}:${w.path}: ${w.severity}: ${w.message}`);
  for (const p of load.problems) fx.stderr(formatProblem(p));
  for (const r of load.rejected) fx.stderr(`${r.file}:${r.row}:${r.column}: ${r.reason}`);
  const failed = hasErrors(load.problems) || load.rejected.length > 0;
  if (failed && !options.allowInvalid) {
    const summary = summarise(load, options, {
      cached,
      seconds: (fx.now() - started) / 1000,
      pages: 0,
    });
    for (const line of summaryLines(summary)) fx.stderr(line);
    fx.stderr(
      "Data problems above: nothing was built (use --allow-invalid to build from the valid rows).",
    );
    return 1;
  }

  progress.stage("Building the site");
  const root = resolve(fx.root);
  const outDir = resolve(root, options.out);
  const pseudonymKey = options.pseudonymize
    ? (fx.env.REPORT_PSEUDONYM_KEY ?? "kefu-kpi-report")
    : undefined;
  if (options.pseudonymize && fx.env.REPORT_PSEUDONYM_KEY === undefined) {
    progress.info(
      "warning: --pseudonymize without REPORT_PSEUDONYM_KEY: aliases are stable but guessable from names",
    );
  }
  const pub = publication(load, pseudonymKey);
  const data = assembleSiteData({
    title: load.config.title,
    results: load.results,
    schemes: load.schemes,
    quality: pub.quality,
    publishedName: pub.publishedName,
    pseudonymized: options.pseudonymize,
  });
  const dataFile = join(root, DATA_FILE);
  await writeAtomic(dataFile, JSON.stringify(data));
  await rm(outDir, { recursive: true, force: true });
  await fx.buildSite({ root, base: options.base, site: options.site, outDir, dataFile });
  const downloads = monthDownloads(data.results, {
    rejected: pub.quality.rejected.map((r) => ({ ...r, column: r.column ?? "" })),
    skipped: pub.quality.skipped,
    files: load.files,
  });
  for (const d of downloads) await writeAtomic(join(outDir, d.path), d.content);
  const pages = data.months.length * 2 + data.agents.length * 2 + 6;
  const summary: ReportSummary = summarise(load, options, {
    cached,
    seconds: (fx.now() - started) / 1000,
    pages,
    warnings: pub.quality.warnings,
  });
  await writeAtomic(join(outDir, "report.json"), `${JSON.stringify(summary.machine, null, 2)}\n`);
  progress.done(`Site built: ${pages} pages in ${options.out}/`);
  for (const line of summaryLines(summary)) fx.stderr(line);
  // As `score` does: data problems exit 1 even when --allow-invalid built from the valid rows.
  return failed ? 1 : 0;
}
