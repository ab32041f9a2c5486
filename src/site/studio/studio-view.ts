/**
 * The studio's results as HTML: the summary, the checker's findings, grade
 * counts before → after, the pay budget, who changes grade, and each KPI's
 * band occupancy over its distribution with the old and new edges.
 * Every table carries the numbers; colour and arrows only repeat them.
 */
import { escapeXml as esc } from "../../charts/toSvgString.ts";
import { formatValue } from "../../engine/format.ts";
import type { MetricUnit } from "../../engine/metrics.ts";
import type { BandedKpi, Scheme } from "../../engine/scheme/types.ts";
import type { Label, SchemeIssue } from "../../engine/types.ts";
import { bandOccupancy, type Counts, type Money, type StudioDiff } from "../../studio/diff.ts";
import { bandEdges, histogram } from "../../studio/histogram.ts";
import type { Outcome } from "../../studio/rescore.ts";
import { fill, S } from "./studio-strings.ts";

type Lang = "zh" | "en";
const MAX_MOVERS = 300;

/** One formatter per language: creating one per number is what made redrawing slow. */
const formats = {
  zh: new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};
const money = (n: number, lang: Lang) => formats[lang].format(n);
const total = (n: number) => String(Math.round(n * 100) / 100);

function delta(before: number, after: number, lang: Lang, unit = ""): string {
  const d = after - before;
  if (Math.abs(d) < 1e-9) return `<span class="same">±0</span>`;
  const sign = d > 0 ? "+" : "−";
  return `<span class="${d > 0 ? "more" : "less"}">${d > 0 ? "▲" : "▼"} ${sign}${money(Math.abs(d), lang)}${unit}</span>`;
}

function countCell(c: Counts, g: string, lang: Lang): string {
  const b = c.before.get(g) ?? 0;
  const a = c.after.get(g) ?? 0;
  return `<td class="num">${b} → <b>${a}</b> ${a === b ? "" : delta(b, a, lang)}</td>`;
}

export function findingsHtml(
  lines: { severity: "error" | "warning"; text: string }[],
  lang: Lang,
): string {
  const t = (l: Label) => l[lang];
  const items = lines
    .map(
      (l) =>
        `<li class="${l.severity}"><span class="sev">${l.severity}</span> <code>${esc(l.text)}</code></li>`,
    )
    .join("");
  return `<h3>${t(S.findings)}</h3>${items ? `<ul class="findings">${items}</ul>` : `<p>${t(S.noFindings)}</p>`}`;
}

/** The checker's lines as `npm run check` prints them. */
export function issueLines(
  issues: readonly SchemeIssue[],
): { severity: "error" | "warning"; text: string }[] {
  return issues.map((i) => ({
    severity: i.severity,
    text: `${i.source}: ${i.path ? `${i.path}: ` : ""}${i.severity}: ${i.message}`,
  }));
}

function moneyRow(head: string, m: Money, lang: Lang): string {
  return `<tr><th scope="row">${head}</th><td class="num">${money(m.before, lang)}</td><td class="num"><b>${money(m.after, lang)}</b></td><td class="num">${delta(m.before, m.after, lang)}</td></tr>`;
}

