/**
 * A synthetic agent: who they are on the roster and how they perform.
 * Shared by the committed sample and the benchmark generator.
 */

import type { Persona } from "./personas.ts";
import { createRng, hashSeed } from "./prng.ts";
import type { KpiLean } from "./quality.ts";

export type SynthRole = "售前" | "售后" | "抖店";

export interface SynthAgent {
  /** The 旺旺 sub-account as 千牛 prints it, e.g. `棉语旗舰店:小美`. */
  agent: string;
  displayName: string;
  role: SynthRole;
  team: string;
  /** `YYYY-MM-DD` */
  joined: string;
  /** `YYYY-MM-DD`, the last working day; null while employed. */
  left: string | null;
  persona: Persona;
  lean: KpiLean;
  /** Relative workload: some agents take more chats than others. */
  capacity: number;
}

/** Per-KPI offsets drawn from the agent's own stream, so one agent is fast but converts poorly, etc. */
export function leanFor(agent: string, seed: number): KpiLean {
  const rng = createRng(hashSeed(agent, seed ^ 0x5eed));
  const draw = (): number => rng.normal(0, 0.12);
  return {
    conversion: draw(),
    aovRatio: draw(),
    firstResponseS: draw(),
    avgResponseS: draw(),
    satisfaction: draw(),
    replyRate: draw(),
    refundRate: draw(),
    paymentRate: draw(),
  };
}

export function isActiveOn(agent: SynthAgent, date: string): boolean {
  return date >= agent.joined && (agent.left === null || date <= agent.left);
}

/** Whole months between the month of joining and `month` (0 in the joining month). */
export function tenureMonths(agent: SynthAgent, month: string): number {
  const index = (m: string): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  return Math.max(0, index(month) - index(agent.joined.slice(0, 7)));
}
