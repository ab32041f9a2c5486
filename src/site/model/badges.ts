/**
 * Grade badges and signed changes as class + text, rendered inline: a ranking
 * of thousands of rows would otherwise call two components per row.
 */
import type { Tone } from "../../charts/types.ts";
import { fmtDelta, type Lang, pick } from "../i18n.ts";
import { T } from "../strings.ts";

/**
 * A grade's tone by its place among the scheme's grades, best first: the
 * last (the catch-all, 不合格) is poor, the others spread over best, good and
 * fair (S A B C D → best best good fair poor). Badges and the grade-count
 * bars both take it, so a grade has one colour everywhere, whatever it is
 * called (优秀 as well as S); null for a grade the scheme does not list.
 */
export function gradeTone(grades: readonly Grade[], grade: string): Tone | null {
  const order = bestFirst(grades);
  const i = order.indexOf(grade);
  if (i < 0) return null;
  const n = order.length;
  if (n > 1 && i === n - 1) return "poor";
  return TONES[Math.min(2, Math.floor((i * 4) / n))] as Tone;
}

const TONES: readonly Tone[] = ["best", "good", "fair", "poor"];

type Grade = { grade: string; min?: number };

/** A scheme's grades best first, by their minimum (a scheme may list them worst first), once per list. */
const ORDER = new WeakMap<readonly Grade[], string[]>();
function bestFirst(grades: readonly Grade[]): string[] {
  let order = ORDER.get(grades);
  if (order === undefined) {
    order = [...grades].sort((a, b) => (b.min ?? 0) - (a.min ?? 0)).map((g) => g.grade);
    ORDER.set(grades, order);
  }
  return order;
}

/** A grade badge's classes: its tone among `grades` (gradeTone); "muted" for no grade. */
export function gradeClass(grade: string | null, grades: readonly Grade[]): string {
  if (!grade) return "muted";
  const tone = gradeTone(grades, grade);
  return tone ? `badge grade tone-${tone}` : "badge grade";
}

/** A change with an arrow, so it does not rely on colour. */
export function delta(value: number | null, lang: Lang): { cls: string; text: string } {
  const flat = value === null || Math.abs(value) < 0.05;
  const cls = flat ? "muted" : value > 0 ? "up" : "down";
  const arrow = flat ? "" : value > 0 ? "▲ " : "▼ ";
  return { cls: `num ${cls}`, text: `${arrow}${fmtDelta(value, lang)}` };
}

/** Why a KPI has no points: missing input or an undefined value ("" when it was scored). */
export function statusText(status: string, lang: Lang): string {
  if (status === "missing") return pick(T.missing, lang);
  return status === "undefined" ? pick(T.undefinedValue, lang) : "";
}
