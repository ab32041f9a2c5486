/**
 * What a scheme can actually give: letters a KPI's bands never give (Form 9
 * lists B among its grade points, but ≥ 100% is read as A), grade and pay
 * bands no reachable total falls in, a composite whose maximum stays below
 * 100, and bands that leave gaps once a whole-number metric comes in as a
 * fraction. Warnings: the scheme still scores.
 */

import { contains, formatValue, trim } from "../format.ts";
import { isEmptyInterval } from "../scheme/compile-bands.ts";
import type { Report } from "../scheme/issues.ts";
import type { Band, BandSet, Kpi, Scheme } from "../scheme/types.ts";
import { weightedPoints } from "../weighting.ts";
import { coverage, payBandText } from "./coverage.ts";

/** Above this many distinct sums, totals are taken as the interval between their extremes. */
const MAX_SUMS = 20_000;

/** A set's bands that some value can match (45% > X ≥ 45% matches none: bands.ts says so). */
const reachable = (set: BandSet): Band[] => set.bands.filter((b) => !isEmptyInterval(b));

/** The points a KPI can add: a finite set, or (judgement, linear) anything between 0 and its max. */
function kpiPoints(k: Kpi, mode: Scheme["mode"]): number[] | null {
  const scale = (p: number) => weightedPoints(p, k.weight, mode);
  switch (k.kind) {
    case "banded":
      return [
        ...new Set([k.base, ...k.seasons].flatMap((s) => reachable(s).map((b) => scale(b.points)))),
      ];
    case "checklist":
      return k.items
        .map((_, j) => scale(Math.max(0, k.rawMax - j * k.each)))
        .concat(scale(Math.max(0, k.rawMax - k.items.length * k.each)));
    case "deduction": {
      const out = new Set<number>([scale(0)]);
      for (
        let n = 0;
        k.rawMax - n * k.each > 0 && (k.wipeoutAt === undefined || n < k.wipeoutAt);
        n++
      )
        out.add(scale(k.rawMax - n * k.each));
      return [...out];
    }
    default:
      return null;
  }
}

/** Each scheme's reachable totals, worked out once for all the checks that ask (pay gaps, grades, bands). */
const totalsOf = new WeakMap<Scheme, number[] | null>();

/** Every total the KPIs can add up to, or null when some KPI is continuous (or there are too many). */
export function reachableTotals(s: Scheme): number[] | null {
  if (!totalsOf.has(s)) totalsOf.set(s, sumsOf(s));
  return totalsOf.get(s) ?? null;
}

function sumsOf(s: Scheme): number[] | null {
  if (s.composite || s.adjustments.length > 0) return null;
  let sums = new Set<number>([0]);
  for (const k of s.kpis) {
    const points = kpiPoints(k, s.mode);
    if (!points) return null;
    const next = new Set<number>();
    for (const a of sums) for (const p of points) next.add(Math.round((a + p) * 1e9) / 1e9);
    if (next.size > MAX_SUMS) return null;
    sums = next;
  }
  // A veto that zeroes the total makes 0 reachable too.
  if (s.vetoes.some((v) => v.effect === "zero")) sums.add(0);
  return [...sums].sort((a, b) => a - b);
}

function checkLetters(s: Scheme, warning: Report): void {
  for (const k of s.kpis) {
    if (k.kind !== "banded" || !k.gradePoints) continue;
    const given = new Set(
      [k.base, ...k.seasons].flatMap((set) => reachable(set).map((b) => b.grade)),
    );
    for (const [letter, points] of Object.entries(k.gradePoints))
      if (!given.has(letter))
        warning(`${k.path}.gradePoints.${letter}`, {
          en: `row ${k.row} (${k.id}): grade ${letter} (${trim(points)} points) is given by no band: no value can earn it`,
          zh: `第 ${k.row} 行（${k.id}）：没有哪一档给等级 ${letter}（${trim(points)} 分）：任何数值都拿不到它`,
        });
  }
}

