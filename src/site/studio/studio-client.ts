/**
 * Browser side of /studio/: loads the studio's data, fills the scheme and
 * month pickers (or restores them from a link), draws the edit form and
 * wires it; every edit re-scores (recompute.ts).
 */
import { escapeXml as esc } from "../../charts/toSvgString.ts";
import { parseScheme } from "../../engine/scheme/parse.ts";
import { isEdited, startEdit } from "../../studio/edit.ts";
import { noHistory, record, undo } from "../../studio/history.ts";
import { type LinkFit, restoreLink } from "../../studio/restore-link.ts";
import type { StudioIndex, StudioRow } from "../../studio/studio-data.ts";
import { drawForm, wireForm } from "./form-events.ts";
import { loadStudioData } from "./load-studio-data.ts";
import { recomputer, scheduler } from "./recompute.ts";
import {
  $,
  type Lang,
  type StudioContext,
  type StudioElements,
  say,
  schemeName,
  studioElements,
} from "./studio-context.ts";
import { S } from "./studio-strings.ts";
import { wireSummaryBar } from "./summary-bar.ts";
import { copyLink, downloadScheme } from "./take-away.ts";

interface Mount {
  root: HTMLElement;
  dataBase: string;
  agentBase: string;
  lang: Lang;
}

/** Fills the pickers: the scheme with the most agent-months first (the one a manager most likely came for). */
function fillPickers(ui: StudioElements, index: StudioIndex, rowsOf: StudioRow[][], lang: Lang) {
  const order = index.schemes
    .map((_, i) => i)
    .sort((a, b) => (rowsOf[b]?.length ?? 0) - (rowsOf[a]?.length ?? 0) || a - b);
  ui.schemeSel.innerHTML = order
    .map((i) => `<option value="${i}">${esc(schemeName({ index, lang }, i))}</option>`)
    .join("");
  for (const sel of [ui.fromSel, ui.toSel])
    sel.innerHTML = index.months.map((m) => `<option>${esc(m)}</option>`).join("");
  // Default range: the last 12 months.
  ui.fromSel.value = index.months[Math.max(0, index.months.length - 12)] ?? "";
  ui.toSel.value = index.months.at(-1) ?? "";
  return order[0] ?? 0;
}

/**
 * The edits a link carries (URL fragment), each edited scheme's that fits a
 * scheme of the site (restore-link.ts), and its scheme and months; says how
 * much of it was restored.
 */
function restoreFromLink(ctx: StudioContext): LinkFit {
  const { index, ui } = ctx;
  const link = restoreLink(location.hash, index);
  for (const o of link.others) ctx.kept.set(o.at, { edit: o.edit, history: noHistory });
  if (link.from) ui.fromSel.value = link.from;
  if (link.to) ui.toSel.value = link.to;
  if (link.shown) {
    ctx.current = link.shown.at;
    ctx.edit = link.shown.edit ?? startEdit(index.schemes[link.shown.at]?.raw ?? {});
  }
  // The scheme shown is one the link edits among the others (its own is not on the site): its edit.
  const kept = ctx.kept.get(ctx.current);
  if (kept) {
    ctx.edit = kept.edit;
    ctx.kept.delete(ctx.current);
  }
  ui.schemeSel.value = String(ctx.current);
  return link.fit;
}

export async function mountStudio({ root, dataBase, agentBase, lang }: Mount): Promise<void> {
  const ui = studioElements(root);
  ui.status.textContent = S.loading[lang];
  let data: Awaited<ReturnType<typeof loadStudioData>>;
  try {
    data = await loadStudioData(dataBase);
  } catch (error) {
    ui.status.textContent = `${S.loadFailed[lang]}${(error as Error).message}`;
    return;
  }
  const { index, rows } = data;
  if (index.schemes.length === 0) {
    ui.status.textContent = S.noData[lang];
    return;
  }
  const rowsOf = index.schemes.map((_, i) => rows.filter((r) => r.scheme === i));
  const current = fillPickers(ui, index, rowsOf, lang);
  const ctx: StudioContext = {
    root,
    lang,
    agentBase,
    index,
    rowsOf,
    published: index.schemes.map((s) => parseScheme(s.raw, `${s.id}.yaml`).scheme),
    current,
    edit: startEdit(index.schemes[current]?.raw ?? {}),
    errors: 0,
    find: "",
    history: noHistory,
    kept: new Map(),
    ui,
  };
  const fit = restoreFromLink(ctx);

  const recompute = recomputer(ctx);
  const changed = scheduler(recompute);
  const redraw = () => {
    drawForm(ctx);
    changed();
  };
  wireForm(ctx, changed);
  wireSummaryBar(root, ui.glance);
  // Another scheme: this one's edit and its undo steps are kept, to come back to.
  ui.schemeSel.addEventListener("change", () => {
    ctx.kept.set(ctx.current, { edit: ctx.edit, history: ctx.history });
    ctx.current = Number(ui.schemeSel.value);
    const kept = ctx.kept.get(ctx.current);
    ctx.edit = kept?.edit ?? startEdit(index.schemes[ctx.current]?.raw ?? {});
    ctx.history = kept?.history ?? noHistory;
    redraw();
  });
  ui.out.addEventListener("input", (e) => {
    const el = e.target as HTMLInputElement;
    if (el.name !== "find") return;
    ctx.find = el.value;
    changed();
  });
  ui.fromSel.addEventListener("change", changed);
  ui.toSel.addEventListener("change", changed);
  // Back to the published scheme: a step of its own, which undo takes back.
  $<HTMLButtonElement>(root, "button[name=reset]").addEventListener("click", () => {
    if (!isEdited(ctx.edit)) return;
    ctx.history = record(ctx.history, ctx.edit);
    ctx.edit = startEdit(index.schemes[ctx.current]?.raw ?? {});
    redraw();
  });
  ui.undoButton.addEventListener("click", () => {
    const back = undo(ctx.history);
    if (!back) return;
    ctx.edit = back.state;
    ctx.history = back.history;
    redraw();
  });
  ui.downloadButton.addEventListener("click", () => downloadScheme(ctx));
  ui.copyButton.addEventListener("click", () => copyLink(ctx, ui.copyButton));

  drawForm(ctx);
  root.classList.add("ready");
  recompute();
  // Said after the first re-score's status line, which would replace it.
  const linkNote =
    fit === "partly" ? S.linkPartlyUnfit : fit === "unreadable" ? S.linkUnreadable : null;
  if (linkNote) ui.status.textContent = `${say(ctx, linkNote)} ${ui.status.textContent}`;
}
