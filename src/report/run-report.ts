/**
 * `npm run report`: check → score → build the site, in one run. Effects
 * (progress, stderr, the clock, the site build) are passed in so tests run it
 * quietly. Returns the exit code of the contract: 0 ok, 1 data problems,
 * 2 usage or scheme errors (before anything is built).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import pMap from "p-map";
import { CliError } from "../cli/cli-error.ts";
import { EXIT } from "../cli/exit-codes.ts";
import { hasErrors, type LoadResult, loadAndScore } from "../cli/load-and-score.ts";
import { issueAsProblem, printProblems } from "../cli/print-problems.ts";
import { configuredExports } from "../ingest/config.ts";
import { ParseCache } from "../ingest/parse-cache.ts";
import { writeChunksToFile } from "../output/write-chunks.ts";
import { buildStage, type SiteBuild } from "./build-stage.ts";
import { changeLines, changesFromPublished } from "./changes-since.ts";
import type { Download } from "./downloads.ts";
import { removeOnInterrupt } from "./interrupt-cleanup.ts";
import { moveMissing } from "./move-files.ts";
import { parseReportOptions, type ReportOptions } from "./options.ts";
import { OutputFolder, removeStaleWorkFolders } from "./output-folder.ts";
import { previousSlugs } from "./previous-slugs.ts";
import type { Progress } from "./progress.ts";
import { type Published, publishNotes } from "./publish-notes.ts";
import { pseudonymKeyOf, publishStage } from "./publish-stage.ts";
import { type CacheUse, type ReportSummary, summarise, summaryLines } from "./summary.ts";

/** Staged downloads written at once. */
const FILES_AT_ONCE = 16;

export type { SiteBuild };

export interface ReportEffects {
  root: string;
  today: string;
  env: Readonly<Record<string, string | undefined>>;
  progress: (quiet: boolean) => Progress;
  /** Problem lines (contract format) and the final summary. */
  stderr: (line: string) => void;
  buildSite: SiteBuild;
  /** Started as the load begins, for what the build can prepare meanwhile. */
  warmUp?: () => void;
  now: () => number;
  /** Replaces the load and scoring step (default: read the exports through the parse cache). */
  load?: (
    options: ReportOptions,
    root: string,
    today: string,
    cacheDir: string,
  ) => Promise<{ load: LoadResult; cached: CacheUse }>;
}

async function defaultLoad(options: ReportOptions, root: string, today: string, cacheDir: string) {
  const cache = options.noCache ? undefined : new ParseCache(cacheDir);
  const load = await loadAndScore(
    {
      data: options.data,
      ...(options.scheme !== undefined ? { scheme: options.scheme } : {}),
      ...(options.month !== undefined ? { month: options.month } : {}),
    },
    { root, today, ...(cache ? { cache } : {}) },
  );
  const cached: CacheUse = cache ? { reused: cache.hits, parsed: cache.misses } : null;
  return { load, cached };
}

/** Loads and scores; a CliError (scheme or configuration) ends the run with its exit code. */
async function loadStage(options: ReportOptions, fx: ReportEffects) {
  // --data paths are the user's, relative to where they run the command; the project's
  // data/ folder (config, roster, schemes, default exports) may live elsewhere (--project).
  const dataRoot = resolve(fx.root, options.project ?? ".");
  const withPaths =
    options.project === undefined
      ? options
      : { ...options, data: options.data.map((d) => resolve(fx.root, d)) };
  const cacheDir = join(resolve(fx.root), ".cache", "parse");
  return (fx.load ?? defaultLoad)(withPaths, dataRoot, fx.today, cacheDir);
}

function printLoadProblems(load: LoadResult, fx: ReportEffects): void {
  // A rejected row is also a problem (row-reader.ts records both): printed once, here.
  printProblems([...load.warnings.map(issueAsProblem), ...load.problems], fx.stderr, fx.env);
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
  return checkScoreBuild(options, fx, started);
}

/** Loads, scores and publishes; the load result stays inside, so it is garbage before the build. */
async function loadAndPublish(
  options: ReportOptions,
  fx: ReportEffects,
  progress: Progress,
  seconds: () => number,
  previousSlugs: ReadonlyMap<string, string>,
): Promise<
  | { exit: number }
  | { published: ReturnType<typeof publishStage>; cached: CacheUse; failed: boolean }
> {
  let loaded: { load: LoadResult; cached: CacheUse };
  try {
    loaded = await loadStage(options, fx);
  } catch (error) {
    if (error instanceof CliError) {
      progress.fail(
        "Stopped before building (scheme, configuration or --data): nothing was built, the previous site is unchanged",
      );
      fx.stderr(error.message);
      return { exit: error.exitCode };
    }
    throw error;
  }
  const { load, cached } = loaded;
  const rows = load.files.reduce((n, f) => n + f.read, 0);
  progress.done(
    `${load.files.length} files, ${rows} rows → ${load.results.length} agent-months scored${cached && cached.reused > 0 ? ` (${cached.reused} of ${cached.reused + cached.parsed} files from the parse cache)` : ""}`,
  );
  printLoadProblems(load, fx);
  const failed = hasErrors(load.problems) || load.rejected.length > 0;
  if (failed && (!options.allowInvalid || load.noData)) {
    const summary = summarise(load, options, { cached, seconds: seconds(), pages: 0 });
    for (const line of summaryLines(summary)) fx.stderr(line);
    fx.stderr(
      load.noData
        ? "No agent-month to score (why above): nothing was built, and the previous site is unchanged; --allow-invalid does not build an empty report."
        : "Data problems above: nothing was built (use --allow-invalid to build from the valid rows).",
    );
    return { exit: 1 };
  }
  if (options.pseudonymize && fx.env.REPORT_PSEUDONYM_KEY === undefined) {
    progress.info(
      "warning: --pseudonymize without REPORT_PSEUDONYM_KEY: aliases are stable but guessable from names",
    );
  }
  return { published: publishStage(load, options, fx, previousSlugs), cached, failed };
}

