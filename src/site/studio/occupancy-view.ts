/**
 * Each banded KPI's band occupancy as HTML: agent-months per band before →
 * after, per band set (base bands, each season), over a histogram of the
 * KPI's values with the old (dashed) and new (solid) edges.
 */
import { escapeXml as esc } from "../../charts/toSvgString.ts";
import { formatValue } from "../../engine/format.ts";
import type { MetricUnit } from "../../engine/metrics.ts";
import type { BandedKpi, Scheme } from "../../engine/scheme/types.ts";
import type { Label } from "../../engine/types.ts";
import { bandEdges, type Histogram, histogram } from "../../studio/histogram.ts";
import type { Occupancy, SetValues } from "../../studio/occupancy.ts";
import { fill, S } from "./studio-strings.ts";
import { delta } from "./studio-view.ts";

type Lang = "zh" | "en";

/**
 * The last histogram of each value list (the published side's, kept per month range)
 * and the edges it was drawn over: a KPI the edit did not touch is not binned again.
 */
const lastBinned = new WeakMap<readonly number[], { edges: string; h: Histogram }>();

function binned(values: readonly number[], edges: readonly number[]): Histogram {
  const key = edges.join(",");
  const known = lastBinned.get(values);
  if (known?.edges === key) return known.h;
  const h = histogram(values, edges);
  lastBinned.set(values, { edges: key, h });
  return h;
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

/** Each banded KPI of the published scheme: its distribution with old and new edges, and agent-months per band; one part per KPI (see patch-html.ts). */
export function occupancyParts(input: {
  published: Scheme;
  edited: Scheme;
  /** Counted once per month range, with the values the charts draw. */
  before: { occupancy: Occupancy; values: SetValues };
  after: Occupancy;
  lang: Lang;
}): { key: string; html: string }[] {
  const { lang } = input;
  const t = (l: Label) => l[lang];
  const sections: { key: string; html: string }[] = [
    { key: "occupancy", html: `<h3>${t(S.occupancy)}</h3>` },
  ];
  for (const k of input.published.kpis) {
    if (k.kind !== "banded") continue;
    const now = input.edited.kpis.find((x): x is BandedKpi => x.id === k.id && x.kind === "banded");
    const oldSets = setsOf(k);
    const newSets = setsOf(now);
    const occBefore = input.before.occupancy.get(k.id) ?? new Map<string, number[]>();
    const occAfter = input.after.get(k.id) ?? new Map<string, number[]>();
    const values = input.before.values.get(k.id) ?? new Map<string, number[]>();
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
      sections.push({
        key: `kpi:${k.id}`,
        html: `<section class="kpi-occ"><h4>${esc(k.label[lang])}</h4>${parts.join("")}</section>`,
      });
  }
  return sections;
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
  const h = binned(values, [...oldEdges, ...newEdges]);
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
