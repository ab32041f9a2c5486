/**
 * Browser side of /studio/: loads the studio's index and values file, builds
 * the edit form from the chosen scheme, and on every edit re-scores the
 * chosen months with the build's engine and redraws the comparison. The edit
 * lives in the URL fragment; the edited scheme downloads as YAML.
 */

import { escapeXml as esc } from "../../charts/toSvgString.ts";
import { checkScheme } from "../../engine/check/check-scheme.ts";
import { parseScheme } from "../../engine/scheme/parse.ts";
import type { Scheme } from "../../engine/scheme/types.ts";
import type { Label } from "../../engine/types.ts";
import { decodeTable } from "../../studio/columnar.ts";
import { describeEdit } from "../../studio/describe.ts";
import { compareOutcomes } from "../../studio/diff.ts";
import {
  addBand,
  type EditState,
  edgePartners,
  editChanges,
  effectiveScheme,
  isEdited,
  moveEdge,
  removeBand,
  restoreEdit,
  setKpiOn,
  setValue,
  setWeight,
  startEdit,
} from "../../studio/edit.ts";
import { decodeEditLink, encodeEditLink } from "../../studio/edit-link.ts";
import { getAt, type Json, type PathKey } from "../../studio/json-edit.ts";
import { type Outcome, scoreRows } from "../../studio/rescore.ts";
import { schemeYaml } from "../../studio/scheme-yaml.ts";
import { type StudioIndex, type StudioRow, studioRows } from "../../studio/studio-data.ts";
import { type KpiInfo, schemeForm } from "./studio-form.ts";
import { fill, S } from "./studio-strings.ts";
import { findingsHtml, issueLines, occupancyHtml, resultsHtml } from "./studio-view.ts";

type Lang = "zh" | "en";

interface Mount {
  root: HTMLElement;
  dataBase: string;
  agentBase: string;
  lang: Lang;
}

const $ = <T extends HTMLElement>(root: HTMLElement, sel: string) => root.querySelector(sel) as T;

