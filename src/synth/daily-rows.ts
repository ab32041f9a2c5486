/**
 * One agent's day, as a 千牛 接待/绩效 export row reports it. Counts are
 * integers and consistent (paid ≤ inquiries ≤ received, satisfied ≤ reviews,
 * replied ≤ received, paid orders ≤ placed orders, refunds ≤ deals). A null
 * review count is a cell the platform left as `-`.
 */

import type { DayContext } from "./calendar.ts";
import { binomial, type Rng } from "./prng.ts";
import type { KpiTargets } from "./quality.ts";

export interface PresalesDay {
  date: string;
  agent: string;
  inquiries: number;
  paidBuyers: number;
  agentSales: number;
  /** The shop's totals of the day, repeated on every agent's row. */
  shopSales: number;
  shopBuyers: number;
  firstResponseS: number;
  avgResponseS: number;
  satisfiedReviews: number | null;
  reviews: number | null;
  received: number;
  paidOrders: number;
  placedOrders: number;
}

export interface AftersalesDay {
  date: string;
  agent: string;
  received: number;
  replied: number;
  firstResponseS: number;
  avgResponseS: number;
  satisfiedReviews: number | null;
  reviews: number | null;
  refunds: number;
  deals: number;
}

const cents = (x: number): number => Math.round(x * 100) / 100;

/** A daily time: the month's target, slowed by the queue, with log-normal day noise. */
function responseTime(rng: Rng, target: number, slowdown: number): number {
  return cents(Math.max(1, target * slowdown * Math.exp(rng.normal(0, 0.16))));
}

/** A queue delays the first answer fully; later answers in a chat only partly. */
const avgSlowdown = (day: DayContext): number => 1 + (day.slowdown - 1) * 0.4;

function dailyVolume(rng: Rng, base: number, day: DayContext, capacity: number): number {
  return Math.max(1, Math.round(base * day.volume * capacity * Math.exp(rng.normal(0, 0.2))));
}

/** A pre-sales day; shop totals are 0 until `fillShopTotals` has seen the whole team. */
export function presalesDay(
  rng: Rng,
  agent: string,
  day: DayContext,
  targets: KpiTargets,
  capacity: number,
  shopAov: number,
): PresalesDay {
  const inquiries = dailyVolume(rng, 42, day, capacity);
  // Promotion crowds browse more and buy less per inquiry.
  const conversion = targets.conversion * (day.volume > 2 ? 0.93 : 1);
  const paidBuyers = binomial(rng, inquiries, conversion);
  const agentSales = cents(paidBuyers * shopAov * targets.aovRatio * Math.exp(rng.normal(0, 0.08)));
  const received = inquiries + Math.round(inquiries * rng.uniform(0.2, 0.45));
  const reviews = binomial(rng, received, 0.11);
  const paidOrders = paidBuyers + binomial(rng, paidBuyers, 0.08);
  const paymentRate = Math.min(1, targets.paymentRate * Math.exp(rng.normal(0, 0.03)));
  return {
    date: day.date,
    agent,
    inquiries,
    paidBuyers,
    agentSales,
    shopSales: 0,
    shopBuyers: 0,
    firstResponseS: responseTime(rng, targets.firstResponseS, day.slowdown),
    avgResponseS: responseTime(rng, targets.avgResponseS, avgSlowdown(day)),
    satisfiedReviews: binomial(rng, reviews, targets.satisfaction),
    reviews,
    received,
    paidOrders,
    placedOrders: Math.max(paidOrders, Math.round(paidOrders / paymentRate)),
  };
}

/**
 * The shop sells to far more buyers than the agents talk to (静默下单), at
 * about `shopAov` each; its totals therefore always exceed the agents' sums.
 */
export function fillShopTotals(rng: Rng, rows: PresalesDay[], shopAov: number): void {
  const agentBuyers = rows.reduce((sum, row) => sum + row.paidBuyers, 0);
  const agentSales = rows.reduce((sum, row) => sum + row.agentSales, 0);
  const silentBuyers = Math.round(Math.max(agentBuyers, 20) * rng.uniform(1.4, 1.9));
  const shopBuyers = agentBuyers + silentBuyers;
  const shopSales = cents(agentSales + silentBuyers * shopAov * rng.uniform(0.82, 0.9));
  for (const row of rows) {
    row.shopBuyers = shopBuyers;
    row.shopSales = shopSales;
  }
}

export function aftersalesDay(
  rng: Rng,
  agent: string,
  day: DayContext,
  targets: KpiTargets,
  capacity: number,
): AftersalesDay {
  const received = dailyVolume(rng, 36, day, capacity);
  const reviews = binomial(rng, received, 0.14);
  const deals = Math.max(1, Math.round(received * rng.uniform(0.45, 0.62)));
  return {
    date: day.date,
    agent,
    received,
    replied: binomial(rng, received, targets.replyRate),
    firstResponseS: responseTime(rng, targets.firstResponseS, day.slowdown),
    avgResponseS: responseTime(rng, targets.avgResponseS, avgSlowdown(day)),
    satisfiedReviews: binomial(rng, reviews, targets.satisfaction),
    reviews,
    refunds: binomial(rng, deals, targets.refundRate),
    deals,
  };
}

/** A day off as the platform lists it: the agent's row, every count zero. */
export function idlePresalesDay(agent: string, date: string): PresalesDay {
  return {
    date,
    agent,
    inquiries: 0,
    paidBuyers: 0,
    agentSales: 0,
    shopSales: 0,
    shopBuyers: 0,
    firstResponseS: 0,
    avgResponseS: 0,
    satisfiedReviews: 0,
    reviews: 0,
    received: 0,
    paidOrders: 0,
    placedOrders: 0,
  };
}

export function idleAftersalesDay(agent: string, date: string): AftersalesDay {
  return {
    date,
    agent,
    received: 0,
    replied: 0,
    firstResponseS: 0,
    avgResponseS: 0,
    satisfiedReviews: 0,
    reviews: 0,
    refunds: 0,
    deals: 0,
  };
}
