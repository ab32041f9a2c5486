/**
 * The edit form's events: every field carries its JSON path, so one handler
 * per event kind turns any input into an edit of the scheme (edges move with
 * their partners, weights scale their KPI's points, months of a season,
 * inclusivity, a KPI switched off, bands and seasons added or removed).
 */
import type { Scheme } from "../../engine/scheme/types.ts";
import type { SchemeIssue } from "../../engine/types.ts";
import {
  addBand,
  addSeason,
  edgePartners,
  emptyValue,
  moveEdge,
  removeBand,
  removeSeason,
  setKpiOn,
  setValue,
  setWeight,
} from "../../studio/edit.ts";
import { record, stopTyping } from "../../studio/history.ts";
import { getAt, type Json, type PathKey, pathOfText } from "../../studio/json-edit.ts";
import type { StudioContext } from "./studio-context.ts";
import { type KpiInfo, schemeForm } from "./studio-form.ts";

const pathOf = (attr: string | undefined): PathKey[] => JSON.parse(attr ?? "[]") as PathKey[];

const kpiInfo = (s: Scheme | null) =>
  new Map<string, KpiInfo>(
    (s?.kpis ?? []).map((k) => [k.id, { label: k.label, unit: k.unit, better: k.better }]),
  );

/**
 * Outlines the fields an error names (`kpis[0].bands[2].min`: 第3档's 下限), so
 * the manager sees which of the form's numbers to fix; the marks of errors
 * gone are taken off.
 */
export function flagFields(form: HTMLFormElement, issues: readonly SchemeIssue[]): void {
  const named = new Set(
    issues.flatMap((i) => {
      const p = i.severity === "error" ? pathOfText(i.path) : null;
      return p ? [JSON.stringify(p)] : [];
    }),
  );
  for (const el of form.querySelectorAll<HTMLInputElement>("input.flagged"))
    if (!named.has(el.dataset.path ?? "")) {
      el.classList.remove("flagged");
      el.removeAttribute("aria-invalid");
    }
  for (const key of named) {
    const el = form.querySelector<HTMLInputElement>(`input[data-path="${CSS.escape(key)}"]`);
    el?.classList.add("flagged");
    el?.setAttribute("aria-invalid", "true");
  }
}

/** Draws the form for the current scheme and edit. */
export function drawForm(ctx: StudioContext): void {
  ctx.ui.form.innerHTML = schemeForm(
    ctx.edit.edited,
    kpiInfo(ctx.published[ctx.current] ?? null),
    new Set(ctx.edit.off),
    ctx.lang,
  );
}

/**
 * A number field's value in the file's terms (ratios are typed in percent);
 * undefined when empty, null when not a number (a number field reads text it
 * cannot take, "-" or "5e", as "": its validity says so).
 */
function typedNumber(el: HTMLInputElement): number | undefined | null {
  if (el.validity?.badInput) {
    el.setAttribute("aria-invalid", "true");
    return null;
  }
  const text = el.value.trim();
  const scale = Number(el.dataset.scale ?? "1") || 1;
  const v = text === "" ? undefined : Number(text) / scale;
  if (v !== undefined && !Number.isFinite(v)) {
    el.setAttribute("aria-invalid", "true");
    return null;
  }
  el.removeAttribute("aria-invalid");
  return v;
}

