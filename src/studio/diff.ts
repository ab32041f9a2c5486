/**
 * Before → after, over the same agent-months: grade counts per month and over
 * the range, every agent-month whose total, grade or pay changes, the performance-pay
 * budget per month, over the range and per team, and each KPI's band
 * occupancy. Pure: the studio renders these, tests check them.
 */
import type { Outcome } from "./rescore.ts";

/**
 * A total as the studio shows it (studio-view.ts): to 2 decimals. Totals that
 * show the same are the same total — 80 → 80.004 listed as changed showed "80
 * → 80" — as is a sum of the same points in another order.
 */
export const shownTotal = (n: number) => Math.round(n * 100) / 100;

/** The key an agent-month without a grade (incomplete data) is counted under. */
export const NO_GRADE = "—";

export interface Counts {
  before: Map<string, number>;
  after: Map<string, number>;
}

/** An agent-month whose total, grade or pay the edit changes. */
export interface Mover {
  agent: number;
  month: string;
  team: string | null;
  totalBefore: number;
  totalAfter: number;
  gradeBefore: string | null;
  gradeAfter: string | null;
  payBefore: number | null;
  payAfter: number | null;
  /** The grade's move; null when the grade stays (only the total or the pay changes). */
  direction: "up" | "down" | null;
}

/**
 * One agent over the range: the months whose total, grade or pay changes, its
 * grade moves, and the sums of its total's and pay's changes (no pay counted
 * as 0, as the budget counts it).
 */
export interface PersonChange {
  agent: number;
  months: number;
  up: number;
  down: number;
  total: number;
  pay: number;
}

/** Who gains: pay first, then grades (ups − downs), then total; below 0 loses. */
export const gain = (p: PersonChange): number =>
  Math.sign(p.pay) || Math.sign(p.up - p.down) || Math.sign(shownTotal(p.total));

export interface Money {
  before: number;
  after: number;
}

export interface StudioDiff {
  /** Grades in display order: the edited scheme's, then any only the published one has. */
  grades: string[];
  perMonth: { month: string; counts: Counts }[];
  overall: Counts;
  /**
   * Every agent-month whose total (as shown, to 2 decimals), grade or pay changes: a band edge moved inside a grade
   * still costs points, a pay edge moved costs pay without a grade changing. Grade changes
   * first, then the largest pay change, then the largest change of total.
   */
  movers: Mover[];
  /**
   * Each agent with an agent-month in `movers`: who gains first (the largest pay rise), who
   * loses last (the largest pay cut); see `gain`.
   */
  people: PersonChange[];
  /** Agents in the range, changed or not. */
  agents: number;
  /** Agent-months whose grade goes up, down; whose total goes down, up. */
  up: number;
  down: number;
  lower: number;
  higher: number;
  pay: {
    perMonth: { month: string; pay: Money }[];
    total: Money;
    perTeam: { team: string | null; pay: Money }[];
    /** Agent-months without pay (incomplete, or a total in a pay gap). */
    unpaid: Money;
  };
}

/** The map's entry for `k`, created by `make` when absent. */
function entry<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) {
    v = make();
    m.set(k, v);
  }
  return v;
}
const newCounts = (): Counts => ({ before: new Map(), after: new Map() });

/** Grade order for the direction of a move: best first; no grade ranks below every grade. */
export function gradeRank(order: readonly string[]): (g: string | null) => number {
  const at = new Map(order.map((g, i) => [g, i] as const));
  return (g) => (g === null ? order.length : (at.get(g) ?? order.length));
}

