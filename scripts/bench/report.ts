/**
 * The bench's printed results: the stage table (stage | agents | rows | wall s
 * | rate | peak RSS MB | target | pass/fail) and the growth table that shows
 * whether time per agent stays flat across sizes. Pure: strings in, strings out.
 */
import type { StageName } from "./args.ts";
import type { Target } from "./targets.ts";

export interface StageRow {
  stage: StageName;
  agents: number;
  months: number;
  /** Raw daily rows of the data set. */
  rows: number;
  agentMonths: number | null;
  wallSeconds: number;
  rate: number;
  unit: "rows/s" | "agent-months/s" | "pages/s";
  peakRssMb: number | null;
  /** CPU seconds of the stage's process (robust to other jobs on the machine). */
  cpuSeconds: number | null;
  targets: Target[];
  /** Stopped at the bench's time limit: wall time is a lower bound. */
  timedOut?: boolean;
  /** Set when the stage failed to run: its exit code and log file. */
  error?: string;
}

const thousands = (n: number) => Math.round(n).toLocaleString("en-US");

/** Columns padded to their widest cell; numbers right-aligned. */
export function formatTable(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = (cell: string) => /^[\d,.\s×>-]+$/.test(cell) && cell.trim() !== "-";
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (numeric(c) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join(" | ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("-|-");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

export function verdict(targets: readonly Target[], error?: string): string {
  if (error !== undefined) return "ERROR";
  if (targets.length === 0) return "-";
  return targets.every((t) => t.pass) ? "pass" : "FAIL";
}

export function stageTable(rows: readonly StageRow[]): string {
  const header = [
    "stage",
    "agents",
    "rows",
    "wall s",
    "cpu s",
    "rate",
    "peak RSS MB",
    "target",
    "result",
  ];
  const body = rows.map((r) => [
    r.stage,
    `${thousands(r.agents)}×${r.months}`,
    thousands(r.rows),
    `${r.timedOut ? ">" : ""}${r.wallSeconds.toFixed(2)}`,
    r.cpuSeconds === null ? "?" : r.cpuSeconds.toFixed(2),
    r.error !== undefined ? "-" : `${thousands(r.rate)} ${r.unit}`,
    r.peakRssMb === null ? "?" : thousands(r.peakRssMb),
    r.targets.map((t) => `${t.label}${t.pass ? "" : " ✗"}`).join(", "),
    verdict(r.targets, r.error),
  ]);
  return formatTable(header, body);
}

/** Milliseconds of wall time per agent, and that figure relative to the smallest size. */
export function growthTable(rows: readonly StageRow[]): string {
  const header = ["stage", "agents", "wall s", "ms/agent", "vs smallest", "RSS MB/1k agents"];
  const body: string[][] = [];
  for (const stage of new Set(rows.map((r) => r.stage))) {
    const runs = rows
      .filter((r) => r.stage === stage && r.error === undefined)
      .sort((a, b) => a.agents - b.agents);
    const first = runs[0];
    for (const r of runs) {
      const perAgent = (r.wallSeconds * 1000) / r.agents;
      const base = first ? (first.wallSeconds * 1000) / first.agents : perAgent;
      body.push([
        stage,
        thousands(r.agents),
        r.wallSeconds.toFixed(2),
        perAgent.toFixed(2),
        `${(perAgent / base).toFixed(2)}×`,
        r.peakRssMb === null ? "?" : ((r.peakRssMb * 1000) / r.agents).toFixed(1),
      ]);
    }
  }
  return formatTable(header, body);
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
