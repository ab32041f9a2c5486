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

/**
 * The downloaded file's comment header: what it is, what changed, and how to
 * use it so that the commands give the studio's numbers. `--scheme FILE`
 * scores every agent with it, other roles too; in place of the published file
 * the report scores the scheme's own role with it, as the studio did.
 */
export function takeAwayHeader(input: {
  id: string;
  label: { zh: string; en: string };
  role: string | null;
  from: string;
  to: string;
  state: EditState;
  /** The checker's errors in the edited scheme: the commands refuse such a file. */
  errors?: number;
  /** The other schemes edited in the studio (id and count of changes): not in this file. */
  others?: readonly { id: string; changes: number }[];
}): string[] {
  const { id, label, state } = input;
  const [from, to] = [input.from, input.to].sort();
  const changes = describeEdit(state);
  const whom = input.role ? `${id} (${input.role})` : id;
  const refused = input.errors
    ? [
        `NOT READY: the checker finds ${input.errors} error(s) in it (listed in the studio and by`,
        "npm run check); npm run check, score and report refuse this file until they are fixed.",
      ]
    : [];
  return [
    `${label.zh} · ${label.en}: edited in the scheme studio`,
    ...refused,
    `Scored there over ${from} … ${to}. Changes against the published scheme:`,
    ...(changes.length > 0 ? changes.map((l) => `  ${l}`) : ["  (none)"]),
    ...(input.others?.length
      ? [
          `Also edited in the studio, and NOT in this file: ${input.others.map((o) => `${o.id} (${o.changes} change${o.changes === 1 ? "" : "s"})`).join(", ")}.`,
          "Each is in the studio's link; pick its scheme there and download it as well.",
        ]
      : []),
    `To use it, put it in data/schemes/ in place of the published file with id: ${id}`,
    "(two files with one id are refused). Then npm run check checks it, and npm run score and",
    `npm run report score the agents data/config.yaml gives ${whom} with it, as the studio did.`,
    "npm run check -- --scheme FILE checks it where it is, but scores every agent with it, other roles too.",
  ];
}
