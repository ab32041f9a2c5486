/**
 * How a judgement item's points came about, as the appraisal form prints it
 * under the item: each rater's score and weight, a deduction's count, which
 * checklist items were met ("2 of 3 met", the unmet ones by name), a
 * letter; and the composite's parts below the form. HTML strings, every text
 * escaped (labels come from schemes).
 */
import { escapeXml as e } from "../../charts/toSvgString.ts";
import type { CompositePart, Label } from "../../engine/types.ts";
import { inputErrorText } from "../../reasons/input-error-text.ts";
import { fmtNumber, type Lang, pick } from "../i18n.ts";
import type { SiteKpi, SiteResult } from "../model/site-data.ts";

const s = (zh: string, en: string): Label => ({ zh, en });
const W = {
  met: s("项达标", "met"),
  of: s("/", "of"),
  unmet: s("未达标：", "unmet: "),
  times: s("次", "times"),
  each: s("每次", "each"),
  letter: s("等级", "grade"),
  form: s("本表", "This form"),
  final: s("最终得分", "Final result"),
  guidance: s("参考：", "guidance: "),
  notRated: s("未评分", "not rated"),
};

/** The checklist's value as people read it: "2 of 3 met". */
export function checklistValue(k: SiteKpi, lang: Lang): string | null {
  if (!k.items) return null;
  const met = k.items.filter((i) => i.met).length;
  return lang === "zh"
    ? `${met}/${k.items.length} ${pick(W.met, lang)}`
    : `${met} ${pick(W.of, lang)} ${k.items.length} ${pick(W.met, lang)}`;
}

/** One line under the item's name, or "" when there is nothing to add. */
export function kpiDetail(k: SiteKpi, guidance: Label | undefined, lang: Lang): string {
  const parts: string[] = [];
  if (k.raters)
    parts.push(
      k.raters
        .map(
          (r) =>
            `${pick(r.label, lang)} ${r.score === null ? pick(W.notRated, lang) : fmtNumber(r.score, lang)} × ${fmtNumber(r.weight, lang)}%`,
        )
        .join(" + "),
    );
  if (k.items) {
    const unmet = k.items.filter((i) => !i.met).map((i) => pick(i.label, lang));
    parts.push(
      `${checklistValue(k, lang)}${unmet.length > 0 ? `; ${pick(W.unmet, lang)}${unmet.join(lang === "zh" ? "、" : ", ")}` : ""}`,
    );
  }
  if (k.each !== undefined && k.value !== null) {
    const n = fmtNumber(k.value, lang);
    parts.push(
      lang === "zh"
        ? `${n} ${pick(W.times, lang)}，${pick(W.each, lang)} ${signed(k.each, lang)}`
        : `${n} ${pick(W.times, lang)}, ${signed(k.each, lang)} ${pick(W.each, lang)}`,
    );
  }
  if (k.letter !== undefined) parts.push(`${pick(W.letter, lang)} ${k.letter}`);
  if (guidance) parts.push(`${pick(W.guidance, lang)}${pick(guidance, lang)}`);
  return parts.length === 0 ? "" : `<br><small class="muted">${e(parts.join(" · "))}</small>`;
}

const signed = (x: number, lang: Lang) =>
  `${x > 0 ? "+" : x < 0 ? "−" : ""}${fmtNumber(Math.abs(x), lang)}`;

const partLine = (p: CompositePart, lang: Lang, label: string) =>
  p.value === null || p.score === null
    ? `${label}: ${(p.why?.code === "input-error" ? inputErrorText(p.why, lang) : p.error) ?? "—"}`
    : `${label}: ${fmtNumber(p.value, lang)} / ${fmtNumber(p.max, lang)} → ${fmtNumber(p.score, lang)} × ${fmtNumber(p.weight, lang)}% = ${fmtNumber(p.points, lang)}`;

/**
 * The label cell of a form row below the KPIs (a composite's part, the total),
 * spanning every column before 得分: five on a screen, three on a phone, where
 * the # and formula columns are not shown. One of the two is ever displayed.
 */
export function formLabelCells(html: string): string {
  return `<th scope="row" colspan="5" class="span-wide">${html}</th><th scope="row" colspan="3" class="span-narrow">${html}</th>`;
}

/** Table rows for a composite's parts (the form as a score out of 100, the plan …), before the total. */
export function compositeRows(result: SiteResult, lang: Lang): string {
  if (!result.composite) return "";
  return result.composite
    .map((p) => {
      const label = p.id === "form" ? pick(W.form, lang) : pick(p.label, lang);
      return `<tr class="composite-part">${formLabelCells(e(partLine(p, lang, label)))}<td class="num">${e(fmtNumber(p.points, lang))}</td><td class="num">${e(fmtNumber(p.weight, lang))}</td></tr>`;
    })
    .join("");
}
