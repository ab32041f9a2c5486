/**
 * Grade badges and signed changes as class + text, rendered inline: a ranking
 * of thousands of rows would otherwise call two components per row.
 */
import { fmtDelta, type Lang, pick } from "../i18n.ts";
import { T } from "../strings.ts";

export function gradeClass(grade: string | null): string {
  return grade ? `badge grade grade-${grade.replace(/[^A-Za-z0-9]/g, "")}` : "muted";
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
