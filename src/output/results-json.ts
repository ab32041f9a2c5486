/**
 * The `score` JSON document (contract "score JSON output"), reused by the
 * report's downloads. Pure. Totals and points are rounded here, not before.
 */
import { byMonthThenAgent } from "../engine/score/score-many.ts";
import type { AgentMonthResult } from "../engine/types.ts";
import type { FileAccount, RejectedRow, SkippedRow } from "../ingest/problems.ts";
import { BLOCK_BYTES, ByteSink } from "./byte-sink.ts";
import { JsonWriter } from "./json-writer.ts";
import { writeResult } from "./result-json.ts";
import { round, roundOrNull } from "./round.ts";

export interface ScoreDocument {
  scheme: string;
  /** In any order (sorted here), or already sorted by month then agent and read once, as made. */
  results: readonly AgentMonthResult[] | { sorted: Iterable<AgentMonthResult> };
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  files: FileAccount[];
}

/**
 * One result as published: rounded, optional fields only when set. The
 * document itself is written by writeResult (result-json.ts), which emits the
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
        score: roundOrNull(x.score, 2),
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
 * The document as UTF-8 blocks, in order: the bytes of
 * `JSON.stringify(document, null, 2)` plus a newline, written into blocks of
 * `blockBytes` (see ByteSink) one result (or problem row) at a time and
 * handed out as each block fills, so a writer never holds the whole text.
 * Inside the document a list's items sit two levels deep, indented by four
 * spaces.
 */
export function* resultsJsonChunks(
  doc: ScoreDocument,
  blockBytes = BLOCK_BYTES,
): Generator<Uint8Array> {
  const sink = new ByteSink(blockBytes);
  const w = new JsonWriter(sink);
  sink.text(`{\n  "scheme": ${JSON.stringify(doc.scheme)},\n  "results": `);
  const results =
    "sorted" in doc.results ? doc.results.sorted : [...doc.results].sort(byMonthThenAgent);
  yield* list(sink, results, (r) => writeResult(w, r, "    "));
  sink.ascii(',\n  "rejected": ');
  // The contract's fields only (a rejected row also keeps its reason's code and the cell it
  // quotes, for the pages and publish.ts).
  yield* list(sink, doc.rejected, ({ cell: _cell, why: _why, ...r }) => sink.text(pretty(r)));
  sink.ascii(',\n  "skipped": ');
  yield* list(sink, doc.skipped, ({ why: _why, ...s }) => sink.text(pretty(s)));
  sink.ascii(',\n  "files": ');
  yield* list(sink, doc.files, ({ skippedBy: _by, ...f }) => sink.text(pretty(f)));
  sink.ascii("\n}\n");
  yield* sink.take(true);
}

/** A value as `JSON.stringify(value, null, 2)` two levels deep (problem rows and files: few). */
const pretty = (value: unknown) =>
  JSON.stringify(value, null, 2)?.replaceAll("\n", "\n    ") ?? "null";

/** A list two levels deep, each item written by `item`; the blocks filled so far after each. */
function* list<T>(sink: ByteSink, items: Iterable<T>, item: (x: T) => void): Generator<Uint8Array> {
  let first = true;
  for (const x of items) {
    sink.ascii(first ? "[\n    " : ",\n    ");
    first = false;
    item(x);
    yield* sink.take();
  }
  sink.ascii(first ? "[]" : "\n  ]");
}

/** The whole document as one string: for small documents and tests only (writers stream the chunks). */
export function resultsToJson(doc: ScoreDocument): string {
  return Buffer.concat([...resultsJsonChunks(doc)]).toString("utf8");
}
