/**
 * What an edit changed, as lines a manager reads at the top of the
 * downloaded file: "kpis[0] (inquiry_conversion).bands[1].min: 0.5 → 0.55".
 */
import { type EditState, editChanges, kpiId } from "./edit.ts";
import { getAt, type Json, type PathKey } from "./json-edit.ts";

const show = (v: Json | undefined): string =>
  v === undefined ? "(none)" : typeof v === "string" ? v : JSON.stringify(v);

function pathText(doc: Json, p: readonly PathKey[]): string {
  let out = "";
  p.forEach((k, i) => {
    out += typeof k === "number" ? `[${k}]` : out === "" ? k : `.${k}`;
    if (i === 1 && p[0] === "kpis" && typeof k === "number") {
      const id = kpiId(getAt(doc, ["kpis", k]));
      if (id) out += ` (${id})`;
    }
  });
  return out === "" ? "(whole scheme)" : out;
}

export function describeEdit(state: EditState): string[] {
  const { changes, off } = editChanges(state);
  const lines = changes.map(
    (c) => `${pathText(state.published, c.p)}: ${show(getAt(state.published, c.p))} → ${show(c.v)}`,
  );
  for (const id of off) lines.push(`KPI ${id} switched off (left out of this scheme)`);
  return lines;
}
