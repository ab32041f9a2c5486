/**
 * The 20 agents of the sample shop's Tmall store (棉语旗舰店, a Tmall home-textile store):
 * 12 pre-sales in two groups and 8 after-sales. Each has a persona chosen so
 * the report has something to show: stars, improvers, decliners, seasonal
 * agents, a new joiner (2026-04) and a leaver (2026-06).
 */

import { leanFor, type SynthAgent, type SynthRole } from "./agent-model.ts";
import type { Trajectory } from "./personas.ts";

export const SHOP_NAME = "棉语旗舰店";

type AgentSpec = [
  nickname: string,
  role: SynthRole,
  team: string,
  joined: string,
  left: string | null,
  trajectory: Trajectory,
  base: number,
  capacity: number,
];

const specs: AgentSpec[] = [
  ["小美", "售前", "售前一组", "2022-03-14", null, "steady", 0.85, 1.15],
  ["阿杰", "售前", "售前一组", "2024-07-01", null, "improving", 0.3, 1.0],
  ["丁丁", "售前", "售前一组", "2021-09-06", null, "declining", 0.8, 1.05],
  ["Amy.W", "售前", "售前一组", "2023-05-22", null, "peak-strong", 0.5, 1.1],
  ["007", "售前", "售前一组", "2024-02-26", null, "steady", 0.55, 0.95],
  ["糖糖", "售前", "售前一组", "2023-11-13", null, "peak-weak", 0.68, 0.9],
  ["小鹿", "售前", "售前二组", "2026-04-07", null, "newcomer", 0.12, 0.75],
  ["阿伟", "售前", "售前二组", "2022-08-15", "2026-06-19", "declining", 0.6, 1.0],
  ["七七", "售前", "售前二组", "2024-10-08", null, "steady", 0.28, 0.9],
  ["橙子", "售前", "售前二组", "2025-03-03", null, "improving", 0.42, 1.0],
  ["木木", "售前", "售前二组", "2023-02-20", null, "steady", 0.72, 1.05],
  ["豆豆", "售前", "售前二组", "2024-05-06", null, "volatile", 0.5, 0.95],
  ["阿珍", "售后", "售后组", "2021-04-12", null, "steady", 0.88, 1.1],
  ["小雨", "售后", "售后组", "2024-09-02", null, "improving", 0.3, 1.0],
  ["大熊", "售后", "售后组", "2022-06-20", null, "declining", 0.75, 1.0],
  ["甜甜", "售后", "售后组", "2023-08-07", null, "steady", 0.6, 0.95],
  ["晓晓", "售后", "售后组", "2024-03-18", null, "steady", 0.45, 1.0],
  ["阿龙", "售后", "售后组", "2022-11-28", null, "peak-weak", 0.7, 1.05],
  ["若若", "售后", "售后组", "2025-01-06", null, "volatile", 0.55, 0.9],
  ["可乐", "售后", "售后组", "2023-10-09", null, "peak-strong", 0.45, 1.0],
];

/** The agent whose review counts are `-` for a whole month (the platform's 延迟统计). */
export const MISSING_REVIEWS = { nickname: "甜甜", month: "2026-08" } as const;

export function sampleAgents(seed: number): SynthAgent[] {
  return specs.map(([nickname, role, team, joined, left, trajectory, base, capacity]) => {
    const agent = `${SHOP_NAME}:${nickname}`;
    return {
      agent,
      displayName: nickname,
      role,
      team,
      joined,
      left,
      persona: { trajectory, base },
      lean: leanFor(agent, seed),
      capacity,
    };
  });
}
