/**
 * The sample shop's 抖店 (Douyin shop) team, opened in 2026-08: three agents
 * whose daily data arrives as 抖店 飞鸽 downloads it (客服数据 → 接待量, by
 * day). The export gives rates, not their counts: 3分钟人工回复率, 满意率,
 * 不满意率 and 询单转化率 are percentages rounded to 0.01 %, so a month is
 * their days weighted by 人工已接待人数 (the profile's and data/config.yaml's
 * `weights:`), except 询单转化率, whose counts (支付人数 / 询单人数) are there.
 */

import { isActiveOn, leanFor, type SynthAgent } from "./agent-model.ts";
import { dayContext, daysOfMonth } from "./calendar.ts";
import { type CsvFormat, csvText, encodeText } from "./csv-encode.ts";
import type { Trajectory } from "./personas.ts";
import { skillAt } from "./personas.ts";
import { binomial, createRng, hashSeed, type Rng } from "./prng.ts";
import { targetsFor } from "./quality.ts";

export const DOUYIN_SHOP = "棉语抖音店";
export const DOUYIN_TEAM = "抖店组";
export const DOUYIN_OPENED = "2026-08";

type Spec = [
  nickname: string,
  joined: string,
  trajectory: Trajectory,
  base: number,
  capacity: number,
];

const specs: Spec[] = [
  ["小橘", "2026-08-03", "steady", 0.78, 1.1],
  ["阿宁", "2026-08-03", "improving", 0.3, 1.0],
  ["乐乐", "2026-08-10", "volatile", 0.5, 0.9],
];

/** 飞鸽 names an agent by 客服昵称; 账号名称 is the shop account, `棉语抖音店:小橘`. */
export function douyinAgents(seed: number): SynthAgent[] {
  return specs.map(([nickname, joined, trajectory, base, capacity]) => ({
    agent: nickname,
    displayName: nickname,
    role: "抖店",
    team: DOUYIN_TEAM,
    joined,
    left: null,
    persona: { trajectory, base },
    lean: leanFor(`${DOUYIN_SHOP}:${nickname}`, seed),
    capacity,
  }));
}

/** The download's columns, as the profile's sources list them. */
export const feigeHeader = [
  "日期",
  "客服昵称",
  "账号名称",
  "人工已接待人数",
  "人工已接待会话量",
  "CPD",
  "不满意率",
  "3分钟人工回复率 (会话)",
  "3分钟人工回复率",
  "首次响应时长（秒）",
  "平均响应时长（秒）",
  "新平均响应时长（秒）",
  "满意率",
  "客服销售额（元）",
  "询单人数",
  "下单人数",
  "支付人数",
  "询单转化率",
  "预警会话量",
  "PC在线时长（时）",
  "PC小休时长（时）",
  "PC离线时长（时）",
] as const;

/** One agent's day with the counts behind the rates the export prints. */
export interface FeigeDay {
  date: string;
  agent: string;
  received: number;
  sessions: number;
  replied3min: number;
  firstResponseS: number;
  avgResponseS: number;
  satisfied: number;
  dissatisfied: number;
  reviews: number;
  agentSales: number;
  inquiries: number;
  orderedBuyers: number;
  paidBuyers: number;
  warnings: number;
  onlineHours: number;
}

const round = (x: number, places: number): number => Math.round(x * 10 ** places) / 10 ** places;
const percent = (part: number, whole: number): string =>
  whole > 0 ? `${((part / whole) * 100).toFixed(2)}%` : "-";

