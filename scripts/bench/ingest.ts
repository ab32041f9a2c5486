/**
 * Ingest benchmark: stream every CSV under a folder into agent-months and
 * report wall time and peak RSS. `node scripts/bench/ingest.ts <folder>`
 */
import { localToday } from "../../src/cli/effects.ts";
import { ingestFiles, listExportFiles } from "../../src/ingest/ingest.ts";

export interface IngestBench {
  rows: number;
  seconds: number;
  rowsPerSec: number;
  peakRssMb: number;
  agentMonths: number;
}

export async function benchIngest(dir: string): Promise<IngestBench> {
  const start = performance.now();
  const { files } = await listExportFiles([dir]);
  const result = await ingestFiles(files, { today: localToday() });
  const seconds = (performance.now() - start) / 1000;
  const rows = result.files.reduce((n, f) => n + f.read, 0);
  return {
    rows,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSec: Math.round(rows / seconds),
    // maxRSS is in kilobytes.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    agentMonths: result.agentMonths.length,
  };
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write("usage: node scripts/bench/ingest.ts <folder of CSV files>\n");
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await benchIngest(dir), null, 2)}\n`);
}
