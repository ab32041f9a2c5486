/**
 * Browser side of /compare/: choose agents and a month range, then draw the
 * totals table and one small multiple per KPI. Data comes lazily from the
 * JSON the build wrote (index first, then one file per chosen agent). The
 * selection lives in the URL (?a=slug,slug&from=YYYY-MM&to=YYYY-MM).
 */
import { chartId } from "../../charts/chartId.ts";
import { formatValue } from "../../charts/format.ts";
import { multiLine } from "../../charts/multiLine.ts";
import { escapeXml, toSvgString } from "../../charts/toSvgString.ts";
import { runLangAttr } from "../run-lang.ts";
import type { CompareAgent, CompareIndex } from "./compare-data.ts";

type Lang = "zh" | "en";
const MAX_AGENTS = 8;

interface Mount {
  root: HTMLElement;
  dataBase: string;
  agentBase: string;
  lang: Lang;
}

const el = <T extends HTMLElement>(root: HTMLElement, sel: string) => root.querySelector(sel) as T;
const label = (l: { zh: string; en: string }, lang: Lang) => l[lang] || l.zh;

export async function mountCompare({ root, dataBase, agentBase, lang }: Mount): Promise<void> {
  const index = (await (await fetch(`${dataBase}index.json`)).json()) as CompareIndex;
  const cache = new Map<string, Promise<CompareAgent>>();
  const load = (slug: string) => {
    let p = cache.get(slug);
    if (!p) {
      p = fetch(`${dataBase}agents/${encodeURIComponent(slug)}.json`).then((r) => r.json());
      cache.set(slug, p);
    }
    return p;
  };
  const bySlug = new Map(index.agents.map((a) => [a.slug, a]));
  const params = new URLSearchParams(location.search);
  let chosen = (params.get("a")?.split(",") ?? index.defaults).filter((s) => bySlug.has(s));
  const from = el<HTMLSelectElement>(root, "select[name=from]");
  const to = el<HTMLSelectElement>(root, "select[name=to]");
  for (const sel of [from, to]) {
    sel.innerHTML = index.months.map((m) => `<option>${escapeXml(m)}</option>`).join("");
  }
  from.value = params.get("from") ?? index.months[Math.max(0, index.months.length - 12)] ?? "";
  to.value = params.get("to") ?? index.months.at(-1) ?? "";

  const search = el<HTMLInputElement>(root, "input[name=q]");
  const add = lang === "zh" ? "添加" : "Add";
  const remove = lang === "zh" ? "移除" : "Remove";
  const name = (text: string) => `<span${runLangAttr(text, lang)}>${escapeXml(text)}</span>`;
  const matches = el<HTMLElement>(root, ".matches");
  const chips = el<HTMLElement>(root, ".chips");
  const out = el<HTMLElement>(root, ".compare-out");

  function renderMatches() {
    const q = search.value.trim().toLowerCase();
    const list = index.agents
      .filter((a) => !chosen.includes(a.slug))
      .filter((a) => !q || `${a.name} ${a.team ?? ""} ${a.role ?? ""}`.toLowerCase().includes(q))
      .slice(0, 30);
    matches.innerHTML = list
      .map(
        (a) =>
          `<li><button type="button" data-add="${escapeXml(a.slug)}"><span aria-hidden="true">+ </span><span class="visually-hidden">${add} </span>${name(a.name)}</button> <span class="muted"${runLangAttr(a.team, lang)}>${escapeXml(a.team ?? "")}</span></li>`,
      )
      .join("");
  }

  function renderChips() {
    chips.innerHTML = chosen
      .map(
        (s) =>
          // Named "移除 小美" / "Remove 小美"; the name in its own language.
          `<li><button type="button" data-remove="${escapeXml(s)}"><span class="visually-hidden">${remove} </span>${name(bySlug.get(s)?.name ?? s)}<span aria-hidden="true"> ×</span></button></li>`,
      )
      .join("");
  }

  async function render() {
    const url = new URL(location.href);
    url.searchParams.set("a", chosen.join(","));
    url.searchParams.set("from", from.value);
    url.searchParams.set("to", to.value);
    history.replaceState(null, "", url);
    renderChips();
    renderMatches();
    const months = index.months.filter((m) => m >= from.value && m <= to.value);
    const agents = await Promise.all(chosen.map(load));
    const fromEnd = scrolledFromEnd(out);
    out.innerHTML = agents.length === 0 ? "" : draw(index, agents, months, lang, agentBase);
    scrollFromEnd(out, fromEnd);
  }

  /**
   * The lists are redrawn after every change: put the focus back where the
   * user was, on the button that took the place of the one pressed (or the
   * one before it), or on the search box when the list is empty.
   */
  function refocus(list: HTMLElement, index: number) {
    const buttons = list.querySelectorAll<HTMLButtonElement>("button");
    const target = buttons[Math.min(index, buttons.length - 1)] ?? search;
    target.focus();
  }

  root.addEventListener("click", async (e) => {
    const t = (e.target as HTMLElement).closest("button");
    if (!t) return;
    const add = t.getAttribute("data-add");
    const remove = t.getAttribute("data-remove");
    const list = add ? matches : chips;
    const index = [...list.querySelectorAll("button")].indexOf(t);
    if (add && chosen.length < MAX_AGENTS) chosen = [...chosen, add];
    if (remove) chosen = chosen.filter((s) => s !== remove);
    if (!add && !remove) return;
    const drawn = render();
    // The lists are redrawn at once (before the data loads): keep the keyboard there.
    refocus(list, index);
    await drawn;
  });
  search.addEventListener("input", renderMatches);
  from.addEventListener("change", () => void render());
  to.addEventListener("change", () => void render());
  addEventListener("resize", () => markScrolling(out));
  root.classList.add("ready");
  await render();
}

