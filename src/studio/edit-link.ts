/**
 * The edit in the URL fragment, so a manager can send it to a colleague
 * without a server: `#scheme=presales&from=2025-10&to=2026-09&edit=<base64url JSON>`,
 * the scheme shown and its edit, and `&others=<base64url JSON>` with every
 * other scheme edited in the same visit (a link without it, as every link
 * was before, reads as before). The fragment never reaches a server. Pure
 * (TextEncoder, btoa/atob: browser and Node alike).
 */
import type { Change, Json, PathKey } from "./json-edit.ts";

/** One scheme's edit: its changes against the published scheme and its KPIs switched off. */
export interface SchemeEdit {
  scheme: string;
  changes: Change[];
  off: string[];
}

export interface EditLink extends SchemeEdit {
  from: string;
  to: string;
  /** The other schemes' edits (never the shown scheme's, each scheme once). */
  others: SchemeEdit[];
}

const MONTH = /^\d{4}-\d{2}$/;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder("utf-8", { fatal: true }).decode(
    Uint8Array.from(bin, (c) => c.charCodeAt(0)),
  );
}

export function encodeEditLink(link: EditLink): string {
  const params = new URLSearchParams();
  params.set("scheme", link.scheme);
  params.set("from", link.from);
  params.set("to", link.to);
  if (link.changes.length > 0 || link.off.length > 0)
    params.set("edit", toBase64Url(JSON.stringify({ c: link.changes, o: link.off })));
  if (link.others.length > 0)
    params.set(
      "others",
      toBase64Url(
        JSON.stringify(link.others.map((e) => ({ s: e.scheme, c: e.changes, o: e.off }))),
      ),
    );
  return `#${params.toString()}`;
}

const isPathKey = (k: unknown): k is PathKey =>
  typeof k === "string" || (typeof k === "number" && Number.isInteger(k) && k >= 0);

function readChanges(x: unknown): Change[] {
  if (!Array.isArray(x)) throw new Error("changes are not a list");
  return x.map((c) => {
    if (c === null || typeof c !== "object" || !Array.isArray(c.p) || !c.p.every(isPathKey))
      throw new Error("a change has no valid path");
    return Object.hasOwn(c, "v") ? { p: c.p, v: c.v as Json } : { p: c.p };
  });
}

function readOff(x: unknown): string[] {
  const off = x ?? [];
  if (!Array.isArray(off) || !off.every((o) => typeof o === "string"))
    throw new Error("the switched-off KPIs are not a list of ids");
  return off;
}

function readOthers(text: string | null, shown: string): SchemeEdit[] {
  if (!text) return [];
  const data = JSON.parse(fromBase64Url(text)) as unknown;
  if (!Array.isArray(data)) throw new Error("the other schemes' edits are not a list");
  const seen = new Set([shown]);
  return data.map((e) => {
    if (e === null || typeof e !== "object" || typeof e.s !== "string")
      throw new Error("another scheme's edit names no scheme");
    if (seen.has(e.s)) throw new Error(`scheme ${e.s} has two edits`);
    seen.add(e.s);
    return { scheme: e.s, changes: readChanges(e.c ?? []), off: readOff(e.o) };
  });
}

/** The link's edit, or null when the fragment holds none; throws on a malformed one. */
export function decodeEditLink(hash: string): EditLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const scheme = params.get("scheme");
  if (!scheme) return null;
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  if (!MONTH.test(from) || !MONTH.test(to)) throw new Error("the link's months are not YYYY-MM");
  const others = readOthers(params.get("others"), scheme);
  const edit = params.get("edit");
  if (!edit) return { scheme, from, to, changes: [], off: [], others };
  const data = JSON.parse(fromBase64Url(edit)) as { c?: unknown; o?: unknown };
  return { scheme, from, to, changes: readChanges(data.c ?? []), off: readOff(data.o), others };
}
