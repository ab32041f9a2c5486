/**
 * `npm run bench [-- --sizes 300,1000,3000 --months 24 --stages ingest,score,report
 * --skip-generate --seed 7 --dir bench-data]`: generates (or reuses) a synthetic
 * data set per size, runs each stage in its own process, and prints the stage
 * table, the growth with size and the page-weight check (GitHub issue 7).
 * Exit code: 0 all targets met, 1 a target missed or a stage failed, 2 usage.
 */
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import pc from "picocolors";
import { BenchUsageError, parseBenchArgs } from "./bench/args.ts";
import { ensureDataset } from "./bench/dataset.ts";
import { flushDiskWrites } from "./bench/flush.ts";
import { growthTable, kilobytes, type StageRow, stageTable, verdict } from "./bench/report.ts";
import type { SiteWeight } from "./bench/site-weight.ts";
import { STAGE_RUNNERS } from "./bench/stages.ts";
import { weightTargets } from "./bench/targets.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const say = (line: string) => process.stderr.write(`${line}\n`);

function weightLines(agents: number, w: SiteWeight): { lines: string[]; pass: boolean } {
  const targets = weightTargets({
    agentPageBytes: w.largestAgentPage?.bytes ?? null,
    compareDataBytes: w.largestCompareData?.bytes ?? null,
    monthPageBytes: w.largestMonthPage?.bytes ?? null,
    teamPageBytes: w.largestTeamPage?.bytes ?? null,
  });
  const show = (h: SiteWeight["largestAgentPage"]) =>
    h ? `${kilobytes(h.bytes)} (${h.path})` : "none found";
  return {
    lines: [
      `page weight at ${agents} agents: largest agent page ${show(w.largestAgentPage)}, ` +
        `largest month page ${show(w.largestMonthPage)}, ` +
        `largest team page ${show(w.largestTeamPage)}, ` +
        `largest compare data file ${show(w.largestCompareData)}, ` +
        `site ${(w.totalBytes / 1e6).toFixed(1)} MB`,
      `  ${targets.map((t) => `${t.label}: ${t.pass ? "pass" : "FAIL"}`).join("; ")}`,
    ],
    pass: targets.every((t) => t.pass),
  };
}

async function main(): Promise<number> {
  let plan: ReturnType<typeof parseBenchArgs>;
  try {
    plan = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    say(`bench: ${error.message}`);
    return 2;
  }
  const loadBefore = loadavg()[0] ?? 0;
  const rows: StageRow[] = [];
  const notes: string[] = [];
  let allPass = true;
  for (const agents of plan.sizes) {
    const dataset = await ensureDataset({
      dir: plan.dir,
      agents,
      months: plan.months,
      seed: plan.seed,
      skipGenerate: plan.skipGenerate,
      repoData: `${repoRoot}data`,
    });
    const made = dataset.generatedSeconds;
    say(
      `${agents} agents × ${plan.months} months: ${dataset.rows} rows, ` +
        `${made === null ? "reused" : `generated in ${made.toFixed(1)} s`} at ${dataset.home}`,
    );
    for (const stage of plan.stages) {
      // The previous stage's writes (a report writes hundreds of MB) go to disk now, not
      // during this stage's timing.
      await flushDiskWrites();
      say(`  running ${stage}…`);
      const outcome = await STAGE_RUNNERS[stage]({
        repoRoot,
        dataset,
        timeoutSeconds: plan.timeoutSeconds,
      });
      rows.push(outcome.row);
      notes.push(...outcome.notes.map((n) => `${agents} agents, ${n}`));
      say(
        `  ${stage}: ${outcome.row.wallSeconds.toFixed(2)} s, ${verdict(outcome.row.targets, outcome.row.error)}`,
      );
      allPass &&= verdict(outcome.row.targets, outcome.row.error) === "pass";
      if (outcome.weight) {
        const weight = weightLines(agents, outcome.weight);
        notes.push(...weight.lines);
        allPass &&= weight.pass;
      }
    }
  }
  console.log(
    pc.bold(
      "\nStages (each in its own process; wall time, and CPU time and peak RSS of that process with any it starts)\n",
    ),
  );
  console.log(stageTable(rows));
  if (plan.sizes.length > 1) {
    console.log(pc.bold("\nGrowth with size (time per agent should stay flat)\n"));
    console.log(growthTable(rows));
  }
  console.log("");
  const loadAfter = loadavg()[0] ?? 0;
  console.log(
    `machine: 1-minute load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, ` +
      `on ${availableParallelism()} cores (wall time is inflated when load exceeds the cores; cpu s is not)`,
  );
  for (const note of notes) console.log(note);
  console.log(allPass ? pc.green("\nall targets met") : pc.red("\nsome targets missed"));
  return allPass ? 0 : 1;
}

process.exitCode = await main();
