/**
 * The spreadsheet benchmark's child process: reads and scores one export
 * file (CSV or .xlsx) as `npm run score -- --data FILE` does, and prints one
 * JSON object. `node scripts/bench/xlsx-child.ts <project> <file>`
 */
import { loadAndScore } from "../../src/cli/load-and-score.ts";

export interface XlsxChildResult {
  rows: number;
  agentMonths: number;
  scored: number;
  seconds: number;
}

async function main(project: string, file: string): Promise<XlsxChildResult> {
  const start = performance.now();
  const load = await loadAndScore({ data: [file] }, { root: project, today: "2026-11-30" });
  const seconds = (performance.now() - start) / 1000;
  const errors = load.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new Error(`${errors.length} problems, first: ${errors[0]?.message}`);
  return {
    rows: load.files.reduce((n, f) => n + f.read, 0),
    agentMonths: load.agentMonths.length,
    scored: load.results.length,
    seconds: Math.round(seconds * 100) / 100,
  };
}

if (import.meta.main) {
  const [project, file] = process.argv.slice(2);
  if (!project || !file) {
    process.stderr.write("usage: node scripts/bench/xlsx-child.ts <project> <file>\n");
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await main(project, file))}\n`);
}
