/**
 * Where a ratio is given directly and its parts are given too, the parts win
 * (the engine computes from them); a disagreement beyond rounding is a
 * warning naming the agent-month. Pure.
 */
import { METRICS } from "../engine/metrics.ts";
import type { AgentMonth } from "../engine/types.ts";
import type { ProblemReason } from "../reasons/reason.ts";
import { type Problem, problemOf } from "./problems.ts";

/** The engine's ratios that a column may also give directly: [that column, numerator, denominator]. */
const PAIRS: readonly [ratio: string, numerator: string, denominator: string][] = Object.values(
  METRICS,
).flatMap((m) => (m.kind === "ratio" && m.fallback ? [[m.fallback, m.num, m.den] as const] : []));

/** Rounding in exports: 0.1 pp on a ratio, 0.5 % on a money average. */
const tolerance = (computed: number) => Math.max(0.001, Math.abs(computed) * 0.005);

/** The pairs whose ratio column some file gave (no other can disagree). */
export function ratioPairsFor(columnsSeen: ReadonlySet<string>): RatioPairs {
  return PAIRS.filter(([ratio]) => columnsSeen.has(ratio));
}

export type RatioPairs = readonly (readonly [
  ratio: string,
  numerator: string,
  denominator: string,
])[];

export function ratioDisagreements(
  months: readonly AgentMonth[],
  source: string,
  pairs: RatioPairs = PAIRS,
): Problem[] {
  const problems: Problem[] = [];
  for (const am of months) {
    for (const [ratio, num, den] of pairs) {
      const given = am.values[ratio];
      const n = am.values[num];
      const d = am.values[den];
      if (given === undefined || n === undefined || d === undefined || d === 0) continue;
      const computed = n / d;
      if (Math.abs(given - computed) <= tolerance(computed)) continue;
      const why: ProblemReason = {
        code: "ratio-disagrees",
        agent: am.agent,
        month: am.month,
        ratio,
        given: round(given),
        parts: [num, den],
        computed: round(computed),
      };
      problems.push(problemOf("warning", source, why, { column: ratio }));
    }
  }
  return problems;
}

const round = (x: number) => String(Math.round(x * 10_000) / 10_000);