/** The output folder, checked and locked before anything is read (exit 2 when unsafe). */
async function claimOutput(options: ReportOptions, fx: ReportEffects): Promise<OutputFolder> {
  const root = resolve(fx.root);
  const project = resolve(root, options.project ?? ".");
  // The configured exports too when --data names others: a later run without --data reads them.
  const exports = [
    ...options.data.map((d) => resolve(root, d)),
    join(project, "data", "exports"),
    await configuredExports(project),
  ];
  const protectedRoots = [...new Set([root, project])];
  await removeStaleWorkFolders(join(root, ".cache"));
  return OutputFolder.claim({
    cwd: root,
    protectedRoots,
    exports,
    projectFolders: protectedRoots.flatMap((r) => PROTECTED_ENTRIES.map((name) => join(r, name))),
    out: options.out,
    force: options.force,
    home: fx.env.HOME || homedir(),
  });
}

/** A project's own folders, never an output folder nor inside one, even with --force. */
const PROTECTED_ENTRIES = [
  "data",
  "src",
  ".git",
  ".github",
  ".cache",
  "node_modules",
  "scripts",
  "test",
  "public",
];

async function checkScoreBuild(
  options: ReportOptions,
  fx: ReportEffects,
  started: number,
): Promise<number> {
  let output: OutputFolder;
  try {
    output = await claimOutput(options, fx);
  } catch (error) {
    if (error instanceof CliError) {
      fx.stderr(`report: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
  for (const name of output.unclaimed)
    fx.stderr(
      `report: note: ${join(dirname(options.out), name)} is named like a report's temporary folder, but no report recorded it as its own (an older version's leftover, or not the report's): left untouched; delete it if it is not yours`,
    );
  try {
    return await checkScoreBuildInto(output, options, fx, started);
  } catch (error) {
    // Something not the report's appeared in the output folder during the build (see publish).
    if (error instanceof CliError) {
      fx.stderr(`report: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  } finally {
    // After a publish this is a no-op; after a failure the previous site is untouched.
    await output.release();
  }
}

async function checkScoreBuildInto(
  output: OutputFolder,
  options: ReportOptions,
  fx: ReportEffects,
  started: number,
): Promise<number> {
  const progress = fx.progress(options.quiet);
  progress.stage("Reading and scoring exports");
  fx.warmUp?.();
  const seconds = () => (fx.now() - started) / 1000;
  // The addresses the published site gave its agents: each keeps its own (previous-slugs.ts).
  const slugs = await previousSlugs(output.target, pseudonymKeyOf(options, fx.env));
  const ready = await loadAndPublish(options, fx, progress, seconds, slugs);
  if ("exit" in ready) return ready.exit;
  const { cached } = ready;
  const { data, summary: partial } = ready.published;
  // The downloads wait on disk, not in memory, while the site builds (the build empties its folder).
  const staged = join(resolve(fx.root), ".cache", `downloads-${process.pid}`);
  const forget = removeOnInterrupt(staged);
  await rm(staged, { recursive: true, force: true });
  // Many small files (a redirect per renamed agent page): written several at a time, so the
  // file system's round trips overlap instead of following one another.
  await pMap(ready.published.downloads, (d) => stageDownload(staged, d), {
    concurrency: FILES_AT_ONCE,
  });
  ready.published.downloads = [];
  // Before the new site replaces it: which published agent-months this run changes.
  const changes = await changesFromPublished(
    output.target,
    staged,
    pseudonymKeyOf(options, fx.env),
  );
  progress.stage(`Building the site (${data.agents.length} agents, ${data.months.length} months)`);
  try {
    const { pages } = await buildStage(data, options, fx, output);
    await moveMissing(staged, output.staging);
    const summary: ReportSummary = { ...partial, cached, seconds: seconds(), pages };
    await writeChunksToFile(join(output.staging, "report.json"), [
      `${JSON.stringify(summary.machine, null, 2)}\n`,
    ]);
    let published: Published;
    try {
      published = await output.publish();
    } catch (error) {
      if (error instanceof CliError) progress.fail("The site was built but not published");
      throw error;
    }
    progress.done(`Site built: ${pages} pages in ${options.out}/`);
    for (const line of publishNotes(published, options.out)) fx.stderr(line);
    for (const line of summaryLines(summary)) fx.stderr(line);
    if (changes === "other-key")
      fx.stderr(
        `Since the last report in ${options.out}/: not compared, as its agents were pseudonymised with another key (REPORT_PSEUDONYM_KEY set or changed since, or a report from before the key was recorded): the aliases are new names`,
      );
    else for (const line of changes ? changeLines(changes, options.out) : []) fx.stderr(line);
  } finally {
    await rm(staged, { recursive: true, force: true });
    forget();
  }
  // Data problems without --allow-invalid returned 1 before the build; with it, the site is
  // written from the valid rows, every problem printed and flagged on the pages: exit 0, so a
  // scheduled job publishes the month (the contract's choice; see report.yml).
  return EXIT.ok;
}

/**
 * A download into this run's staging folder. A whole text (a redirect page) is
 * written in one call, without the temporary file and rename a stream's write
 * takes: the folder is this run's own, removed if the run is interrupted, and
 * the site it joins is swapped in whole. The others stream.
 */
async function stageDownload(staged: string, d: Download): Promise<void> {
  const file = join(staged, d.path);
  if ("text" in d) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, d.text);
  } else await writeChunksToFile(file, d.content());
}
