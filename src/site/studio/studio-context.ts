/**
 * What every part of the studio's browser side shares: the loaded data, the
 * page's elements, the scheme being edited and its edit. One mutable object,
 * owned by mountStudio (studio-client.ts).
 */
import type { Scheme } from "../../engine/scheme/types.ts";
import type { Label } from "../../engine/types.ts";
import { type EditState, isEdited } from "../../studio/edit.ts";
import type { History } from "../../studio/history.ts";
import type { StudioIndex, StudioRow } from "../../studio/studio-data.ts";

export type Lang = "zh" | "en";

export interface StudioElements {
  out: HTMLElement;
  status: HTMLElement;
  findings: HTMLElement;
  editedNote: HTMLElement;
  /** The phone's one-line summary, kept in sight above the form (summary-bar.ts). */
  glance: HTMLElement;
  form: HTMLFormElement;
  schemeSel: HTMLSelectElement;
  fromSel: HTMLSelectElement;
  toSel: HTMLSelectElement;
  linkInput: HTMLInputElement;
  undoButton: HTMLButtonElement;
  copyButton: HTMLButtonElement;
  downloadButton: HTMLButtonElement;
}

export interface StudioContext {
  root: HTMLElement;
  lang: Lang;
  /** The agents' pages, `…/agents/`: a mover's name links there. */
  agentBase: string;
  index: StudioIndex;
  /** Each scheme's agent-months (same order as index.schemes). */
  rowsOf: StudioRow[][];
  /** Each scheme as published, compiled (null if it no longer parses). */
  published: (Scheme | null)[];
  /** The scheme being edited (index into index.schemes) and its edit. */
  current: number;
  edit: EditState;
  /** The checker's (or the parser's) errors in the scheme as edited, at the last re-score. */
  errors: number;
  /** What the list of changes is narrowed to (its find box). */
  find: string;
  /** The current scheme's undo steps. */
  history: History;
  /** The other schemes' edits and undo steps, kept while another scheme is shown. */
  kept: Map<number, { edit: EditState; history: History }>;
  ui: StudioElements;
}

export const $ = <T extends HTMLElement>(root: HTMLElement, sel: string) =>
  root.querySelector(sel) as T;

export function studioElements(root: HTMLElement): StudioElements {
  return {
    out: $(root, ".studio-out"),
    status: $(root, ".studio-status"),
    findings: $(root, ".studio-findings"),
    editedNote: $(root, ".studio-edited"),
    glance: $(root, ".studio-glance"),
    form: $(root, "form.studio-form"),
    schemeSel: $(root, "select[name=scheme]"),
    fromSel: $(root, "select[name=from]"),
    toSel: $(root, "select[name=to]"),
    linkInput: $(root, "input[name=link]"),
    undoButton: $(root, "button[name=undo]"),
    copyButton: $(root, "button[name=copy]"),
    downloadButton: $(root, "button[name=download]"),
  };
}

export const say = (ctx: Pick<StudioContext, "lang">, l: Label) => l[ctx.lang];

/** The edited scheme's file name: what the checker's lines name and the download is called. */
export const fileName = (ctx: StudioContext) => `${schemeId(ctx, ctx.current) || "scheme"}.yaml`;

/**
 * The other schemes' edits kept in this visit (index order, unedited ones
 * left out): the link carries them and the take-away names them.
 */
export function otherEdits(ctx: StudioContext): { at: number; edit: EditState }[] {
  return [...ctx.kept]
    .filter(([at, k]) => at !== ctx.current && isEdited(k.edit))
    .sort(([a], [b]) => a - b)
    .map(([at, k]) => ({ at, edit: k.edit }));
}

/** A scheme's id ("" for none). */
export const schemeId = (ctx: Pick<StudioContext, "index">, at: number) =>
  ctx.index.schemes[at]?.id ?? "";

/** A scheme as the picker names it: "售前客服月度考核 (presales)" (text, not HTML). */
export const schemeName = (ctx: Pick<StudioContext, "index" | "lang">, at: number) =>
  `${ctx.index.schemes[at]?.label[ctx.lang] ?? ""} (${schemeId(ctx, at)})`;