export function resultsHtml(input: {
  diff: StudioDiff;
  agents: readonly { name: string; slug: string }[];
  agentHref: (slug: string) => string;
  lang: Lang;
}): string {
  const { diff, lang } = input;
  const t = (l: Label) => l[lang];
  const n = diff.perMonth.reduce(
    (s, m) => s + [...m.counts.before.values()].reduce((a, b) => a + b, 0),
    0,
  );
  const summary = `<p class="studio-summary"><b>${n}</b> ${t(S.agentMonths)} · <b class="up">${diff.up}</b> ${t(S.up)} · <b class="down">${diff.down}</b> ${t(S.down)} · ${t(S.budget)} ${money(diff.pay.total.before, lang)} → <b>${money(diff.pay.total.after, lang)}</b> ${delta(diff.pay.total.before, diff.pay.total.after, lang)}</p>`;

  const gradeHead = diff.grades.map((g) => `<th scope="col" class="num">${esc(g)}</th>`).join("");
  const gradeRows = diff.perMonth
    .map(
      (m) =>
        `<tr><th scope="row">${esc(m.month)}</th>${diff.grades.map((g) => countCell(m.counts, g, lang)).join("")}</tr>`,
    )
    .join("");
  const gradeTotal = `<tr class="total"><th scope="row">${t(S.range)}</th>${diff.grades.map((g) => countCell(diff.overall, g, lang)).join("")}</tr>`;
  const grades = `<h3>${t(S.gradeDist)}</h3><div class="table-wrap"><table class="grade-dist"><thead><tr><th scope="col">${t(S.month)}</th>${gradeHead}</tr></thead><tbody>${gradeRows}${gradeTotal}</tbody></table></div>`;

  const moneyHead = (first: string) =>
    `<thead><tr><th scope="col">${first}</th><th scope="col" class="num">${t(S.before)}</th><th scope="col" class="num">${t(S.after)}</th><th scope="col" class="num">${t(S.change)}</th></tr></thead>`;
  const payMonths = diff.pay.perMonth.map((m) => moneyRow(esc(m.month), m.pay, lang)).join("");
  const payTeams = diff.pay.perTeam
    .map((p) => moneyRow(p.team === null ? t(S.noTeam) : esc(p.team), p.pay, lang))
    .join("");
  const pay = `<h3>${t(S.budget)}</h3><div class="grid two"><div class="table-wrap"><table class="pay-month"><caption>${t(S.payPerMonth)}</caption>${moneyHead(t(S.month))}<tbody>${payMonths}</tbody><tfoot>${moneyRow(t(S.range), diff.pay.total, lang)}</tfoot></table></div><div class="table-wrap"><table class="pay-team"><caption>${t(S.payPerTeam)}</caption>${moneyHead(t(S.team))}<tbody>${payTeams}</tbody></table></div></div><p class="muted">${t(S.unpaid)}: ${diff.pay.unpaid.before} → ${diff.pay.unpaid.after}</p>`;

  const shownMovers = diff.movers.slice(0, MAX_MOVERS);
  const moverRows = shownMovers
    .map((m) => {
      const a = input.agents[m.agent];
      const name = a ? `<a href="${esc(input.agentHref(a.slug))}">${esc(a.name)}</a>` : "?";
      const arrow =
        m.direction === "up"
          ? `<span class="more">▲ ${t(S.up)}</span>`
          : `<span class="less">▼ ${t(S.down)}</span>`;
      return `<tr><th scope="row">${name}</th><td>${esc(m.month)}</td><td class="num">${total(m.totalBefore)} → <b>${total(m.totalAfter)}</b></td><td>${esc(m.gradeBefore ?? "—")} → <b>${esc(m.gradeAfter ?? "—")}</b></td><td>${arrow}</td></tr>`;
    })
    .join("");
  const more =
    diff.movers.length > MAX_MOVERS
      ? `<p class="muted">${fill(t(S.more), { n: diff.movers.length - MAX_MOVERS })}</p>`
      : "";
  const movers = `<h3>${t(S.movers)} (${diff.movers.length})</h3>${
    diff.movers.length === 0
      ? `<p>${t(S.noMovers)}</p>`
      : `<div class="table-wrap"><table class="movers"><thead><tr><th scope="col">${t(S.agent)}</th><th scope="col">${t(S.month)}</th><th scope="col" class="num">${t(S.total)}</th><th scope="col">${t(S.grade)}</th><th scope="col">${t(S.direction)}</th></tr></thead><tbody>${moverRows}</tbody></table></div>${more}`
  }`;
  return summary + grades + pay + movers;
}

interface SetView {
  name: string;
  title: string;
  old: BandedKpi["base"]["bands"];
  now: BandedKpi["base"]["bands"];
}

function setsOf(
  k: BandedKpi | undefined,
): Map<string, { bands: BandedKpi["base"]["bands"]; label?: Label; months?: number[] }> {
  const out = new Map<
    string,
    { bands: BandedKpi["base"]["bands"]; label?: Label; months?: number[] }
  >();
  if (!k) return out;
  out.set("bands", { bands: k.base.bands });
  k.seasons.forEach((s, m) => {
    out.set(`seasons[${m}]`, {
      bands: s.bands,
      ...(s.label ? { label: s.label } : {}),
      ...(s.months ? { months: s.months } : {}),
    });
  });
  return out;
}

/** Each banded KPI of the published scheme: its distribution with old and new edges, and agent-months per band. */
export function occupancyHtml(input: {
  published: Scheme;
  edited: Scheme;
  before: readonly Outcome[];
  after: readonly Outcome[];
  lang: Lang;
}): string {
  const { lang } = input;
  const t = (l: Label) => l[lang];
  const sections: string[] = [];
  for (const k of input.published.kpis) {
    if (k.kind !== "banded") continue;
    const now = input.edited.kpis.find((x): x is BandedKpi => x.id === k.id && x.kind === "banded");
    const oldSets = setsOf(k);
    const newSets = setsOf(now);
    const occBefore = bandOccupancy(input.before, k.id);
    const occAfter = bandOccupancy(input.after, k.id);
    const values = new Map<string, number[]>();
    for (const o of input.before)
      for (const r of o.kpis)
        if (r.id === k.id && r.value !== null && Number.isFinite(r.value)) {
          const list = values.get(r.set) ?? [];
          list.push(r.value);
          values.set(r.set, list);
        }
    const parts: string[] = [];
    for (const name of new Set([...oldSets.keys(), ...newSets.keys()])) {
      const vals = values.get(name) ?? [];
      if (vals.length === 0 && !occAfter.has(name)) continue;
      const o = oldSets.get(name);
      const nw = newSets.get(name);
      const label = o?.label ?? nw?.label;
      const months = o?.months ?? nw?.months;
      const title =
        name === "bands"
          ? t(S.bands)
          : `${t(S.season)} ${label ? label[lang] : name}${months ? ` (${months.join(",")})` : ""}`;
      const view: SetView = { name, title, old: o?.bands ?? [], now: nw?.bands ?? [] };
      parts.push(
        setHtml(
          view,
          vals,
          occBefore.get(name) ?? [],
          occAfter.get(name) ?? [],
          k.unit,
          k.label[lang],
          lang,
        ),
      );
    }
    if (parts.length > 0)
      sections.push(
        `<section class="kpi-occ"><h4>${esc(k.label[lang])}</h4>${parts.join("")}</section>`,
      );
  }
  return `<h3>${t(S.occupancy)}</h3>${sections.join("")}`;
}