export async function mountStudio({ root, dataBase, agentBase, lang }: Mount): Promise<void> {
  const t = (l: Label) => l[lang];
  const out = $<HTMLElement>(root, ".studio-out");
  const status = $<HTMLElement>(root, ".studio-status");
  status.textContent = t(S.loading);
  let index: StudioIndex;
  let rows: StudioRow[];
  try {
    const [ix, bytes] = await Promise.all([
      fetch(`${dataBase}index.json`).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.url}`);
        return r.json() as Promise<StudioIndex>;
      }),
      fetch(`${dataBase}values.bin`).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.url}`);
        return r.arrayBuffer();
      }),
    ]);
    index = ix;
    rows = studioRows(index, decodeTable(new Uint8Array(bytes)));
  } catch (error) {
    status.textContent = `${t(S.loadFailed)}${(error as Error).message}`;
    return;
  }
  if (index.schemes.length === 0) {
    status.textContent = t(S.noData);
    return;
  }

  const schemeSel = $<HTMLSelectElement>(root, "select[name=scheme]");
  const fromSel = $<HTMLSelectElement>(root, "select[name=from]");
  const toSel = $<HTMLSelectElement>(root, "select[name=to]");
  const form = $<HTMLFormElement>(root, "form.studio-form");
  const findings = $<HTMLElement>(root, ".studio-findings");
  const linkInput = $<HTMLInputElement>(root, "input[name=link]");
  const editedNote = $<HTMLElement>(root, ".studio-edited");

  // The scheme with the most agent-months first: the one a manager most likely came for.
  const rowsOf = index.schemes.map((_, i) => rows.filter((r) => r.scheme === i));
  const order = index.schemes
    .map((_, i) => i)
    .sort((a, b) => (rowsOf[b]?.length ?? 0) - (rowsOf[a]?.length ?? 0) || a - b);
  schemeSel.innerHTML = order
    .map(
      (i) =>
        `<option value="${i}">${esc(index.schemes[i]?.label[lang] ?? "")} (${esc(index.schemes[i]?.id ?? "")})</option>`,
    )
    .join("");
  for (const sel of [fromSel, toSel])
    sel.innerHTML = index.months.map((m) => `<option>${esc(m)}</option>`).join("");

  const published = index.schemes.map((s) => parseScheme(s.raw, `${s.id}.yaml`).scheme);
  let current = order[0] ?? 0;
  let edit: EditState = startEdit(index.schemes[current]?.raw ?? {});
  fromSel.value = index.months[Math.max(0, index.months.length - 12)] ?? "";
  toSel.value = index.months.at(-1) ?? "";

  try {
    const link = decodeEditLink(location.hash);
    const at = link ? index.schemes.findIndex((s) => s.id === link.scheme) : -1;
    if (link && at >= 0) {
      // Restored first: a change that does not fit throws before anything is switched.
      edit = restoreEdit(index.schemes[at]?.raw ?? {}, link.changes, link.off);
      current = at;
      if (index.months.includes(link.from)) fromSel.value = link.from;
      if (index.months.includes(link.to)) toSel.value = link.to;
    }
  } catch {
    status.textContent = t(S.badLink);
  }
  schemeSel.value = String(current);

  const info = (s: Scheme | null) =>
    new Map<string, KpiInfo>(
      (s?.kpis ?? []).map((k) => [k.id, { label: k.label, unit: k.unit, better: k.better }]),
    );
  const drawForm = () => {
    form.innerHTML = schemeForm(
      edit.edited,
      info(published[current] ?? null),
      new Set(edit.off),
      lang,
    );
  };

  // "Before" is scored once per scheme and month range; only "after" is scored on each edit.
  let beforeKey = "";
  let inRange: StudioRow[] = [];
  let before: Outcome[] = [];
  const fileName = () => `${index.schemes[current]?.id ?? "scheme"}.yaml`;

  function recompute() {
    const started = performance.now();
    const scheme = published[current];
    const key = `${current}|${fromSel.value}|${toSel.value}`;
    if (key !== beforeKey && scheme) {
      const [lo, hi] = [fromSel.value, toSel.value].sort() as [string, string];
      inRange = (rowsOf[current] ?? []).filter((r) => r.month >= lo && r.month <= hi);
      before = scoreRows(scheme, inRange);
      beforeKey = key;
    }
    const t0 = performance.now();
    const { scheme: edited, issues } = parseScheme(effectiveScheme(edit), fileName());
    const lap: Record<string, number> = { before: t0 - started, parse: performance.now() - t0 };
    if (!scheme || !edited) {
      findings.innerHTML = `<p>${t(S.notScored)}</p>${findingsHtml(
        issues.map((i) => ({ severity: i.severity, text: `${i.source}: ${i.path}: ${i.message}` })),
        lang,
      )}`;
      out.innerHTML = "";
    } else {
      let t = performance.now();
      const mark = (name: string) => {
        const now = performance.now();
        lap[name] = now - t;
        t = now;
      };
      findings.innerHTML = findingsHtml(issueLines(checkScheme(edited, fileName())), lang);
      mark("check");
      const after = scoreRows(edited, inRange);
      mark("score");
      const diff = compareOutcomes(before, after, {
        before: scheme.grades.map((g) => g.grade),
        after: edited.grades.map((g) => g.grade),
      });
      mark("diff");
      out.innerHTML =
        resultsHtml({
          diff,
          agents: index.agents,
          agentHref: (slug) => `${agentBase}${encodeURIComponent(slug)}/`,
          lang,
        }) + occupancyHtml({ published: scheme, edited, before, after, lang });
      mark("render");
    }
    root.dataset.timing = JSON.stringify(lap, (_, v) =>
      typeof v === "number" ? Math.round(v * 10) / 10 : v,
    );
    const ms = performance.now() - started;
    root.dataset.recomputeMs = ms.toFixed(1);
    status.textContent = fill(t(S.recomputed), { ms: ms.toFixed(0) });
    const n = describeEdit(edit).length;
    editedNote.textContent = isEdited(edit) ? fill(t(S.edited), { n }) : t(S.unchanged);
    const { changes, off } = editChanges(edit);
    const hash = encodeEditLink({
      scheme: index.schemes[current]?.id ?? "",
      from: fromSel.value,
      to: toSel.value,
      changes,
      off,
    });
    history.replaceState(null, "", hash);
    linkInput.value = location.href;
    root.dispatchEvent(new CustomEvent("studio:recomputed", { detail: { ms } }));
  }

  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      recompute();
    }, 0);
  };

  const pathOf = (attr: string | undefined): PathKey[] => JSON.parse(attr ?? "[]") as PathKey[];
  // An edge's partners are fixed at its field's first input: typing passes through values
  // that may equal some other edge, which must not be dragged along.
  const partners = new WeakMap<HTMLInputElement, PathKey[][]>();
  // Likewise a weight field keeps its KPI as it was, to scale the points from.
  const weightFrom = new WeakMap<HTMLInputElement, Json>();
  // Both are kept until the field loses focus.
  form.addEventListener("focusout", (e) => {
    partners.delete(e.target as HTMLInputElement);
    weightFrom.delete(e.target as HTMLInputElement);
  });
  form.addEventListener("input", (e) => {
    const el = e.target as HTMLInputElement;
    if (el.dataset.path !== undefined) {
      const text = el.value.trim();
      const scale = Number(el.dataset.scale ?? "1") || 1;
      const v = text === "" ? undefined : Number(text) / scale;
      if (v !== undefined && !Number.isFinite(v)) {
        el.setAttribute("aria-invalid", "true");
        return;
      }
      el.removeAttribute("aria-invalid");
      if (el.dataset.weight !== undefined) {
        const i = Number(el.dataset.weight);
        const scale =
          form.querySelector<HTMLInputElement>("input[name=scale-weight]")?.checked ?? false;
        const from = weightFrom.get(el) ?? getAt(edit.edited, ["kpis", i]) ?? {};
        weightFrom.set(el, from);
        edit = setWeight(edit, i, v, from, scale);
        // Show the scaled points without redrawing the field being typed in.
        for (const input of el
          .closest("fieldset")
          ?.querySelectorAll<HTMLInputElement>("input[data-path]") ?? []) {
          const p = pathOf(input.dataset.path);
          const value = getAt(edit.edited, p);
          if (input !== el && p.at(-1) === "points" && typeof value === "number")
            input.value = String(value);
        }
        schedule();
        return;
      }
      const linked = partners.get(el) ?? edgePartners(edit, pathOf(el.dataset.path));
      partners.set(el, linked);
      edit = moveEdge(edit, pathOf(el.dataset.path), linked, v);
      for (const p of linked) {
        const other = form.querySelector<HTMLInputElement>(
          `input[data-path="${CSS.escape(JSON.stringify(p))}"]`,
        );
        if (other) other.value = el.value;
      }
      schedule();
    } else if (el.dataset.months !== undefined) {
      const months = el.value
        .split(/[,，\s]+/)
        .filter(Boolean)
        .map(Number);
      if (months.length === 0 || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) {
        el.setAttribute("aria-invalid", "true");
        return;
      }
      el.removeAttribute("aria-invalid");
      edit = setValue(edit, pathOf(el.dataset.months), months as Json);
      schedule();
    }
  });
  form.addEventListener("change", (e) => {
    const el = e.target as HTMLInputElement;
    if (el.dataset.flag !== undefined) {
      edit = setValue(edit, pathOf(el.dataset.flag), el.checked);
      schedule();
    } else if (el.dataset.off !== undefined) {
      edit = setKpiOn(edit, el.dataset.off, el.checked);
      el.closest("fieldset")?.classList.toggle("off", !el.checked);
      schedule();
    }
  });
  form.addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest("button");
    if (!b) return;
    const i = Number(b.dataset.index);
    if (b.dataset.add !== undefined) edit = addBand(edit, pathOf(b.dataset.add), i);
    else if (b.dataset.remove !== undefined) edit = removeBand(edit, pathOf(b.dataset.remove), i);
    else return;
    const label = b.getAttribute("aria-label");
    drawForm();
    // Keep the keyboard where it was: on the same button of the redrawn row, or the nearest one.
    const again = [...form.querySelectorAll<HTMLButtonElement>("button")].find(
      (x) => x.getAttribute("aria-label") === label,
    );
    (again ?? form.querySelector<HTMLButtonElement>("button"))?.focus();
    schedule();
  });
  form.addEventListener("submit", (e) => e.preventDefault());

  schemeSel.addEventListener("change", () => {
    current = Number(schemeSel.value);
    edit = startEdit(index.schemes[current]?.raw ?? {});
    drawForm();
    schedule();
  });
  fromSel.addEventListener("change", schedule);
  toSel.addEventListener("change", schedule);
  $<HTMLButtonElement>(root, "button[name=reset]").addEventListener("click", () => {
    edit = startEdit(index.schemes[current]?.raw ?? {});
    drawForm();
    schedule();
  });
  $<HTMLButtonElement>(root, "button[name=download]").addEventListener("click", () => {
    const s = index.schemes[current];
    const header = [
      `${s?.label.zh ?? ""} · ${s?.label.en ?? ""}: edited in the scheme studio`,
      `Scored there over ${fromSel.value} … ${toSel.value}. Changes against the published scheme:`,
      ...(isEdited(edit) ? describeEdit(edit).map((l) => `  ${l}`) : ["  (none)"]),
      "Check it with: npm run check -- --scheme FILE",
    ];
    const blob = new Blob([schemeYaml(effectiveScheme(edit), header)], { type: "text/yaml" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = fileName();
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  });
  $<HTMLButtonElement>(root, "button[name=copy]").addEventListener("click", async (e) => {
    const b = e.currentTarget as HTMLButtonElement;
    linkInput.select();
    try {
      await navigator.clipboard.writeText(linkInput.value);
      b.textContent = t(S.copied);
    } catch {
      // The link stays selected for the reader to copy by hand.
    }
  });

  drawForm();
  root.classList.add("ready");
  recompute();
}
