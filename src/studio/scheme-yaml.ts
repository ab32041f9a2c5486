/**
 * The edited scheme as a YAML file a manager keeps: block style for the
 * structure, one-line `{ min: 0.55, points: 26 }` for bands and other small
 * records, strings double-quoted (JSON strings are valid YAML), and a comment
 * header saying what changed. Small and dependency-free so the studio's
 * script stays small; tests read the output back with the `yaml` package.
 */
import type { Json } from "./json-edit.ts";

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
/** Plain scalars YAML would read as something other than the key's text. */
const RESERVED = /^(true|false|null|yes|no|on|off|y|n)$/i;

/** A double-quoted YAML string: JSON's escapes, plus characters YAML reads as line breaks or forbids. */
const quoted = (s: string) =>
  JSON.stringify(s).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

const key = (k: string) => (PLAIN_KEY.test(k) && !RESERVED.test(k) ? k : quoted(k));

function scalar(v: Json): string {
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return Object.is(v, -0) ? "0" : String(v);
  }
  if (typeof v === "string") return PLAIN_KEY.test(v) && !RESERVED.test(v) ? v : quoted(v);
  return JSON.stringify(v);
}

const isObject = (x: Json): x is { [k: string]: Json } =>
  x !== null && typeof x === "object" && !Array.isArray(x);

/** One-line form of a small value, or null when it is too big or nested to read on one line. */
function flow(v: Json, depth = 0): string | null {
  if (!isObject(v) && !Array.isArray(v)) return scalar(v);
  if (depth > 1) return null;
  const parts: string[] = [];
  if (Array.isArray(v)) {
    for (const x of v) {
      if (isObject(x) || Array.isArray(x)) return null;
      parts.push(scalar(x));
    }
    return `[${parts.join(", ")}]`;
  }
  for (const [k, x] of Object.entries(v)) {
    const inner = flow(x, depth + 1);
    if (inner === null) return null;
    parts.push(`${key(k)}: ${inner}`);
  }
  return parts.length === 0 ? "{}" : `{ ${parts.join(", ")} }`;
}

const FLOW_WIDTH = 96;

/**
 * Characters a comment must not hold: line breaks to any YAML reader (NEL and
 * U+2028/9 in YAML 1.1), other controls, BOM and non-characters, which
 * strict readers refuse, and lone surrogates.
 */
const UNSAFE_IN_COMMENT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A comment line: one line of text, whatever the note holds. */
const comment = (indent: string, text: string) =>
  `${indent}# ${text.replace(UNSAFE_IN_COMMENT, " ")}`.trimEnd();

function block(v: Json, indent: string, at = "", notes?: ReadonlyMap<string, string>): string[] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${indent}[]`];
    return v.flatMap((item, i) => {
      const note = notes?.get(`${at}/${i}`);
      const above = note ? [comment(indent, note)] : [];
      const one = flow(item);
      if (one !== null && indent.length + one.length + 2 <= FLOW_WIDTH)
        return [...above, `${indent}- ${one}`];
      const lines = block(item, `${indent}  `, `${at}/${i}`, notes);
      // "- " takes the place of the first line's indentation.
      return [...above, `${indent}- ${(lines[0] ?? "").trimStart()}`, ...lines.slice(1)];
    });
  }
  if (isObject(v)) {
    const entries = Object.entries(v);
    if (entries.length === 0) return [`${indent}{}`];
    return entries.flatMap(([k, x]) => {
      const one = flow(x);
      const head = `${indent}${key(k)}:`;
      if (one !== null && head.length + one.length + 1 <= FLOW_WIDTH) return [`${head} ${one}`];
      return [head, ...block(x, `${indent}  `, `${at}/${k}`, notes)];
    });
  }
  return [`${indent}${scalar(v)}`];
}

/**
 * The scheme as YAML, with `header` lines as comments on top, and `notes` as a comment
 * line above the list items they name by path (`/kpis/0`: the KPI's name, which the
 * file's own comments gave and its data does not).
 */
export function schemeYaml(
  scheme: Json,
  header: readonly string[] = [],
  notes?: ReadonlyMap<string, string>,
): string {
  const comments = header.flatMap((h) => h.split(/\r?\n|\r/)).map((h) => comment("", h));
  return `${[...comments, ...block(scheme, "", "", notes)].join("\n")}\n`;
}

/** A comment for each KPI: its names and symbol (`询单转化率 X · Inquiry conversion`), by id. */
export function kpiNotes(
  scheme: Json,
  kpis: ReadonlyMap<string, { zh: string; en: string; symbol?: string | undefined }>,
): Map<string, string> {
  const notes = new Map<string, string>();
  const list = isObject(scheme) && Array.isArray(scheme.kpis) ? scheme.kpis : [];
  list.forEach((k, i) => {
    const id = isObject(k) && typeof k.id === "string" ? k.id : "";
    const n = kpis.get(id);
    if (!n) return;
    const zh = [n.zh, n.symbol].filter(Boolean).join(" ");
    notes.set(`/kpis/${i}`, n.en && n.en !== n.zh ? `${zh} · ${n.en}` : zh);
  });
  return notes;
}