export function compareOutcomes(
  before: readonly Outcome[],
  after: readonly Outcome[],
  grades: { before: readonly string[]; after: readonly string[] },
): StudioDiff {
  if (before.length !== after.length) throw new Error("before and after cover different rows");
  const order = [...new Set([...grades.after, ...grades.before])];
  const rank = gradeRank(order);
  // Grades counted by index into per-month arrays: a few map look-ups per row, not a dozen
  // (tens of thousands of rows on every edit).
  const gradeAt = new Map<string, number>();
  const names: string[] = [];
  const gradeIndex = (g: string) => {
    let at = gradeAt.get(g);
    if (at === undefined) {
      at = names.length;
      names.push(g);
      gradeAt.set(g, at);
    }
    return at;
  };
  for (const g of [...order, NO_GRADE]) gradeIndex(g);
  const months = new Map<string, { before: number[]; after: number[]; pay: Money }>();
  const payTeam = new Map<string | null, Money>();
  const total: Money = { before: 0, after: 0 };
  const unpaid: Money = { before: 0, after: 0 };
  const movers: Mover[] = [];
  const agents = new Set<number>();
  for (let i = 0; i < before.length; i++) {
    const b = before[i] as Outcome;
    const a = after[i] as Outcome;
    if (a.row !== b.row) throw new Error("before and after are not in the same row order");
    const { month, team, agent } = b.row;
    agents.add(agent);
    const m = entry(months, month, () => ({ before: [], after: [], pay: { before: 0, after: 0 } }));
    const gb = gradeIndex(b.grade ?? NO_GRADE);
    const ga = gradeIndex(a.grade ?? NO_GRADE);
    m.before[gb] = (m.before[gb] ?? 0) + 1;
    m.after[ga] = (m.after[ga] ?? 0) + 1;
    const pm = m.pay;
    const pt = entry(payTeam, team, () => ({ before: 0, after: 0 }));
    // Written out per side: a loop over [side, outcome] pairs allocated two arrays per row.
    if (b.pay === null) unpaid.before++;
    else {
      pm.before += b.pay;
      pt.before += b.pay;
      total.before += b.pay;
    }
    if (a.pay === null) unpaid.after++;
    else {
      pm.after += a.pay;
      pt.after += a.pay;
      total.after += a.pay;
    }
    if (b.grade !== a.grade || b.pay !== a.pay || shownTotal(a.total) !== shownTotal(b.total))
      movers.push({
        agent,
        month,
        team,
        totalBefore: b.total,
        totalAfter: a.total,
        gradeBefore: b.grade,
        gradeAfter: a.grade,
        payBefore: b.pay,
        payAfter: a.pay,
        direction: b.grade === a.grade ? null : rank(a.grade) < rank(b.grade) ? "up" : "down",
      });
  }
  const overall = newCounts();
  const countsOf = (m: { before: number[]; after: number[] }): Counts => {
    const c = newCounts();
    for (const side of ["before", "after"] as const)
      m[side].forEach((n, g) => {
        const name = names[g] as string;
        c[side].set(name, n);
        overall[side].set(name, (overall[side].get(name) ?? 0) + n);
      });
    return c;
  };
  // The list a reader sees is cut after a few hundred: what matters most comes first.
  const payChange = (m: Mover) => Math.abs((m.payAfter ?? 0) - (m.payBefore ?? 0));
  movers.sort(
    (x, y) =>
      Number(y.direction !== null) - Number(x.direction !== null) ||
      payChange(y) - payChange(x) ||
      Math.abs(y.totalAfter - y.totalBefore) - Math.abs(x.totalAfter - x.totalBefore) ||
      (x.month < y.month ? -1 : x.month > y.month ? 1 : 0) ||
      x.agent - y.agent,
  );
  const byAgent = new Map<number, PersonChange>();
  for (const m of movers) {
    const p = entry(byAgent, m.agent, () => ({
      agent: m.agent,
      months: 0,
      up: 0,
      down: 0,
      total: 0,
      pay: 0,
    }));
    p.months++;
    if (m.direction === "up") p.up++;
    else if (m.direction === "down") p.down++;
    p.total += shownTotal(m.totalAfter) - shownTotal(m.totalBefore);
    // To the cent as it is added up: 0.1 + 0.2 − 0.3 is no gain.
    p.pay = shownTotal(p.pay + (m.payAfter ?? 0) - (m.payBefore ?? 0));
  }
  const people = [...byAgent.values()].sort(
    (x, y) =>
      y.pay - x.pay || y.up - y.down - (x.up - x.down) || y.total - x.total || x.agent - y.agent,
  );
  const sortedMonths = [...months.keys()].sort();
  const perMonth = sortedMonths.map((month) => {
    const m = months.get(month) as { before: number[]; after: number[]; pay: Money };
    return { month, counts: countsOf(m), pay: m.pay };
  });
  const seen = new Set([...overall.before.keys(), ...overall.after.keys()]);
  const shown = [...order.filter((g) => seen.has(g)), ...(seen.has(NO_GRADE) ? [NO_GRADE] : [])];
  return {
    grades: shown,
    perMonth: perMonth.map(({ month, counts }) => ({ month, counts })),
    overall,
    movers,
    people,
    agents: agents.size,
    up: movers.filter((m) => m.direction === "up").length,
    down: movers.filter((m) => m.direction === "down").length,
    lower: movers.filter((m) => shownTotal(m.totalAfter) < shownTotal(m.totalBefore)).length,
    higher: movers.filter((m) => shownTotal(m.totalAfter) > shownTotal(m.totalBefore)).length,
    pay: {
      perMonth: perMonth.map(({ month, pay }) => ({ month, pay })),
      total,
      perTeam: [...payTeam.entries()]
        .sort(([a], [b]) => (a ?? "").localeCompare(b ?? ""))
        .map(([team, pay]) => ({ team, pay })),
      unpaid,
    },
  };
}

export { bandOccupancy } from "./occupancy.ts";
