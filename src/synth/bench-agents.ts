/**
 * A large synthetic roster for benchmarks: 60 % pre-sales, 40 % after-sales,
 * in teams of 15 (售前一组, 售前二组, …, 售后一组, …), with random personas,
 * some joiners and leavers inside the period.
 */

import { leanFor, type SynthAgent, type SynthRole } from "./agent-model.ts";
import { trajectories } from "./personas.ts";
import { createRng } from "./prng.ts";

const TEAM_SIZE = 15;
const NICKNAMES = ["小美", "阿杰", "丁丁", "糖糖", "小鹿", "阿伟", "七七", "橙子", "木木", "豆豆"];
const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 12 → 十二, 105 → 一百零五 (enough for team numbers below 1000). */
export function chineseNumber(n: number): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let text = hundreds > 0 ? `${DIGITS[hundreds]}百` : "";
  if (tens > 0) text += `${hundreds === 0 && tens === 1 ? "" : DIGITS[tens]}十`;
  else if (hundreds > 0 && ones > 0) text += "零";
  return text + (DIGITS[ones] ?? "");
}

/** A day `offsetDays` after `first` (`YYYY-MM-DD`). */
function addDays(first: string, offsetDays: number): string {
  return new Date(Date.parse(`${first}T00:00:00Z`) + offsetDays * 864e5).toISOString().slice(0, 10);
}

export function benchAgents(
  count: number,
  firstDay: string,
  lastDay: string,
  seed: number,
): SynthAgent[] {
  const rng = createRng(seed);
  const periodDays = Math.round((Date.parse(lastDay) - Date.parse(firstDay)) / 864e5);
  const presalesCount = Math.round(count * 0.6);
  return Array.from({ length: count }, (_, i) => {
    const role: SynthRole = i < presalesCount ? "售前" : "售后";
    const indexInRole = role === "售前" ? i : i - presalesCount;
    const nickname = `${NICKNAMES[i % NICKNAMES.length]}${String(i + 1).padStart(4, "0")}`;
    const agent = `棉语旗舰店:${nickname}`;
    const joinsLate = rng.chance(0.1);
    const leaves = rng.chance(0.08);
    const trajectory = joinsLate
      ? "newcomer"
      : (trajectories[Math.floor(rng.next() * trajectories.length)] ?? "steady");
    return {
      agent,
      displayName: nickname,
      role,
      team: `${role}${chineseNumber(Math.floor(indexInRole / TEAM_SIZE) + 1)}组`,
      joined: joinsLate
        ? addDays(firstDay, Math.floor(rng.uniform(30, periodDays - 30)))
        : addDays(firstDay, -Math.floor(rng.uniform(30, 1500))),
      left:
        leaves && !joinsLate ? addDays(firstDay, Math.floor(rng.uniform(60, periodDays))) : null,
      persona: { trajectory, base: joinsLate ? rng.uniform(0.05, 0.25) : rng.uniform(0.15, 0.9) },
      lean: leanFor(agent, seed),
      capacity: rng.uniform(0.75, 1.25),
    };
  });
}
