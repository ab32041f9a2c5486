/** A data problem as the data-quality page lists it: where, then what, in the page's language. */
import { shownReason } from "../../reasons/reason-text.ts";
import type { Lang } from "../i18n.ts";
import type { ProblemLine } from "./site-data.ts";

/** `file:row:column: [warning: ]message`, as the CLI prints it in English; in Chinese from the reason's code. */
export function problemLine(p: ProblemLine, lang: Lang): string {
  const tag = p.severity === "warning" ? (lang === "zh" ? "警告：" : "warning: ") : "";
  return `${p.where}: ${tag}${shownReason({ reason: p.message, why: p.why }, lang) ?? p.message}`;
}
