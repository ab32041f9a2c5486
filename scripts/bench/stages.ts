/**
 * The three measured stages, each in its own child process: ingest + daily→
 * monthly aggregation, scoring the resulting agent-months, and the full
 * `npm run report` site build. Each returns one row of the stage table.
 */

import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { StageName } from "./args.ts";
import type { Dataset } from "./dataset.ts";
import type { IngestBench } from "./ingest.ts";
import { npmNodeOptions } from "./npm-node-options.ts";
import type { StageRow } from "./report.ts";
import type { ScoreChildResult } from "./score-child.ts";
import { type SiteWeight, siteWeight } from "./site-weight.ts";
import { type ChildRun, lastJson, runStageChild } from "./stage.ts";
import { stageTargets } from "./targets.ts";

export interface StageContext {
  repoRoot: string;
  dataset: Dataset;
  timeoutSeconds: number;
}

export interface StageOutcome {
  row: StageRow;
  /** The report stage's page weight. */
  weight?: SiteWeight;
  /** Extra figures worth a line under the table. */
  notes: string[];
}

const script = (ctx: StageContext, path: string) => join(ctx.repoRoot, path);

function row(
  ctx: StageContext,
  stage: StageName,
  run: ChildRun,
  figures: Pick<StageRow, "wallSeconds" | "rate" | "unit" | "agentMonths">,
  logFile: string,
  failed: boolean,
): StageRow {
  const base = {
    stage,
    agents: ctx.dataset.agents,
    months: ctx.dataset.months,
    rows: ctx.dataset.rows,
    peakRssMb: run.peakRssMb,
    cpuSeconds: run.cpuSeconds,
    ...figures,
  };
  if (run.timedOut) return { ...base, timedOut: true, targets: stageTargets({ ...base, stage }) };
  return failed
    ? { ...base, targets: [], error: `exit ${run.exitCode}, see ${logFile}` }
    : { ...base, targets: stageTargets({ ...base, stage }) };
}

async function ingest(ctx: StageContext): Promise<StageOutcome> {
  const logFile = join(ctx.dataset.home, "ingest.log");
  const run = await runStageChild({
    script: script(ctx, "scripts/bench/ingest.ts"),
    args: [ctx.dataset.exports],
    cwd: ctx.repoRoot,
    logFile,
    timeoutSeconds: ctx.timeoutSeconds,
  });
  const out = lastJson<IngestBench>(run.stdout);
  const figures = {
    wallSeconds: run.wallSeconds,
    rate: (out?.rows ?? 0) / run.wallSeconds,
    unit: "rows/s" as const,
    agentMonths: out?.agentMonths ?? null,
  };
  const notes = out
    ? [`ingest: ${out.seconds} s inside the process (wall adds Node start-up)`]
    : [];
  return { row: row(ctx, "ingest", run, figures, logFile, !out || run.exitCode !== 0), notes };
}

async function score(ctx: StageContext): Promise<StageOutcome> {
  const logFile = join(ctx.dataset.home, "score.log");
  const run = await runStageChild({
    script: script(ctx, "scripts/bench/score-child.ts"),
    args: [ctx.dataset.project],
    cwd: ctx.repoRoot,
    logFile,
    timeoutSeconds: ctx.timeoutSeconds,
  });
  const out = lastJson<ScoreChildResult>(run.stdout);
  const figures = {
    wallSeconds: out?.seconds ?? run.wallSeconds,
    rate: out?.agentMonthsPerSec ?? 0,
    unit: "agent-months/s" as const,
    agentMonths: out?.agentMonths ?? null,
  };
  const notes = out
    ? [
        `score: ${Math.round(out.cpuAgentMonthsPerSec).toLocaleString("en-US")} agent-months per CPU second; scoreAll over ${out.agentMonths} real agent-months (${Object.entries(
          out.schemes,
        )
          .map(([id, n]) => `${id} ${n}`)
          .join(", ")}), best of 3 after a warm-up; cpu s and peak RSS include loading the data`,
      ]
    : [];
  return { row: row(ctx, "score", run, figures, logFile, !out || run.exitCode !== 0), notes };
}

async function report(ctx: StageContext): Promise<StageOutcome> {
  const logFile = join(ctx.dataset.home, "report.log");
  const outDir = join(ctx.dataset.home, "site");
  // From nothing each time (a site left by an older version is not ours to judge).
  await rm(outDir, { recursive: true, force: true });
  const run = await runStageChild({
    script: script(ctx, "scripts/report.ts"),
    // As `npm run report` runs it (see package.json).
    nodeOptions: npmNodeOptions("report"),
    args: [
      "--project",
      ctx.dataset.project,
      "--data",
      ctx.dataset.exports,
      "--out",
      outDir,
      "--quiet",
      "--no-cache",
    ],
    cwd: ctx.repoRoot,
    logFile,
    timeoutSeconds: ctx.timeoutSeconds,
  });
  const failed = run.exitCode !== 0;
  // After a timeout the pages written so far still give the rate and the page weight.
  const weight =
    failed && !run.timedOut ? undefined : await siteWeight(outDir).catch(() => undefined);
  const figures = {
    wallSeconds: run.wallSeconds,
    rate: (weight?.pages ?? 0) / run.wallSeconds,
    unit: "pages/s" as const,
    agentMonths: null,
  };
  const outcome: StageOutcome = {
    row: row(ctx, "report", run, figures, logFile, failed),
    notes: weight
      ? [
          `report: ${weight.pages} HTML pages${run.timedOut ? ` written before the ${ctx.timeoutSeconds} s limit` : ""}, ${weight.files} files in ${outDir}`,
          `report: peak RSS ${Math.round(run.peakRssMb ?? 0)} MB for the whole process tree (the report and its build shards together); largest single process ${Math.round(run.largestProcessMb ?? 0)} MB`,
        ]
      : [],
  };
  return weight ? { ...outcome, weight } : outcome;
}

export const STAGE_RUNNERS: Record<StageName, (ctx: StageContext) => Promise<StageOutcome>> = {
  ingest,
  score,
  report,
};
