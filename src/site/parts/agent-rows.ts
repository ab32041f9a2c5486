/**
 * The body rows of an agent page's tables (the appraisal form's KPIs and every
 * month's total, grade and rank; the KPI charts' table comes with the charts,
 * model/agent-charts.ts) as HTML strings: a page has hundreds of such cells,
 * and at thousands of pages one string is several times cheaper to build than
 * a component expression per cell (as with the ranking rows). Every text and
 * attribute is escaped: grades come from the scheme.
 */
import { escapeXml as e } from "../../charts/toSvgString.ts";
import { shownReason } from "../../reasons/reason-text.ts";
import { fmtMonth, fmtNumber, fmtPay, formatBeside, type Lang, pick } from "../i18n.ts";
import type { AgentView } from "../model/agent-view.ts";
import { delta, gradeClass, statusText } from "../model/badges.ts";
import { kpiEdges } from "../model/kpi-edges.ts";
import type { SchemeView, SiteKpi, SiteResult } from "../model/site-data.ts";
import type { Routes } from "../routes.ts";
import { runLangAttr } from "../run-lang.ts";
import { T } from "../strings.ts";
import { checklistValue, kpiDetail } from "./explain.ts";

/** The roster's join and leave dates that fall in `month` ("入职 04-07"), each with its full date. */
function tenureDates(
  month: string,
  joined: string | undefined,
  left: string | undefined,
  lang: Lang,
): { text: string; date: string }[] {
  const dates: { text: string; date: string }[] = [];
  if (joined?.startsWith(month))
    dates.push({ text: `${lang === "zh" ? "入职" : "joined"} ${joined.slice(5)}`, date: joined });
  if (left?.startsWith(month))
    dates.push({ text: `${lang === "zh" ? "离职" : "left"} ${left.slice(5)}`, date: left });
  return dates;
}

/** "入职 04-07" beside the month the roster says the agent joined (or left) in: a part of a month. */
export function tenureBadge(
  month: string,
  joined: string | undefined,
  left: string | undefined,
  lang: Lang,
): string {
  return tenureDates(month, joined, left, lang)
    .map(({ text, date }) => ` <span class="badge" title="${e(date)}">${e(text)}</span>`)
    .join("");
}

/**
 * The appraisal form's words for a month the agent joined or left in, beside
 * 考核年月 ("非整月 · 离职 06-19"): the page's badges are not printed, the form
 * is. Empty for a whole month.
 */
export function partMonthNote(
  month: string,
  joined: string | undefined,
  left: string | undefined,
  lang: Lang,
): string {
  const dates = tenureDates(month, joined, left, lang).map((d) => d.text);
  if (dates.length === 0) return "";
  return lang === "zh"
    ? `（非整月 · ${dates.join(" · ")}）`
    : ` (part month · ${dates.join(" · ")})`;
}

/** One row per scored month, latest first. */
export function monthRows(view: AgentView, lang: Lang, r: Routes): string {
  // The space between the month and the badge is outside the badge, as before the tenure badges.
  const incomplete = ` <span class="badge warn">! ${e(pick(T.incomplete, lang))}</span>`;
  const { joined, left } = view.agent;
  let html = "";
  for (let i = view.results.length - 1; i >= 0; i--) {
    const x = view.results[i];
    if (!x) continue;
    const change = delta(x.delta, lang);
    html +=
      `<tr><td><a href="${e(r.month(x.month))}">${e(fmtMonth(x.month, lang))}</a>${tenureBadge(x.month, joined, left, lang)}${x.complete ? "" : incomplete}</td>` +
      `<td class="num">${e(fmtNumber(x.total, lang))}</td>` +
      `<td><span class="${e(gradeClass(x.grade, view.scheme.grades))}"${runLangAttr(x.grade, lang)}>${e(x.grade ?? "—")}</span></td>` +
      `<td class="num">${e(fmtPay(x.pay, lang))}</td>` +
      `<td class="num">${x.rank} / ${x.of}</td>` +
      `<td class="num"><span class="${e(change.cls)}">${e(change.text)}</span></td></tr>`;
  }
  return html;
}

/** The appraisal form's KPI rows: value, band rule (or why there is none), points and maximum. */
export function formRows(
  result: SiteResult,
  scheme: SchemeView,
  lang: Lang,
  rule: (id: number) => string,
): string {
  const views = new Map(scheme.kpis.map((k) => [k.id, k]));
  let html = "";
  result.kpis.forEach((k, i) => {
    const view = views.get(k.id);
    const label = pick(view?.label ?? k.label ?? { zh: k.id, en: k.id }, lang);
    const weight =
      k.weight === undefined ? "" : `<span class="muted"> (${e(String(k.weight))}%)</span>`;
    // The letter the rules use ("D ≥ 90%"), introduced once, next to the name.
    const symbol = view?.symbol ? ` <b class="symbol">${e(view.symbol)}</b>` : "";
    // Beside its band rule the value is never rounded onto an edge it did not reach.
    const edges = kpiEdges(scheme, k.id, result.month);
    const value =
      checklistValue(k, lang) ??
      (view ? formatBeside(k.value, view.unit, lang, edges) : fmtNumber(k.value, lang));
    const weighted =
      k.weightedBy === undefined
        ? ""
        : `<br><span class="muted">${e(lang === "zh" ? `按${k.weightedBy}加权` : `weighted by ${k.weightedBy}`)}</span>`;
    const band = k.band
      ? ruleHtml(rule(k.band.rule))
      : `<span class="warn">${e(statusText(k.status, lang))}${reasonSuffix(k, lang)}</span>`;
    // On a phone the # and formula columns give way: the formula goes under the KPI's name
    // (unless it is only the name again, as for a column such as 首次响应时间).
    const formula = view ? e(pick(view.formula, lang)) : "";
    html +=
      `<tr><td class="num idx">${i + 1}</td><td>${e(label)}${symbol}${weight}${kpiDetail(k, view?.guidance, lang)}` +
      `${formula && formula !== e(label) ? `<span class="formula-inline">${formula}</span>` : ""}</td>` +
      `<td class="muted formula">${formula}</td>` +
      `<td class="num">${e(value)}${weighted}</td><td>${band}</td>` +
      `<td class="num">${e(fmtNumber(k.points, lang))}</td><td class="num">${e(fmtNumber(k.max, lang))}</td></tr>`;
  });
  return html;
}

/**
 * A band rule whose condition and points never break apart inside: on a
 * phone "97% > Z ≥ 95% → 12" wraps before the arrow, never letter by letter.
 */
export function ruleHtml(rule: string): string {
  const at = rule.lastIndexOf(" → ");
  if (at < 0) return `<span class="nw">${e(rule)}</span>`;
  return `<span class="nw">${e(rule.slice(0, at))}</span> <span class="nw">${e(rule.slice(at + 1))}</span>`;
}

/** ": why" after a KPI's status, in the page's language. */
function reasonSuffix(k: SiteKpi, lang: Lang): string {
  const why = shownReason(k, lang);
  // "分母为 0" needs no ": 分母为 0" after it.
  const same = (a: string, b: string) =>
    a.replace(/\s/g, "").toLowerCase() === b.replace(/\s/g, "").toLowerCase();
  if (!why || same(why, statusText(k.status, lang))) return "";
  return e(`${lang === "zh" ? "：" : ": "}${why}`);
}