function setHtml(
  view: SetView,
  values: number[],
  before: number[],
  after: number[],
  unit: MetricUnit,
  kpiLabel: string,
  lang: Lang,
): string {
  const t = (l: Label) => l[lang];
  const oldEdges = bandEdges(view.old);
  const newEdges = bandEdges(view.now);
  const h = histogram(values, [...oldEdges, ...newEdges]);
  const W = 560;
  const H = 150;
  const pad = { l: 8, r: 8, t: 8, b: 34 };
  const x = (v: number) => pad.l + ((v - h.lo) / (h.hi - h.lo)) * (W - pad.l - pad.r);
  const y = (c: number) => H - pad.b - (c / h.max) * (H - pad.t - pad.b);
  const bars = h.bins
    .filter((b) => b.count > 0)
    .map(
      (b) =>
        `<rect x="${x(b.x0).toFixed(1)}" y="${y(b.count).toFixed(1)}" width="${Math.max(1, x(b.x1) - x(b.x0) - 1).toFixed(1)}" height="${(H - pad.b - y(b.count)).toFixed(1)}" class="bar"/>`,
    )
    .join("");
  const line = (v: number, cls: string) =>
    `<line x1="${x(v).toFixed(1)}" x2="${x(v).toFixed(1)}" y1="${pad.t}" y2="${H - pad.b}" class="${cls}"/>`;
  const labels = (edges: number[], row: number, cls: string) =>
    edges
      .map(
        (v) =>
          `<text x="${x(v).toFixed(1)}" y="${H - pad.b + 13 + row * 12}" class="${cls}">${esc(formatValue(v, unit))}</text>`,
      )
      .join("");
  const changed = (v: number, other: number[]) => !other.includes(v);
  const svg = `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(fill(t(S.histogram), { kpi: `${kpiLabel} · ${view.title}`, n: values.length }))}" class="occ-chart">${bars}<line x1="${pad.l}" x2="${W - pad.r}" y1="${H - pad.b}" y2="${H - pad.b}" class="axis"/>${oldEdges
    .filter((v) => changed(v, newEdges))
    .map((v) => line(v, "edge-old"))
    .join(
      "",
    )}${newEdges.map((v) => line(v, "edge-new")).join("")}${labels(newEdges, 0, "lab-new")}${labels(
    oldEdges.filter((v) => changed(v, newEdges)),
    1,
    "lab-old",
  )}</svg>`;
  const rows = Array.from({ length: Math.max(view.old.length, view.now.length) }, (_, i) => {
    const o = view.old[i];
    const nw = view.now[i];
    const b = before[i] ?? 0;
    const a = after[i] ?? 0;
    return `<tr><td>${o ? esc(o.rule) : ""}</td><td class="num">${o ? b : ""}</td><td>${nw ? esc(nw.rule) : ""}</td><td class="num">${nw ? `<b>${a}</b>` : ""}</td><td class="num">${o && nw ? delta(b, a, lang) : ""}</td></tr>`;
  }).join("");
  const legend = `<p class="legend muted"><span class="key-old"></span> ${t(S.oldEdges)} <span class="key-new"></span> ${t(S.newEdges)}</p>`;
  return `<div class="occ-set"><h5>${esc(view.title)}</h5><div class="occ-scroll" tabindex="0" role="group" aria-label="${esc(view.title)}">${svg}</div>${legend}<div class="table-wrap"><table class="occ"><thead><tr><th scope="col">${t(S.before)}</th><th scope="col" class="num">${t(S.agentMonths)}</th><th scope="col">${t(S.after)}</th><th scope="col" class="num">${t(S.agentMonths)}</th><th scope="col" class="num">${t(S.change)}</th></tr></thead><tbody>${rows}</tbody></table></div></div>`;
}