function checkBandsReached(s: Scheme, warning: Report): void {
  const totals = reachableTotals(s);
  const lo = totals ? (totals[0] ?? 0) : 0;
  const hi = totals ? (totals[totals.length - 1] ?? 0) : s.max;
  // Only finite sets are exact; an interval (continuous items) is checked against its ends.
  const reached = (inBand: (t: number) => boolean, from: number, to: number) =>
    totals ? totals.some(inBand) : to >= lo && from <= hi;
  if (s.adjustments.length > 0) return; // bonuses and penalties have no bound
  s.grades.forEach((g, i) => {
    const min = g.min ?? Number.NEGATIVE_INFINITY;
    const above =
      i === 0 ? Number.POSITIVE_INFINITY : (s.grades[i - 1]?.min ?? Number.POSITIVE_INFINITY);
    if (!reached((t) => t >= min && t < above, min, above)) {
      const span = `${trim(g.min ?? 0)}–${above === Number.POSITIVE_INFINITY ? "∞" : trim(above)}`;
      warning(`grades[${i}]`, {
        en: `grade ${g.grade} can never be given: no reachable total lies in ${span}${totals ? ` (the totals the bands can add up to: ${list(totals)})` : ` (totals run ${trim(lo)}–${trim(hi)})`}`,
        zh: `等级 ${g.grade} 永远评不上：能得到的总分没有一个落在 ${span}${totals ? `（各档能加出的总分：${listZh(totals)}）` : `（总分范围 ${trim(lo)}–${trim(hi)}）`}`,
      });
    }
  });
  s.pay.forEach((p, i) => {
    if (
      !reached(
        (t) => contains(p, t),
        p.lo ?? Number.NEGATIVE_INFINITY,
        p.hi ?? Number.POSITIVE_INFINITY,
      )
    ) {
      const band = payBandText(p);
      warning(`pay[${i}]`, {
        en: `pay band ${band} can never be paid: no reachable total lies in it${totals ? ` (${list(totals)})` : ` (totals run ${trim(lo)}–${trim(hi)})`}`,
        zh: `绩效工资档 ${band} 永远发不出：能得到的总分没有一个落在这一档${totals ? `（${listZh(totals)}）` : `（总分范围 ${trim(lo)}–${trim(hi)}）`}`,
      });
    }
  });
}

/**
 * Grades with no catch-all (every one has a min): a total below the lowest
 * min gets no grade, said with the range of totals that can fall there. A
 * grade without min catches them; the lowest min is taken whatever the order
 * the grades are listed in.
 */
function checkGradeFloor(s: Scheme, warning: Report): void {
  if (s.grades.length === 0 || s.grades.some((g) => g.min === null)) return;
  let lowest = 0;
  s.grades.forEach((g, i) => {
    if ((g.min ?? 0) < (s.grades[lowest]?.min ?? 0)) lowest = i;
  });
  const grade = s.grades[lowest];
  if (!grade || grade.min === null) return;
  const totals = reachableTotals(s);
  // Penalties can take a total below any number; otherwise totals start at the least sum (0).
  const penalties = s.adjustments.some((a) => a.points < 0);
  const floor = totals ? (totals[0] ?? 0) : penalties ? null : 0;
  if (floor !== null && floor >= grade.min) return;
  const min = trim(grade.min);
  const span = floor === null ? `below ${min}` : `from ${trim(floor)} to under ${min}`;
  const spanZh = floor === null ? `低于 ${min} ` : ` ${trim(floor)} 到 ${min} 以下`;
  const names = new Set(s.grades.map((g) => g.grade));
  const example = ["D", "E", "F", "C", "B"].find((n) => !names.has(n)) ?? "…";
  warning(`grades[${lowest}].min`, {
    en: `totals ${span} get no grade: the lowest grade, ${grade.grade}, starts at ${min}; add a last grade without min (e.g. { grade: ${example} }) to give them one`,
    zh: `总分${spanZh}评不上任何等级：最低的等级 ${grade.grade} 从 ${min} 起；在最后加一个不写 min 的等级（如 { grade: ${example} }）即可给它们评级`,
  });
}

/** Up to twelve totals, joined as each language lists ("60, 70 …" and "60、70…"). */
const list = (xs: number[], sep = ", ", more = " …") =>
  xs.slice(0, 12).map(trim).join(sep) + (xs.length > 12 ? more : "");
const listZh = (xs: number[]) => list(xs, "、", "…");