export function wireForm(ctx: StudioContext, changed: () => void): void {
  const { form } = ctx.ui;
  // An edge's partners are fixed at its field's first input: typing passes through values
  // that may equal some other edge, which must not be dragged along.
  const partners = new WeakMap<HTMLInputElement, PathKey[][]>();
  // Likewise a weight field keeps its KPI as it was, to scale the points from,
  const weightFrom = new WeakMap<HTMLInputElement, Json>();
  // and a number field what it held, so that emptying it says "empty" where there was a number.
  const startedWith = new WeakMap<HTMLInputElement, { value: Json | undefined }>();
  // All are kept until the field loses focus; typing in it again is then a new undo step.
  form.addEventListener("focusout", (e) => {
    partners.delete(e.target as HTMLInputElement);
    weightFrom.delete(e.target as HTMLInputElement);
    startedWith.delete(e.target as HTMLInputElement);
    ctx.history = stopTyping(ctx.history);
  });
  /** Makes an edit one undo step (`field`: the field typed in, whose next keys join it). */
  const step = (field: string | null, edit: () => void) => {
    const before = ctx.edit;
    edit();
    if (ctx.edit !== before) ctx.history = record(ctx.history, before, field);
  };

  const onWeight = (el: HTMLInputElement, v: number | undefined) => {
    const i = Number(el.dataset.weight);
    const scale =
      form.querySelector<HTMLInputElement>("input[name=scale-weight]")?.checked ?? false;
    const from = weightFrom.get(el) ?? getAt(ctx.edit.edited, ["kpis", i]) ?? {};
    weightFrom.set(el, from);
    ctx.edit = setWeight(ctx.edit, i, v, from, scale);
    // Show the scaled points without redrawing the field being typed in.
    for (const input of el
      .closest("fieldset")
      ?.querySelectorAll<HTMLInputElement>("input[data-path]") ?? []) {
      const p = pathOf(input.dataset.path);
      const value = getAt(ctx.edit.edited, p);
      if (input !== el && p.at(-1) === "points" && typeof value === "number")
        input.value = String(value);
    }
  };
  const onEdge = (el: HTMLInputElement, typed: number | undefined) => {
    const path = pathOf(el.dataset.path);
    const start = startedWith.get(el) ?? { value: getAt(ctx.edit.edited, path) };
    startedWith.set(el, start);
    // Emptied: open again if it was open, else empty (null), which the checker words as such.
    const v = typed ?? emptyValue(start.value);
    const linked = partners.get(el) ?? edgePartners(ctx.edit, path);
    partners.set(el, linked);
    ctx.edit = moveEdge(ctx.edit, path, linked, v);
    const others = linked.map((p) =>
      form.querySelector<HTMLInputElement>(`input[data-path="${CSS.escape(JSON.stringify(p))}"]`),
    );
    for (const [i, input] of [el, ...others].entries()) {
      if (!input) continue;
      if (input !== el) input.value = el.value;
      if (v === null) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
      // An open end (no edge) has nothing to include: its tick box is off until a number is typed.
      const at = i === 0 ? path : (linked[i - 1] ?? []);
      const edge = at.at(-1);
      if (edge !== "min" && edge !== "max") continue;
      const tick = form.querySelector<HTMLInputElement>(
        `input[data-flag="${CSS.escape(JSON.stringify([...at.slice(0, -1), `${edge}Inclusive`]))}"]`,
      );
      if (tick) tick.disabled = v === undefined;
    }
  };
  const onMonths = (el: HTMLInputElement): boolean => {
    const months = el.value
      .split(/[,，\s]+/)
      .filter(Boolean)
      .map(Number);
    if (months.length === 0 || months.some((m) => !Number.isInteger(m) || m < 1 || m > 12)) {
      el.setAttribute("aria-invalid", "true");
      return false;
    }
    el.removeAttribute("aria-invalid");
    ctx.edit = setValue(ctx.edit, pathOf(el.dataset.months), months as Json);
    return true;
  };

  form.addEventListener("input", (e) => {
    const el = e.target as HTMLInputElement;
    if (el.dataset.path !== undefined) {
      const v = typedNumber(el);
      if (v === null) return;
      step(el.dataset.path, () => (el.dataset.weight !== undefined ? onWeight : onEdge)(el, v));
      changed();
    } else if (el.dataset.months !== undefined) {
      let ok = false;
      step(el.dataset.months, () => {
        ok = onMonths(el);
      });
      if (ok) changed();
    }
  });
  form.addEventListener("change", (e) => {
    const el = e.target as HTMLInputElement;
    if (el.dataset.flag !== undefined) {
      step(null, () => {
        ctx.edit = setValue(ctx.edit, pathOf(el.dataset.flag), el.checked);
      });
      changed();
    } else if (el.dataset.off !== undefined) {
      const id = el.dataset.off;
      step(null, () => {
        ctx.edit = setKpiOn(ctx.edit, id, el.checked);
      });
      el.closest("fieldset")?.classList.toggle("off", !el.checked);
      changed();
    }
  });
  form.addEventListener("click", (e) => {
    const b = (e.target as HTMLElement).closest("button");
    if (!b) return;
    const i = Number(b.dataset.index);
    const edit = ctx.edit;
    if (b.dataset.add !== undefined) ctx.edit = addBand(edit, pathOf(b.dataset.add), i);
    else if (b.dataset.remove !== undefined)
      ctx.edit = removeBand(edit, pathOf(b.dataset.remove), i);
    else if (b.dataset.addSeason !== undefined)
      ctx.edit = addSeason(edit, Number(b.dataset.addSeason));
    else if (b.dataset.removeSeason !== undefined)
      ctx.edit = removeSeason(edit, Number(b.dataset.removeSeason), i);
    else return;
    if (ctx.edit !== edit) ctx.history = record(ctx.history, edit);
    const label = b.getAttribute("aria-label");
    drawForm(ctx);
    // Keep the keyboard where it was: on the same button of the redrawn form, or the nearest one.
    const again = [...form.querySelectorAll<HTMLButtonElement>("button")].find(
      (x) => x.getAttribute("aria-label") === label && !x.disabled,
    );
    const kpiAdd =
      b.dataset.removeSeason === undefined
        ? null
        : form.querySelector<HTMLButtonElement>(
            `button[data-add-season="${b.dataset.removeSeason}"]`,
          );
    (again ?? kpiAdd ?? form.querySelector<HTMLButtonElement>("button"))?.focus();
    changed();
  });
  form.addEventListener("submit", (e) => e.preventDefault());
}