/**
 * How far each scheme's totals table is scrolled back from its latest month
 * (its right end), so that a redraw (an agent added or removed) keeps the
 * months the reader was looking at; a table not drawn before opens at its end.
 */
function scrolledFromEnd(out: HTMLElement): Map<string, number> {
  const at = new Map<string, number>();
  for (const wrap of out.querySelectorAll<HTMLElement>(".table-wrap.by-month")) {
    at.set(wrap.dataset.scheme ?? "", wrap.scrollWidth - wrap.clientWidth - wrap.scrollLeft);
  }
  return at;
}

/** The latest months first in view (on a phone the table is wider than the screen). */
function scrollFromEnd(out: HTMLElement, fromEnd: Map<string, number>): void {
  for (const wrap of out.querySelectorAll<HTMLElement>(".table-wrap.by-month")) {
    const back = fromEnd.get(wrap.dataset.scheme ?? "") ?? 0;
    wrap.scrollLeft = Math.max(0, wrap.scrollWidth - wrap.clientWidth - back);
  }
  markScrolling(out);
}

/** The names' edge is drawn only where the months scroll under it. */
function markScrolling(out: HTMLElement): void {
  for (const wrap of out.querySelectorAll<HTMLElement>(".table-wrap.by-month"))
    wrap.classList.toggle("scrolls", wrap.scrollWidth > wrap.clientWidth);
}

/** One section per scheme among the chosen agents: totals of different forms are not comparable. */
function draw(
  index: CompareIndex,
  agents: CompareAgent[],
  months: string[],
  lang: Lang,
  agentBase: string,
): string {
  const groups = new Map<string, CompareAgent[]>();
  for (const a of agents) {
    const scheme = a.months.at(-1)?.scheme ?? "";
    groups.set(scheme, [...(groups.get(scheme) ?? []), a]);
  }
  return [...groups.entries()]
    .map(([id, list]) => drawGroup(index, id, list, months, lang, agentBase))
    .join("");
}

function drawGroup(
  index: CompareIndex,
  schemeId: string,
  agents: CompareAgent[],
  months: string[],
  lang: Lang,
  agentBase: string,
): string {
  const scheme = index.schemes[schemeId];
  const title = scheme ? label(scheme.label, lang) : schemeId;
  const head = months.map((m) => `<th scope="col" class="num">${escapeXml(m)}</th>`).join("");
  const rows = agents
    .map((a) => {
      const byMonth = new Map(a.months.map((m) => [m.month, m]));
      const cells = months
        .map((m) => {
          const r = byMonth.get(m);
          return r && r.scheme === schemeId
            ? `<td class="num">${formatValue(r.total, "score", lang)} <span class="badge">${escapeXml(r.grade ?? "—")}</span></td>`
            : `<td class="num muted">—</td>`;
        })
        .join("");
      return `<tr><th scope="row"><a href="${escapeXml(agentBase + encodeURIComponent(a.slug))}/"${runLangAttr(a.name, lang)}>${escapeXml(a.name)}</a></th>${cells}</tr>`;
    })
    .join("");
  const caption = lang === "zh" ? "总分与等级" : "Totals and grades";
  const table = `<div class="table-wrap by-month" data-scheme="${escapeXml(schemeId)}"><table><caption><span>${caption}</span></caption><thead><tr><th></th>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
  if (!scheme) return `<section><h2>${escapeXml(title)}</h2>${table}</section>`;
  const charts = scheme.kpis
    .map((k) => {
      const g = multiLine({
        title: label(k.label, lang),
        unit: k.unit,
        lang,
        months,
        series: agents.map((a) => {
          const byMonth = new Map(a.months.map((m) => [m.month, m]));
          return {
            name: a.name,
            values: months.map((m) => {
              const r = byMonth.get(m);
              return {
                month: m,
                value: r && r.scheme === schemeId ? (r.kpis[k.id]?.[0] ?? null) : null,
              };
            }),
          };
        }),
        bands: months.map((m) => ({ month: m, bands: scheme.bands[k.id]?.[m] ?? [] })),
        width: 340,
        height: 220,
      });
      return `<figure class="chart"><figcaption>${escapeXml(label(k.label, lang))}</figcaption>${toSvgString(g, chartId(g, `cmp-${schemeId}`))}</figure>`;
    })
    .join("");
  return `<section><h2>${escapeXml(title)}</h2>${table}<div class="grid charts-grid">${charts}</div></section>`;
}
