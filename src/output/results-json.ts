/**
 * The `score` JSON document (contract "score JSON output"), reused by the
 * report's downloads. Pure. Totals and points are rounded here, not before.
 */
import { byMonthThenAgent } from "../engine/score/agent-month.ts";
import type { AgentMonthResult } from "../engine/types.ts";
import type { FileAccount, RejectedRow, SkippedRow } from "../ingest/problems.ts";
import { resultJson } from "./result-json.ts";
import { round, roundOrNull } from "./round.ts";

export interface ScoreDocument {
  scheme: string;
  results: AgentMonthResult[];
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  files: FileAccount[];
}

/**
 * One result as published: rounded, optional fields only when set. The
 * document itself is written by resultJson (result-json.ts), which emits the
 * bytes of this record's JSON without building it; this stays as its
 * definition, for tests and callers that want the object.
 */
export function resultRecord(r: AgentMonthResult): Record<string, unknown> {
  const out: Record<string, unknown> = { agent: r.agent, month: r.month };
  if (r.role !== undefined) out.role = r.role;
  if (r.team !== undefined) out.team = r.team;
  Object.assign(out, {
    scheme: r.scheme,
    total: round(r.total, 2),
    max: round(r.max, 2),
    complete: r.complete,
    grade: r.grade,
    pay: r.pay,
  });
  if (r.veto !== undefined) out.veto = r.veto;
  if (r.rejectedRows !== undefined) out.rejectedRows = r.rejectedRows;
  // Composite schemes: the form's own total before the composite, and every part of the final result.
  if (r.formTotal !== undefined) out.formTotal = round(r.formTotal, 2);
  if (r.formMax !== undefined) out.formMax = round(r.formMax, 2);
  if (r.composite !== undefined)
    out.composite = r.composite.map((p) => ({
      id: p.id,
      value: roundOrNull(p.value, 2),
      max: round(p.max, 2),
      score: roundOrNull(p.score, 2),
      weight: p.weight,
      points: roundOrNull(p.points, 2),
      ...(p.error !== undefined ? { error: p.error } : {}),
    }));
  out.kpis = r.kpis.map((k) => {
    const kpi: Record<string, unknown> = {
      id: k.id,
      value: roundOrNull(k.value, 4),
      points: roundOrNull(k.points, 2),
      max: round(k.max, 2),
      status: k.status,
    };
    if (k.rating !== undefined) kpi.rating = roundOrNull(k.rating, 2);
    if (k.weight !== undefined) kpi.weight = k.weight;
    if (k.reason !== undefined) kpi.reason = k.reason;
    if (k.letter !== undefined) kpi.letter = k.letter;
    if (k.each !== undefined) kpi.each = k.each;
    if (k.raters !== undefined)
      kpi.raters = k.raters.map((x) => ({
        input: x.input,
        rater: x.label.zh,
        score: round(x.score, 2),
        weight: round(x.weight, 2),
      }));
    if (k.items !== undefined)
      kpi.items = k.items.map((x) => ({ input: x.input, item: x.label.zh, met: x.met }));
    if (k.weightedBy !== undefined) kpi.weightedBy = k.weightedBy;
    return kpi;
  });
  return out;
}

/**
 * The document in pieces, in order: the same bytes as
 * `JSON.stringify(document, null, 2)` plus a newline, one result (or problem
 * row) at a time, so a writer never holds the whole text. Inside the document
 * a list's items sit two levels deep: each item's own pretty-printed JSON is
 * indented by four spaces (JSON strings never hold a raw newline).
 */
export function* resultsJsonChunks(doc: ScoreDocument): Generator<string> {
  yield `{\n  "scheme": ${JSON.stringify(doc.scheme)},\n  "results": `;
  yield* listChunks([...doc.results].sort(byMonthThenAgent), resultJson);
  yield ',\n  "rejected": ';
  // The contract's fields only (a rejected row also keeps its reason's code and the cell it
  // quotes, for the pages and publish.ts).
  yield* listChunks(doc.rejected, ({ cell: _cell, why: _why, ...r }, pad) => pretty(r, pad));
  yield ',\n  "skipped": ';
  yield* listChunks(doc.skipped, ({ why: _why, ...s }, pad) => pretty(s, pad));
  yield ',\n  "files": ';
  yield* listChunks(doc.files, ({ skippedBy: _by, ...f }, pad) => pretty(f, pad));
  yield "\n}\n";
}

/** Any value as `JSON.stringify(value, null, 2)` nested at `pad` (problem rows and files: few). */
const pretty = (value: unknown, pad: string) =>
  JSON.stringify(value, null, 2)?.replaceAll("\n", `\n${pad}`) ?? "null";

/** A list two levels deep, one item (as JSON text indented to `pad`) per piece. */
function* listChunks<T>(
  items: readonly T[],
  text: (item: T, pad: string) => string,
): Generator<string> {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  for (let i = 0; i < items.length; i++)
    yield (i === 0 ? "[\n    " : ",\n    ") + text(items[i] as T, "    ");
  yield "\n  ]";
}

/** The whole document as one string: for small documents and tests only (writers stream the chunks). */
export function resultsToJson(doc: ScoreDocument): string {
  return [...resultsJsonChunks(doc)].join("");
}
