/**
 * Undo in the studio: the edits before the current one, newest last. Typing
 * into one field is one step (every key is an input event, and "55" should
 * not take two undos); anything else — a tick, a band added, a reset — is a
 * step of its own. Pure.
 */
import type { EditState } from "./edit.ts";

export interface History {
  readonly past: readonly EditState[];
  /** The field typed in since the last step: its next inputs belong to that step. */
  readonly typing: string | null;
}

export const noHistory: History = { past: [], typing: null };

/** Steps kept: enough for a session, bounded for a page left open all day. */
const LIMIT = 200;

/**
 * Records `before`, the edit as it was, as the state an undo goes back to;
 * unchanged while `field` (a field's path) is still the one being typed in.
 */
export function record(h: History, before: EditState, field: string | null = null): History {
  if (field !== null && field === h.typing) return h;
  return { past: [...h.past, before].slice(-LIMIT), typing: field };
}

/** The field lost focus: typing in it again is a new step. */
export const stopTyping = (h: History): History =>
  h.typing === null ? h : { past: h.past, typing: null };

/** The edit before the last step, and the history without it; null when there is none. */
export function undo(h: History): { history: History; state: EditState } | null {
  const state = h.past.at(-1);
  if (state === undefined) return null;
  return { history: { past: h.past.slice(0, -1), typing: null }, state };
}
