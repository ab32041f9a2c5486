/**
 * The studio's edit form, generated from the scheme's data: every number a
 * manager may change is an input carrying its JSON path (data-path), so one
 * event handler edits any of them. Rule kinds the studio does not edit are
 * shown read-only. Returns HTML (every scheme string escaped).
 */
import { escapeXml as esc } from "../../charts/toSvgString.ts";
import type { Label } from "../../engine/types.ts";
import { getAt, type Json, type PathKey } from "../../studio/json-edit.ts";
import { fill, S } from "./studio-strings.ts";

type Lang = "zh" | "en";

/** What the form needs to know of each KPI beyond its data (from the compiled scheme). */
export interface KpiInfo {
  label: Label;
  unit: string;
  better: "higher" | "lower";
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const list = (x: Json | undefined): Json[] => (Array.isArray(x) ? x : []);
const str = (x: Json | undefined): string => (typeof x === "string" ? x : "");
const num = (x: Json | undefined): number | undefined => (typeof x === "number" ? x : undefined);
/** A number field's value: null is a field emptied in the studio (see emptyValue in edit.ts). */
const field = (x: Json | undefined): number | null | undefined => (x === null ? null : num(x));
const labelOf = (x: Json | undefined, lang: Lang): string => {
  const l = getAt(x, [lang]) ?? getAt(x, ["zh"]);
  return typeof l === "string" ? l : "";
};

/** Ratios are edited in percent; the file keeps fractions. */
export const scaleFor = (unit: string) => (unit === "ratio" ? 100 : 1);
export const shown = (v: number, scale: number) => Number((v * scale).toPrecision(12));

/** A number field; an emptied one (null: a number is needed there) is marked invalid. */
function numberInput(
  path: PathKey[],
  value: number | null | undefined,
  label: string,
  scale = 1,
): string {
  const v = typeof value === "number" ? String(shown(value, scale)) : "";
  const invalid = value === null ? ` aria-invalid="true"` : "";
  return `<input type="number" step="any" inputmode="decimal" data-path="${esc(JSON.stringify(path))}" data-scale="${scale}" value="${v}" aria-label="${esc(label)}"${invalid}>`;
}

/** A tick box; `off` for an edge's 含下限/含上限 where the band is open there (no edge to include). */
function checkbox(path: PathKey[], checked: boolean, label: string, off = false): string {
  return `<input type="checkbox" data-flag="${esc(JSON.stringify(path))}"${checked ? " checked" : ""}${off ? " disabled" : ""} aria-label="${esc(label)}">`;
}

function bandTable(
  bands: Json[],
  path: PathKey[],
  info: KpiInfo,
  caption: string,
  lang: Lang,
): string {
  const t = (l: Label) => l[lang];
  const scale = scaleFor(info.unit);
  const unit = info.unit === "ratio" ? " %" : "";
  const rows = bands
    .map((b, j) => {
      const at = [...path, j];
      const name = `${caption} ${fill(t(S.band), { n: j + 1 })}`;
      const minInc = getAt(b, ["minInclusive"]);
      const maxInc = getAt(b, ["maxInclusive"]);
      const grade = str(getAt(b, ["grade"]));
      const points = grade
        ? `<span>${esc(grade)}</span>`
        : numberInput([...at, "points"], field(getAt(b, ["points"])), `${name} ${t(S.points)}`);
      return `<tr>
<td>${numberInput([...at, "min"], field(getAt(b, ["min"])), `${name} ${t(S.min)}${unit}`, scale)}</td>
<td class="inc">${checkbox([...at, "minInclusive"], typeof minInc === "boolean" ? minInc : info.better === "higher", `${name} ${t(S.minInc)}`, getAt(b, ["min"]) === undefined)}</td>
<td>${numberInput([...at, "max"], field(getAt(b, ["max"])), `${name} ${t(S.max)}${unit}`, scale)}</td>
<td class="inc">${checkbox([...at, "maxInclusive"], typeof maxInc === "boolean" ? maxInc : info.better === "lower", `${name} ${t(S.maxInc)}`, getAt(b, ["max"]) === undefined)}</td>
<td>${points}</td>
<td class="actions"><button type="button" data-add="${esc(JSON.stringify(path))}" data-index="${j}" aria-label="${esc(`${t(S.insert)}: ${name}`)}">+</button> <button type="button" data-remove="${esc(JSON.stringify(path))}" data-index="${j}" aria-label="${esc(`${t(S.remove)}: ${name}`)}"${bands.length <= 1 ? " disabled" : ""}>−</button></td>
</tr>`;
    })
    .join("");
  return `<table class="bands"><caption>${esc(caption)}</caption><thead><tr><th scope="col">${t(S.min)}${unit}</th><th scope="col">${t(S.minInc)}</th><th scope="col">${t(S.max)}${unit}</th><th scope="col">${t(S.maxInc)}</th><th scope="col">${t(S.points)}</th><th scope="col"><span class="visually-hidden">${t(S.insert)} / ${t(S.remove)}</span></th></tr></thead><tbody>${rows}</tbody></table>`;
}

const sum = (xs: number[]) =>
  shown(
    xs.reduce((a, b) => a + b, 0),
    1,
  );
/** "（应为 100，+5）" after a sum that is not 100; nothing after one that is. */
function off100(x: number, lang: Lang): string {
  if (Math.abs(x - 100) < 1e-9) return "";
  const d = `${x > 100 ? "+" : "−"}${shown(Math.abs(x - 100), 1)}`;
  const note = fill(S.notHundred[lang], { d });
  return lang === "zh" ? `（${note}）` : ` (${note})`;
}

/**
 * The weights' sum of the KPIs scored (and, in points mode, the maxima's, from the compiled
 * scheme): said at the top of the form while a manager moves weight from one KPI to another,
 * marked when it is not 100, as the checker warns.
 */
export function weightTotalHtml(
  raw: Json,
  off: ReadonlySet<string>,
  formMax: number | null,
  lang: Lang,
): string {
  const kpis = list(getAt(raw, ["kpis"])).filter((k) => !off.has(str(getAt(k, ["id"]))));
  const weights = kpis.map((k) => num(getAt(k, ["weight"])));
  const points = getAt(raw, ["mode"]) === "points";
  const parts: string[] = [];
  let bad = false;
  // As the checker sums them (engine/check/totals.ts): in points mode only when every KPI
  // has a weight; in weighted mode a missing weight counts 0.
  if (weights.length > 0 && (!points || weights.every((w) => w !== undefined))) {
    const w = sum(weights.map((x) => x ?? 0));
    bad ||= Math.abs(w - 100) > 1e-9;
    parts.push(`${fill(S.weightTotal[lang], { w: `<b>${w}</b>` })}${off100(w, lang)}`);
  }
  // A composite takes the form as a score out of 100, whatever its maxima add up to.
  if (formMax !== null && points && getAt(raw, ["composite"]) === undefined) {
    const m = shown(formMax, 1);
    bad ||= Math.abs(m - 100) > 1e-9;
    parts.push(`${fill(S.maxTotal[lang], { m: `<b>${m}</b>` })}${off100(m, lang)}`);
  }
  return parts.length === 0
    ? ""
    : `<span class="${bad ? "less" : "same"}">${bad ? "⚠ " : ""}${parts.join(" · ")}</span>`;
}

function kpiFields(k: Json, i: number, info: KpiInfo, on: boolean, lang: Lang): string {
  const t = (l: Label) => l[lang];
  const id = str(getAt(k, ["id"]));
  const type = str(getAt(k, ["type"])) || "banded";
  const name = labelOf(getAt(k, ["label"]), lang) || info.label[lang];
  const head = `<legend>${esc(name)} <code>${esc(id)}</code></legend>
<div class="row"><label><input type="checkbox" data-off="${esc(id)}"${on ? " checked" : ""} aria-label="${esc(`${name} ${t(S.scored)}`)}"> ${t(S.scored)}</label>
<label>${t(S.weight)} ${numberInput(["kpis", i, "weight"], field(getAt(k, ["weight"])), `${name} ${t(S.weight)}`).replace("<input ", `<input data-weight="${i}" `)}</label></div>`;
  let body: string;
  if (type === "banded") {
    const base = bandTable(
      list(getAt(k, ["bands"])),
      ["kpis", i, "bands"],
      info,
      `${name} · ${t(S.bands)}`,
      lang,
    );
    const seasonList = list(getAt(k, ["seasons"]));
    const seasons = seasonList
      .map((s, m) => {
        const months = list(getAt(s, ["months"])).join(",");
        const title = `${name} · ${t(S.season)} ${labelOf(getAt(s, ["label"]), lang) || m + 1}`;
        const remove = `<button type="button" data-remove-season="${i}" data-index="${m}" aria-label="${esc(`${t(S.removeSeason)}: ${title}`)}">${t(S.removeSeason)}</button>`;
        return `<div class="season"><div class="row"><label>${esc(title)} · ${t(S.months)} <input type="text" inputmode="numeric" data-months="${esc(JSON.stringify(["kpis", i, "seasons", m, "months"]))}" value="${esc(months)}"></label> ${remove}</div>${bandTable(list(getAt(s, ["bands"])), ["kpis", i, "seasons", m, "bands"], info, title, lang)}</div>`;
      })
      .join("");
    // A season takes a month no other season of the KPI has; twelve seasons leave none.
    const taken = new Set(seasonList.flatMap((s) => list(getAt(s, ["months"]))));
    const full = MONTHS.every((m) => taken.has(m));
    const add = `<p><button type="button" data-add-season="${i}" aria-label="${esc(`${t(S.addSeason)}: ${name}`)}"${full ? " disabled" : ""}>+ ${t(S.addSeason)}</button></p>`;
    body = base + seasons + add;
  } else if (type === "linear") {
    const scale = scaleFor(info.unit);
    const end = (which: "from" | "to", label: Label) =>
      `<label>${t(label)} · ${t(S.value)} ${numberInput(["kpis", i, which, "value"], field(getAt(k, [which, "value"])), `${name} ${t(label)} ${t(S.value)}`, scale)}</label> <label>${t(S.points)} ${numberInput(["kpis", i, which, "points"], field(getAt(k, [which, "points"])), `${name} ${t(label)} ${t(S.points)}`)}</label>`;
    body = `<p>${t(S.linear)}</p><div class="row">${end("from", S.from)}</div><div class="row">${end("to", S.to)}</div>`;
  } else {
    const max = num(getAt(k, ["max"]));
    body = `<p class="muted">${t(S.readOnly)}${max === undefined ? "" : ` (${t(S.max)} ${max})`}</p>`;
  }
  return `<fieldset class="kpi${on ? "" : " off"}" data-kpi="${esc(id)}">${head}${body}</fieldset>`;
}

export function schemeForm(
  raw: Json,
  info: ReadonlyMap<string, KpiInfo>,
  off: ReadonlySet<string>,
  lang: Lang,
): string {
  const t = (l: Label) => l[lang];
  const kpis = list(getAt(raw, ["kpis"]))
    .map((k, i) => {
      const id = str(getAt(k, ["id"]));
      const meta = info.get(id) ?? {
        label: { zh: id, en: id },
        unit: "count",
        better: "higher" as const,
      };
      return kpiFields(k, i, meta, !off.has(id), lang);
    })
    .join("");
  const grades = list(getAt(raw, ["grades"]))
    .map(
      (g, i) =>
        `<tr><th scope="row">${esc(str(getAt(g, ["grade"])))}</th><td>${numberInput(["grades", i, "min"], field(getAt(g, ["min"])), `${t(S.grade)} ${str(getAt(g, ["grade"]))} ${t(S.min)}`)}</td></tr>`,
    )
    .join("");
  const payBands = list(getAt(raw, ["pay"]));
  const pay = payBands
    .map((p, i) => {
      const name = `${t(S.pay)} ${fill(t(S.band), { n: i + 1 })}`;
      return `<tr><td>${numberInput(["pay", i, "min"], field(getAt(p, ["min"])), `${name} ${t(S.min)}`)}</td><td>${numberInput(["pay", i, "max"], field(getAt(p, ["max"])), `${name} ${t(S.max)}`)}</td><td>${numberInput(["pay", i, "amount"], field(getAt(p, ["amount"])), `${name} ${t(S.amount)}`)}</td><td class="actions"><button type="button" data-add='["pay"]' data-index="${i}" aria-label="${esc(`${t(S.insert)}: ${name}`)}">+</button> <button type="button" data-remove='["pay"]' data-index="${i}" aria-label="${esc(`${t(S.remove)}: ${name}`)}"${payBands.length <= 1 ? " disabled" : ""}>−</button></td></tr>`;
    })
    .join("");
  const others = [
    ...list(getAt(raw, ["adjustments"])).map(
      (a) =>
        `<li>${t(S.adjustment)}: ${esc(labelOf(getAt(a, ["label"]), lang))} (${num(getAt(a, ["points"])) ?? ""} ${t(S.perOccurrence)})</li>`,
    ),
    ...list(getAt(raw, ["veto"])).map(
      (v) => `<li>${t(S.veto)}: ${esc(labelOf(getAt(v, ["label"]), lang))}</li>`,
    ),
    ...(getAt(raw, ["composite"]) === undefined ? [] : [`<li>${t(S.composite)}</li>`]),
  ].join("");
  // Pay follows the total's own bands; only a veto's grade cap ties it to a grade (payTotal).
  const payApart = payBands.length > 0 && list(getAt(raw, ["veto"])).length === 0;
  const scale =
    getAt(raw, ["mode"]) === "points"
      ? `<p><label><input type="checkbox" name="scale-weight" checked> ${t(S.scaleWeight)}</label></p>`
      : "";
  const totals = `<p class="weight-total" aria-live="polite">${weightTotalHtml(raw, off, null, lang)}</p>`;
  return `<p class="muted">${t(S.edgeHint)}</p>${scale}${totals}${kpis}
<fieldset class="grades"><legend>${t(S.grades)}</legend>${payApart ? `<p class="muted">${t(S.payNotGrade)}</p>` : ""}<table><thead><tr><th scope="col">${t(S.grade)}</th><th scope="col">${t(S.min)}</th></tr></thead><tbody>${grades}</tbody></table></fieldset>
${payBands.length > 0 ? `<fieldset class="pay"><legend>${t(S.pay)}</legend><table><thead><tr><th scope="col">${t(S.min)}</th><th scope="col">${t(S.max)}</th><th scope="col">${t(S.amount)}</th><th scope="col"><span class="visually-hidden">${t(S.insert)} / ${t(S.remove)}</span></th></tr></thead><tbody>${pay}</tbody></table></fieldset>` : ""}
${others ? `<fieldset class="others"><legend>${t(S.others)}</legend><ul>${others}</ul></fieldset>` : ""}`;
}
