/**
 * The edit in the URL fragment, so a manager can send it to a colleague
 * without a server: `#scheme=presales&from=2025-10&to=2026-09&edit=<base64url JSON>`.
 * The fragment never reaches a server. Pure (TextEncoder, btoa/atob: browser
 * and Node alike).
 */
import type { Change, Json, PathKey } from "./json-edit.ts";

export interface EditLink {
  scheme: string;
  from: string;
  to: string;
  changes: Change[];
  off: string[];
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

/** The link's edit, or null when the fragment holds none; throws on a malformed one. */
export function decodeEditLink(hash: string): EditLink | null {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const scheme = params.get("scheme");
  if (!scheme) return null;
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  if (!MONTH.test(from) || !MONTH.test(to)) throw new Error("the link's months are not YYYY-MM");
  const edit = params.get("edit");
  if (!edit) return { scheme, from, to, changes: [], off: [] };
  const data = JSON.parse(fromBase64Url(edit)) as { c?: unknown; o?: unknown };
  const off = data.o ?? [];
  if (!Array.isArray(off) || !off.every((o) => typeof o === "string"))
    throw new Error("the switched-off KPIs are not a list of ids");
  return { scheme, from, to, changes: readChanges(data.c ?? []), off };
}
