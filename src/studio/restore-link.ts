/**
 * What a link (URL fragment, edit-link.ts) restores on this site: the scheme
 * shown and its edit, every other scheme's edit, and the months. Each scheme's
 * edit is restored on its own: one naming a scheme the site does not have, or
 * one that no longer fits its scheme, is left out and the link is said to be
 * partly unfit, so that the page says so before the next re-score rewrites
 * the link without it. Pure.
 */

import { type EditState, restoreEdit } from "./edit.ts";
import { decodeEditLink, type EditLink, type SchemeEdit } from "./edit-link.ts";
import type { Json } from "./json-edit.ts";

/** How much of the link was restored: no link, all of it, part of it, or none (it cannot be read). */
export type LinkFit = "none" | "whole" | "partly" | "unreadable";

interface RestoredLink {
  fit: LinkFit;
  /** The link's scheme (index into the site's schemes) when the site has it; its edit when it fits (null: the published scheme). */
  shown: { at: number; edit: EditState | null } | null;
  /** The other schemes' edits that fit. */
  others: { at: number; edit: EditState }[];
  /** The link's months, each when the site has it. */
  from: string | null;
  to: string | null;
}

const NONE: RestoredLink = { fit: "none", shown: null, others: [], from: null, to: null };

export function restoreLink(
  hash: string,
  site: { schemes: readonly { id: string; raw: Json }[]; months: readonly string[] },
): RestoredLink {
  let link: EditLink | null;
  let partly = false;
  try {
    link = decodeEditLink(hash);
  } catch {
    // A link cut short loses its last part first, the other schemes' edits: the shown
    // scheme's edit and the months may still read.
    try {
      link = decodeEditLink(withoutOthers(hash));
      partly = true;
    } catch {
      return { ...NONE, fit: "unreadable" };
    }
  }
  if (!link) return NONE;
  /** The scheme's index and its edit restored; the edit null when it does not fit. */
  const restore = (e: SchemeEdit): { at: number; edit: EditState | null } | null => {
    const at = site.schemes.findIndex((s) => s.id === e.scheme);
    if (at < 0) {
      partly = true;
      return null;
    }
    try {
      return { at, edit: restoreEdit(site.schemes[at]?.raw ?? {}, e.changes, e.off) };
    } catch {
      partly = true;
      return { at, edit: null };
    }
  };
  const others = link.others.flatMap((o) => {
    const r = restore(o);
    return r?.edit ? [{ at: r.at, edit: r.edit }] : [];
  });
  const shown = restore(link);
  const month = (m: string) => (site.months.includes(m) ? m : null);
  return {
    fit: partly ? "partly" : "whole",
    shown,
    others,
    from: month(link.from),
    to: month(link.to),
  };
}

/** The fragment without its other schemes' edits (throws when it has none: nothing to drop). */
function withoutOthers(hash: string): string {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  if (!params.has("others")) throw new Error("no other schemes' edits");
  params.delete("others");
  return `#${params.toString()}`;
}
