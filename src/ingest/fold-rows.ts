/**
 * Where check and the data-quality page point a user at a row to fix, as
 * `file:row`: an agent's first row (for a name no roster row has), and the
 * rating sheet's row of an agent-month no export gave (a rating whose name
 * the exports do not have that month). Pure.
 */
import { COLUMNS, type InputColumn } from "./columns.ts";
import { accAt, type Entry, rowAt, type Source } from "./fold-entry.ts";

/** The key of an agent-month in a map (ratedRows', and the rating checks' lookups). */
export const agentMonthKey = (agent: string, month: string) => `${agent}\u0000${month}`;

const at = (s: Source, files: readonly string[]) => `${files[s.file] ?? ""}:${rowAt(s, 0)}`;

/** Each agent's first row (the first file that gave one of its months, whatever the month). */
export function firstRows(entries: Iterable<Entry>, files: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    const s = e.sources[0];
    if (s !== undefined && !out.has(e.agent)) out.set(e.agent, at(s, files));
  }
  return out;
}

/** Kinds that name the row (agent, date, month), never a value. */
const TEXT = new Set(["text", "date", "month"]);
/** A platform's own numbers: the built-in columns' values (a scheme's inputs are its own). */
const EXPORTED = new Set(COLUMNS.filter((c) => !TEXT.has(c.kind)).map((c) => c.id));

/**
 * Per agent-month no export gave a value (only rating sheets, or files none
 * of whose read columns are a platform's), keyed by agentMonthKey: the row of
 * the first file with a scheme input, else the month's first row. The agent's
 * first row may be an export row of another month, the wrong row to fix. Only
 * those months are kept: the others are never "rated only" (an export gave
 * them a value or a missing cell), and a large export has many.
 */
export function ratedRows(
  entries: Iterable<Entry>,
  files: readonly string[],
  fileColumns: readonly (Uint8Array | undefined)[],
  columns: readonly InputColumn[],
  place: Int32Array,
): Map<string, string> {
  // The kept places of platform columns: given for an agent-month, an export gave it.
  const exported: number[] = [];
  place.forEach((k, c) => {
    if (k >= 0 && EXPORTED.has(columns[c]?.id ?? "")) exported.push(k);
  });
  // Per file id: whether it has a scheme input (a rating sheet's column).
  const rates = fileColumns.map((has) => {
    let found = false;
    has?.forEach((h, c) => {
      const column = columns[c];
      if (h === 1 && column !== undefined && !EXPORTED.has(column.id) && !TEXT.has(column.kind))
        found = true;
    });
    return found;
  });
  const out = new Map<string, string>();
  for (const e of entries) {
    if (exported.some((k) => accAt(e, 3, k) > 0)) continue;
    const s = e.sources.find((x) => rates[x.file] === true) ?? e.sources[0];
    if (s !== undefined) out.set(agentMonthKey(e.agent, e.month), at(s, files));
  }
  return out;
}
