/**
 * All daily rows of one month for a set of agents, in export order (by date,
 * then by agent). Every agent-month draws from its own seeded stream, so
 * adding an agent does not change anybody else's numbers.
 */

import { isActiveOn, type SynthAgent, tenureMonths } from "./agent-model.ts";
import { dayContext, daysOfMonth } from "./calendar.ts";
import {
  type AftersalesDay,
  aftersalesDay,
  fillShopTotals,
  idleAftersalesDay,
  idlePresalesDay,
  type PresalesDay,
  presalesDay,
} from "./daily-rows.ts";
import { skillAt } from "./personas.ts";
import { createRng, hashSeed, type Rng } from "./prng.ts";
import { type KpiTargets, targetsFor } from "./quality.ts";

export interface MonthRows {
  presales: PresalesDay[];
  aftersales: AftersalesDay[];
}

/** The month's place in the data set, for trajectories. */
export interface MonthPosition {
  month: string;
  monthIndex: number;
  span: number;
}

const BASE_SHOP_AOV = 168;

interface AgentMonthState {
  agent: SynthAgent;
  rng: Rng;
  targets: KpiTargets;
}

function monthState(agent: SynthAgent, at: MonthPosition, seed: number): AgentMonthState {
  const rng = createRng(hashSeed(`${agent.agent}|${at.month}`, seed));
  const peakMonth = dayContext(`${at.month}-01`).peakMonth;
  const position = { ...at, tenureMonths: tenureMonths(agent, at.month), peakMonth };
  const skill = skillAt(agent.persona, position, rng.uniform(-1, 1));
  return { agent, rng, targets: targetsFor(skill, agent.lean) };
}

/**
 * `listDaysOff`: like 千牛's sub-account report, give an agent on a day off a
 * row of zeros instead of no row (the benchmark's contact-centre exports).
 */
export function monthRows(
  agents: readonly SynthAgent[],
  at: MonthPosition,
  seed: number,
  listDaysOff = false,
): MonthRows {
  const states = agents.map((agent) => monthState(agent, at, seed));
  const rows: MonthRows = { presales: [], aftersales: [] };
  for (const date of daysOfMonth(at.month)) {
    const day = dayContext(date);
    const shopRng = createRng(hashSeed(date, seed));
    const shopAov = BASE_SHOP_AOV * (day.volume > 2 ? 0.9 : 1) * Math.exp(shopRng.normal(0, 0.04));
    const presalesToday: PresalesDay[] = [];
    for (const { agent, rng, targets } of states) {
      // Draw the day-off coin first so the stream advances the same way every day.
      const off = rng.chance(day.offChance);
      if (!isActiveOn(agent, date)) continue;
      if (off) {
        if (!listDaysOff) continue;
        if (agent.role === "售前") presalesToday.push(idlePresalesDay(agent.agent, date));
        else rows.aftersales.push(idleAftersalesDay(agent.agent, date));
        continue;
      }
      if (agent.role === "售前") {
        presalesToday.push(presalesDay(rng, agent.agent, day, targets, agent.capacity, shopAov));
      } else {
        rows.aftersales.push(aftersalesDay(rng, agent.agent, day, targets, agent.capacity));
      }
    }
    if (presalesToday.length > 0) fillShopTotals(shopRng, presalesToday, shopAov);
    rows.presales.push(...presalesToday);
  }
  return rows;
}
