/**
 * The body rows of a month's ranking table as one HTML string. A month of a
 * large contact centre has thousands of rows of a dozen cells: one string is
 * several times cheaper to build than a component expression per cell, as
 * with the charts (toSvgString). Every name, team and rule text is escaped.
 */
import { escapeXml as e } from "../../charts/toSvgString.ts";
import type { Label } from "../../engine/types.ts";
import { fmtNumber, fmtPay, formatBeside, formatPoints, type Lang, pick } from "../i18n.ts";
import { delta, gradeClass, statusText } from "../model/badges.ts";
import { kpiEdges } from "../model/kpi-edges.ts";
import { heatClass, type MonthGroup } from "../model/month-view.ts";
import type { KpiView } from "../model/site-data.ts";
import type { SiteIndex } from "../model/site-index.ts";
import type { Routes } from "../routes.ts";
import { runLangAttr } from "../run-lang.ts";
import { T } from "../strings.ts";
import { tenureBadge } from "./agent-rows.ts";

/**
 * Each KPI's maximum for the ranking's header (the cells show points only), or
 * null when the rows do not share one (a new scheme version inside the month's
 * rows): a wrong "/30" would be worse than none.
 */
export function kpiMaxes(group: MonthGroup): Map<string, number | null> {
  const maxes = new Map<string, number | null>();
  for (const k of group.scheme.kpis) {
    let shared: number | null | undefined;
    for (const row of group.rows) {
      const m = row.kpis.find((x) => x.id === k.id)?.max;
      if (m === undefined) continue;
      shared = shared === undefined || shared === m ? m : null;
      if (shared === null) break;
    }
    maxes.set(k.id, shared === undefined ? k.max : shared);
  }
  return maxes;
}

/**
 * The note beside the rankings of `groups` (a month's scheme, or a team
 * page's): it says a KPI's maximum follows the “/” in its header, and, where
 * some header gives none (see kpiMaxes), which do.
 */
export function heatmapNote(groups: readonly MonthGroup[]): Label {
  const missing = groups.some((g) => [...kpiMaxes(g).values()].some((m) => m === null));
  return missing ? T.heatmapNoteMixed : T.heatmapNote;
}

/** The text kept in `made` for `key`, made by `make` the first time it is asked for. */
function madeOnce<K>(made: Map<K, string>, key: K, make: (key: K) => string): string {
  let text = made.get(key);
  if (text === undefined) {
    text = make(key);
    made.set(key, text);
  }
  return text;
}

export function rankingRows(group: MonthGroup, ix: SiteIndex, lang: Lang, r: Routes): string {
  const { scheme } = group;
  const incomplete = e(pick(T.incomplete, lang));
  const outlier = e(pick(T.outlier, lang));
  const high = e(`↑ ${pick(T.outlierHigh, lang)}`);
  const low = e(`↓ ${pick(T.outlierLow, lang)}`);
  const kpis = scheme.kpis;
  // A month has thousands of rows and a few dozen rules and point values: their cell text once.
  const ruleParts = new Map<number, string>();
  const pointsText = new Map<number, string>();
  // Beside its band rule a value is never rounded onto an edge it did not reach (the form's rule).
  const month = group.rows[0]?.month ?? "";
  const edges = kpis.map((k) => kpiEdges(scheme, k.id, month));
  let html = "";
  for (const row of group.rows) {
    const agent = ix.agentByName.get(row.agent);
    const name = e(row.agent);
    const nl = runLangAttr(row.agent, lang);
    let who = agent
      ? `<a href="${e(r.agent(agent.slug))}"${nl}>${name}</a>`
      : `<span${nl}>${name}</span>`;
    // A part of a month (joined on the 20th, left on the 19th): its rank and grade are of the days it has.
    if (agent) who += tenureBadge(row.month, agent.joined, agent.left, lang);
    if (!row.complete)
      who += ` <span class="badge warn" title="${incomplete}">! ${incomplete}</span>`;
    if (row.outlier !== 0)
      who += ` <span class="badge" title="${outlier}">${row.outlier > 0 ? high : low}</span>`;
    const change = delta(row.delta, lang);
    html +=
      `<tr><td class="num" data-value="${row.rank}">${row.rank}</td>` +
      `<td data-value="${name}">${who}</td>` +
      `<td data-value="${e(row.team ?? "")}"${runLangAttr(row.team, lang)}>${e(row.team ?? "—")}</td>` +
      `<td class="num" data-value="${row.total}"><b>${fmtNumber(row.total, lang)}</b><span class="muted"> / ${fmtNumber(row.max, lang)}</span></td>` +
      `<td data-value="${e(row.grade ?? "")}"><span class="${e(gradeClass(row.grade, scheme.grades))}"${runLangAttr(row.grade, lang)}>${e(row.grade ?? "—")}</span></td>` +
      `<td class="num" data-value="${row.pay ?? ""}">${fmtPay(row.pay, lang)}</td>` +
      `<td class="num" data-value="${row.delta ?? ""}"><span class="${change.cls}">${change.text}</span></td>`;
    for (let j = 0; j < kpis.length; j++) {
      const k = kpis[j] as KpiView;
      // Results list their KPIs in the scheme's order: look further only when this one does not.
      const at = row.kpis[j];
      const kpi = at?.id === k.id ? at : row.kpis.find((x) => x.id === k.id);
      const points = kpi?.points ?? null;
      // Escaped piece by piece (escaping is per character): the rule and status parts are made once.
      let title: string;
      if (kpi) {
        title = e(formatBeside(kpi.value, k.unit, lang, edges[j] as number[]));
        if (kpi.band) title += madeOnce(ruleParts, kpi.band.rule, (id) => e(` · ${ix.rule(id)}`));
        if (kpi.status !== "scored") title += e(` · ${statusText(kpi.status, lang)}`);
      } else title = e(pick(k.label, lang));
      const shown =
        points === null
          ? e(kpi ? statusText(kpi.status, lang) : "—")
          : madeOnce(pointsText, points, (p) => e(formatPoints(p, lang).replace(/ .*/, "")));
      html += `<td class="heat ${heatClass(points, k.max)}" data-value="${points ?? ""}" title="${title}">${shown}</td>`;
    }
    html += "</tr>";
  }
  return html;
}
