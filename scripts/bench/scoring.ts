/**
 * Scoring throughput benchmark: agent-months per second with seed-indicators
 * on one core. `npx node scripts/bench/scoring.ts` prints the rate.
 */
import { getBuiltinScheme, scoreAgentMonth } from "../../src/engine/index.ts";
import type { AgentMonth } from "../../src/engine/types.ts";

function syntheticInputs(count: number): AgentMonth[] {
  const out: AgentMonth[] = [];
  for (let i = 0; i < count; i++) {
    const f = (i * 7919) % 1000;
    out.push({
      agent: `agent-${i % 50}`,
      month: `2026-${String((i % 12) + 1).padStart(2, "0")}`,
      days: 30,
      values: {
        paid_buyers: 300 + (f % 200),
        inquiries: 700,
        paid_orders: 400 + (f % 100),
        placed_orders: 480,
        agent_aov: 100 + (f % 20),
        shop_aov: 100,
        replied_customers: 950 + (f % 50),
        received_customers: 1000,
        avg_response_s: 20 + (f % 50),
      },
    });
  }
  return out;
}

export async function benchScoring(
  opts: { n?: number } = {},
): Promise<{ agentMonthsPerSec: number }> {
  const n = opts.n ?? 200_000;
  const scheme = getBuiltinScheme("seed-indicators");
  if (!scheme) throw new Error("built-in scheme seed-indicators is missing");
  const inputs = syntheticInputs(Math.min(n, 10_000));
  let sink = 0;
  for (let i = 0; i < Math.min(n, 20_000); i++)
    sink += scoreAgentMonth(scheme, inputs[i % inputs.length] as AgentMonth).total; // warm-up
  const start = performance.now();
  for (let i = 0; i < n; i++)
    sink += scoreAgentMonth(scheme, inputs[i % inputs.length] as AgentMonth).total;
  const seconds = (performance.now() - start) / 1000;
  if (Number.isNaN(sink)) throw new Error("unexpected NaN total");
  return { agentMonthsPerSec: n / seconds };
}

if (import.meta.main) {
  const { agentMonthsPerSec } = await benchScoring();
  console.log(`scoring: ${Math.round(agentMonthsPerSec)} agent-months/s`);
}