function feigeDay(rng: Rng, agent: SynthAgent, date: string, skill: number): FeigeDay {
  const day = dayContext(date);
  const t = targetsFor(skill, agent.lean);
  const received = Math.max(
    1,
    Math.round(55 * day.volume * agent.capacity * Math.exp(rng.normal(0, 0.2))),
  );
  const reviews = binomial(rng, received, 0.16);
  const satisfied = binomial(rng, reviews, t.satisfaction);
  const inquiries = binomial(rng, received, 0.58);
  const orderedBuyers = binomial(rng, inquiries, Math.min(0.95, t.conversion * 1.12));
  const paidBuyers = binomial(rng, orderedBuyers, t.paymentRate);
  return {
    date,
    agent: agent.agent,
    received,
    sessions: received + binomial(rng, received, 0.12),
    // 抖店's 3-minute line is looser than 千牛's reply rate: most are answered in time.
    replied3min: binomial(rng, received, Math.min(1, t.replyRate + 0.002)),
    firstResponseS: Math.max(1, Math.round(t.firstResponseS * Math.exp(rng.normal(0, 0.18)))),
    avgResponseS: Math.max(1, Math.round(t.avgResponseS * Math.exp(rng.normal(0, 0.15)))),
    satisfied,
    dissatisfied: binomial(rng, reviews - satisfied, 0.35),
    reviews,
    agentSales: round(paidBuyers * 96 * t.aovRatio * Math.exp(rng.normal(0, 0.08)), 2),
    inquiries,
    orderedBuyers,
    paidBuyers,
    warnings: binomial(rng, received, 0.02),
    onlineHours: round(rng.uniform(7.5, 9), 1),
  };
}

/** Every working day of one month for the team, in export order (by date, then agent). */
export function feigeMonthRows(
  agents: readonly SynthAgent[],
  month: string,
  monthIndex: number,
  span: number,
  seed: number,
): FeigeDay[] {
  const states = agents.map((agent) => {
    const rng = createRng(hashSeed(`${agent.agent}|${month}|feige`, seed));
    const tenure = Number(month.slice(5, 7)) - Number(agent.joined.slice(5, 7));
    const position = { monthIndex, span, tenureMonths: tenure, peakMonth: false };
    return { agent, rng, skill: skillAt(agent.persona, position, rng.uniform(-1, 1)) };
  });
  const rows: FeigeDay[] = [];
  for (const date of daysOfMonth(month)) {
    const offChance = dayContext(date).offChance;
    for (const { agent, rng, skill } of states) {
      const off = rng.chance(offChance);
      if (off || !isActiveOn(agent, date)) continue;
      rows.push(feigeDay(rng, agent, date, skill));
    }
  }
  return rows;
}

function cellsOf(d: FeigeDay): string[] {
  const sessionReplied = Math.min(
    d.sessions,
    d.replied3min + Math.round((d.sessions - d.received) * 0.9),
  );
  return [
    d.date,
    d.agent,
    `${DOUYIN_SHOP}:${d.agent}`,
    String(d.received),
    String(d.sessions),
    (d.sessions / d.received).toFixed(2),
    percent(d.dissatisfied, d.reviews),
    percent(sessionReplied, d.sessions),
    percent(d.replied3min, d.received),
    String(d.firstResponseS),
    String(d.avgResponseS),
    String(Math.max(1, d.avgResponseS - 2)),
    percent(d.satisfied, d.reviews),
    d.agentSales.toFixed(2),
    String(d.inquiries),
    String(d.orderedBuyers),
    String(d.paidBuyers),
    percent(d.paidBuyers, d.inquiries),
    String(d.warnings),
    d.onlineHours.toFixed(1),
    "0.5",
    (24 - d.onlineHours - 0.5).toFixed(1),
  ];
}

/** 飞鸽 downloads UTF-8 with a BOM. */
export const feigeFormat: CsvFormat = { encoding: "utf8-bom", eol: "\n" };

export function feigeCsv(days: readonly FeigeDay[]): Uint8Array {
  return encodeText(csvText(feigeHeader, days.map(cellsOf), feigeFormat), feigeFormat);
}

/** The file as the download names it (客服数据_接待量 + the range). */
export function feigePath(month: string): string {
  const days = daysOfMonth(month);
  const compact = (d: string) => d.replaceAll("-", "");
  return `exports/${month}/飞鸽-客服数据-接待量-${compact(days[0] ?? "")}-${compact(days.at(-1) ?? "")}.csv`;
}
