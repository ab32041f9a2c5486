/**
 * The scoring phase of `npm run score` on its own: from the end of ingest to
 * results ready (src/cli/score-ingested.ts). Loads a project once, untimed,
 * then times the phase as the CLI runs it (once, cold) and, warm, its parts.
 * `npm run bench:score-phase -- <project folder> [passes=3]` prints the
 * figures; run with `node --expose-gc` (the npm script does) for the heap held
 * by the results.
 */
import { loadIngested } from "../../src/cli/load-and-score.ts";
import { missingColumnProblems } from "../../src/cli/missing-columns.ts";
import { scoreIngested } from "../../src/cli/score-ingested.ts";
import { noteExplicitWeights } from "../../src/cli/weight-notes.ts";
import { byMonthThenAgent, scoreAll } from "../../src/engine/index.ts";
import { ratioDisagreements } from "../../src/ingest/ratio-consistency.ts";
import { rosterWindowProblems } from "../../src/ingest/roster.ts";

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

/**
 * The result, and milliseconds: wall, CPU of the process (the garbage collector's
 * helper threads too) and of this thread alone; CPU is steadier when others share the cores.
 */
function timed<T>(run: () => T): [T, number, number, number] {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const thread = process.threadCpuUsage();
  const out = run();
  const threadMs = cpuMs(process.threadCpuUsage(thread));
  return [out, performance.now() - start, cpuMs(process.cpuUsage(cpu)), threadMs];
}

/** A fixed shuffle (not Math.random: runs compare). */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function main(project: string, passes: number) {
  const loaded = await loadIngested({ data: [] }, { root: project, today: "2026-11-30" });
  const months = loaded.ingest.agentMonths;
  const before = heapMb();
  let first: ReturnType<typeof scoreIngested> | null = null;
  const [, coldMs, coldCpuMs, coldThreadMs] = timed(() => {
    first = scoreIngested(loaded);
  });
  const held = heapMb() - before;
  const count = (first as ReturnType<typeof scoreIngested> | null)?.results.length ?? 0;
  first = null;
  const line = (label: string, ms: number) =>
    console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms`);
  console.log(`agent-months: ${months.length}, results: ${count}`);
  line("phase, cold (as the CLI runs it)", coldMs);
  line("  CPU, all threads", coldCpuMs);
  line("  CPU, main thread", coldThreadMs);
  console.log(
    `heap held by the results: ${held.toFixed(0)} MB (${((held * 2 ** 20) / months.length).toFixed(0)} B per agent-month)${gc ? "" : " — run with --expose-gc"}`,
  );
  // Warm passes, each from a collected heap with no earlier results held: the engine's own
  // speed, steadier than the single cold pass (which also pays for compiling the code).
  const best = new Map<string, number>();
  const keep = (label: string, ms: number) =>
    best.set(label, Math.min(best.get(label) ?? Number.POSITIVE_INFINITY, ms));
  const roster = loaded.roster?.entries ?? new Map();
  const shuffle = shuffled(months);
  const used = [...new Set(months.map((am) => loaded.pick(am)))];
  const weights = loaded.ingest.explicitWeights;
  for (let pass = 0; pass < passes; pass++) {
    gc?.();
    const [, phaseMs, , phaseThreadMs] = timed(() => scoreIngested(loaded));
    keep("phase, warm (best)", phaseMs);
    keep("  CPU, main thread", phaseThreadMs);
    gc?.();
    const [results, scoreMs] = timed(() => scoreAll((am) => loaded.pick(am), months));
    keep("  scoreAll", scoreMs);
    keep(
      "  noteExplicitWeights",
      timed(() => noteExplicitWeights(results, months, loaded.schemes, weights))[1],
    );
    keep("  ratioDisagreements", timed(() => ratioDisagreements(months, "data"))[1]);
    keep("  rosterWindowProblems", timed(() => rosterWindowProblems(months, roster, "r"))[1]);
    keep(
      "  missingColumnProblems",
      timed(() => missingColumnProblems(used, loaded.ingest.columnsSeen, loaded.schemeSource))[1],
    );
    keep("ingest's sort (shuffled input)", timed(() => [...shuffle].sort(byMonthThenAgent))[1]);
  }
  for (const [label, ms] of best) line(label, ms);
}

if (import.meta.main) {
  const [project, passes] = process.argv.slice(2);
  if (!project) {
    process.stderr.write("usage: node scripts/bench/score-phase.ts <project folder> [passes]\n");
    process.exit(2);
  }
  await main(project, Number(passes ?? 3));
}
