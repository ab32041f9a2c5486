/**
 * `npm run bench:xlsx [-- --rows 100000 --dir bench-data/xlsx]`: the same
 * daily rows as an .xlsx workbook and as a CSV file, each read and scored in
 * its own process (as `npm run score -- --data FILE`), printing wall time and
 * peak memory side by side. Exit code: 0 both ran, 1 one failed, 2 usage.
 */
import { mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { lastJson, runStageChild } from "./bench/stage.ts";
import type { XlsxChildResult } from "./bench/xlsx-child.ts";
import { writeBenchFiles } from "./bench/xlsx-data.ts";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const say = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  let values: { rows?: string; dir?: string };
  try {
    ({ values } = parseArgs({
      options: { rows: { type: "string" }, dir: { type: "string" } },
      strict: true,
    }));
  } catch (err) {
    say(`bench:xlsx: ${(err as Error).message}`);
    return 2;
  }
  const count = Number(values.rows ?? 100_000);
  if (!Number.isInteger(count) || count < 1) {
    say(`bench:xlsx: --rows: expected a positive integer, got '${values.rows}'`);
    return 2;
  }
  const dir = resolve(repoRoot, values.dir ?? "bench-data/xlsx");
  mkdirSync(dir, { recursive: true });
  const made = performance.now();
  const files = writeBenchFiles(dir, join(repoRoot, "data"), count);
  say(
    `${files.rows} rows written as CSV and .xlsx in ${((performance.now() - made) / 1000).toFixed(1)} s (${dir})`,
  );
  const lines = [
    "| file | size MB | rows | agent-months | wall s | CPU s | peak RSS MB |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  ];
  let ok = true;
  for (const [kind, file] of [
    ["xlsx", files.xlsx],
    ["csv", files.csv],
  ] as const) {
    say(`  reading and scoring the ${kind}…`);
    const run = await runStageChild({
      script: join(repoRoot, "scripts/bench/xlsx-child.ts"),
      args: [files.project, file],
      cwd: repoRoot,
      logFile: join(dir, `${kind}.log`),
      timeoutSeconds: 600,
    });
    const out = lastJson<XlsxChildResult>(run.stdout);
    if (!out || run.exitCode !== 0) {
      ok = false;
      lines.push(
        `| ${kind} | failed: exit ${run.exitCode}, see ${join(dir, `${kind}.log`)} | | | | | |`,
      );
      continue;
    }
    const mb = (statSync(file).size / 1e6).toFixed(1);
    const cpu = run.cpuSeconds === null ? "?" : run.cpuSeconds.toFixed(1);
    const rss = run.peakRssMb === null ? "?" : Math.round(run.peakRssMb);
    lines.push(
      `| ${kind} | ${mb} | ${out.rows} | ${out.agentMonths} | ${run.wallSeconds.toFixed(1)} | ${cpu} | ${rss} |`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return ok ? 0 : 1;
}

process.exitCode = await main();
