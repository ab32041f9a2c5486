/**
 * Grade badges and signed changes as class + text, rendered inline: a ranking
 * of thousands of rows would otherwise call two components per row.
 */
import { fmtDelta, type Lang } from "../i18n.ts";

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