function checkCompositeMax(s: Scheme, warning: Report): void {
  if (s.composite && s.max < 100 - 1e-9)
    warning("composite", {
      en: `the composite's maximum is ${trim(s.max)}: even a perfect month cannot reach 100 (form ${trim(s.composite.form)}% + parts ${s.composite.parts.map((p) => `${trim(p.weight)}%`).join(" + ")})`,
      zh: `综合成绩最高只有 ${trim(s.max)}：即使各项都拿满分也到不了 100（考核表 ${trim(s.composite.form)}% + 各部分 ${s.composite.parts.map((p) => `${trim(p.weight)}%`).join(" + ")}）`,
    });
}

/** Whole-number bands (`integer: true`) that leave a gap for fractional values. */
function checkFractionalGaps(s: Scheme, warning: Report): void {
  for (const k of s.kpis) {
    if (k.kind !== "banded" || !k.integer) continue;
    for (const set of [k.base, ...k.seasons]) {
      const bands = reachable(set);
      const whole = coverage(bands, { integer: true, ends: true }).filter((p) => p.kind === "gap");
      const path = set.path.endsWith(".bands") ? set.path : `${set.path}.bands`;
      for (const p of coverage(bands, { integer: false, ends: true })) {
        if (p.kind !== "gap" || whole.some((w) => w.from === p.from && w.to === p.to)) continue;
        const f = (v: number | null) => (v === null ? "∞" : formatValue(v, k.unit));
        const side = p.above >= 0 ? p.above : p.below;
        warning(bands[side]?.path ?? `${path}[${side}]`, {
          en: `row ${k.row} (${k.id}): between ${f(p.from)} and ${f(p.to)} a fractional value matches no band: the bands assume whole numbers, so the input must be a whole count (an average per week would fall through)`,
          zh: `第 ${k.row} 行（${k.id}）：${f(p.from)} 与 ${f(p.to)} 之间的小数不在任何一档：分档按整数设定，输入必须是整数计数（按周平均的数值会落空）`,
        });
      }
    }
  }
}

/** Judgement levels (read as the form prints them) that leave gaps or overlap. */
function checkLevels(s: Scheme, warning: Report): void {
  for (const k of s.kpis) {
    if (k.kind !== "judgement" || k.levels.length < 2) continue;
    const order = k.levels.map((l, i) => ({ ...l, i })).sort((a, b) => a.min - b.min);
    for (let j = 1; j < order.length; j++) {
      const lower = order[j - 1];
      const upper = order[j];
      if (!lower || !upper) continue;
      const name = (l: typeof lower) =>
        `levels[${l.i}] (${l.label.zh} ${trim(l.min)}–${trim(l.max)})`;
      const nameZh = (l: typeof lower) =>
        `levels[${l.i}]（${l.label.zh} ${trim(l.min)}–${trim(l.max)}）`;
      const row = { en: `row ${k.row} (${k.id})`, zh: `第 ${k.row} 行（${k.id}）` };
      if (upper.min > lower.max)
        warning(`${k.path}.levels[${upper.i}].min`, {
          en: `${row.en}: ${name(lower)} and ${name(upper)} leave a gap: a score between ${trim(lower.max)} and ${trim(upper.min)} (a half point, or a weighted average of raters) is in no level${k.levelInput ? "" : "; it is shown in the lower one"}`,
          zh: `${row.zh}：${nameZh(lower)}与 ${nameZh(upper)}之间有空档：${trim(lower.max)} 与 ${trim(upper.min)} 之间的分数（半分，或多位评分人的加权平均）不属于任何等级${k.levelInput ? "" : "；显示为较低的那一级"}`,
        });
      else
        warning(`${k.path}.levels[${upper.i}].min`, {
          en: `${row.en}: ${name(lower)} and ${name(upper)} overlap from ${trim(upper.min)} to ${trim(Math.min(lower.max, upper.max))}`,
          zh: `${row.zh}：${nameZh(lower)}与 ${nameZh(upper)}在 ${trim(upper.min)} 到 ${trim(Math.min(lower.max, upper.max))} 之间重叠`,
        });
    }
  }
}

export function checkReachable(s: Scheme, warning: Report): void {
  checkLetters(s, warning);
  checkBandsReached(s, warning);
  checkGradeFloor(s, warning);
  checkCompositeMax(s, warning);
  checkFractionalGaps(s, warning);
  checkLevels(s, warning);
}
