/**
 * Results as CSV for Excel: one row per agent-month, KPI columns
 * `<id>.value` and `<id>.points` (and `<id>.weighted_by` for a KPI some month
 * of which is a daily rate weighted by a column the user named), UTF-8 with BOM, CRLF, and text cells that a
 * spreadsheet would run as a formula neutralised with a leading `'`. Pure.
 */
import type { AgentMonthResult, KpiResult } from "../engine/types.ts";
import { BLOCK_BYTES, ByteSink } from "./byte-sink.ts";
import { type CellValue, CsvCells, csvCell } from "./csv-cells.ts";
import { round, roundOrNull } from "./round.ts";

export { type CellValue, csvCell, neutralise } from "./csv-cells.ts";

/** A KPI's columns: `.value`, `.points`, `.weighted_by` when weighted, then its extras (letter, raters). */
export interface KpiColumns {
  id: string;
  weighted: boolean;
  extras: string[];
}

/** The columns of a results table, as the CSV heads them (the xlsx download shares them). */
export interface ResultColumns {
  header: string[];
  /** formTotal and formMax, after veto, when some result is a composite's. */
  composite: boolean;
  kpis: KpiColumns[];
}

export function resultColumns(results: readonly AgentMonthResult[]): ResultColumns {
  // Per KPI, in order of first appearance: value and points; how a daily rate was weighted where
  // a named column weighted it; a letter where the KPI grades by letters; each rater's score.
  const columns: KpiColumns[] = [];
  const byId = new Map<string, KpiColumns>();
  for (const r of results)
    for (const k of r.kpis) {
      let c = byId.get(k.id);
      if (c === undefined) {
        c = { id: k.id, weighted: false, extras: [] };
        byId.set(k.id, c);
        columns.push(c);
      }
      if (k.weightedBy !== undefined) c.weighted = true;
      if (k.letter !== undefined && !c.extras.includes("letter")) c.extras.push("letter");
      if (k.raters !== undefined)
        for (const x of k.raters) if (!c.extras.includes(x.input)) c.extras.push(x.input);
    }
  const header = [
    "agent",
    "month",
    "role",
    "team",
    "scheme",
    "total",
    "max",
    "complete",
    "grade",
    "pay",
    "veto",
  ];
  const composite = results.some((r) => r.formTotal !== undefined);
  if (composite) header.push("formTotal", "formMax");
  for (const { id, weighted, extras } of columns)
    header.push(
      `${id}.value`,
      `${id}.points`,
      ...(weighted ? [`${id}.weighted_by`] : []),
      ...extras.map((e) => `${id}.${e}`),
    );
  return { header, composite, kpis: columns };
}

/**
 * A result's cells in `cols.header`'s order and rounding, each handed to
 * `cell`: the one row the CSV and the workbook (results-xlsx.ts) both write,
 * so a column added to the header is added to both. A callback, not an array:
 * the CSV writes each cell as it comes, with nothing made per row.
 */
export function resultCells(
  r: AgentMonthResult,
  cols: ResultColumns,
  cell: (value: CellValue) => void,
): void {
  cell(r.agent);
  cell(r.month);
  cell(r.role);
  cell(r.team);
  cell(r.scheme);
  cell(round(r.total, 2));
  cell(round(r.max, 2));
  cell(r.complete);
  cell(r.grade);
  cell(r.pay);
  cell(r.veto);
  if (cols.composite) {
    cell(roundOrNull(r.formTotal, 2));
    cell(roundOrNull(r.formMax, 2));
  }
  for (const { id, weighted, extras } of cols.kpis) {
    const k = lastWithId(r.kpis, id);
    cell(roundOrNull(k?.value, 4));
    cell(roundOrNull(k?.points, 2));
    if (weighted) cell(k?.weightedBy === undefined ? "" : `weighted by ${k.weightedBy}`);
    for (const e of extras)
      cell(
        e === "letter" ? k?.letter : roundOrNull(k?.raters?.find((x) => x.input === e)?.score, 2),
      );
  }
}

/**
 * The CSV as UTF-8 blocks, in order: the BOM and header, then one line per
 * agent-month, each ending in CRLF, written into blocks of `blockBytes` and
 * handed out as each block fills, so a writer never holds the whole text.
 */
export function* resultsCsvChunks(
  results: readonly AgentMonthResult[],
  blockBytes = BLOCK_BYTES,
): Generator<Uint8Array> {
  const cols = resultColumns(results);
  const sink = new ByteSink(blockBytes);
  const cells = new CsvCells(sink);
  sink.text(`\uFEFF${cols.header.map(csvCell).join(",")}\r\n`);
  // Made once, not per row: the first cell of a row has no comma before it.
  let first = true;
  const put = (value: CellValue) => {
    if (first) {
      cells.first(value);
      first = false;
    } else cells.next(value);
  };
  for (const r of sortedForCsv(results)) {
    first = true;
    resultCells(r, cols, put);
    sink.ascii("\r\n");
    yield* sink.take();
  }
  yield* sink.take(true);
}

/** A result's KPI of this id; the last one where an id repeats (as a Map of them would keep). */
function lastWithId(kpis: readonly KpiResult[], id: string): KpiResult | undefined {
  for (let i = kpis.length - 1; i >= 0; i--) if (kpis[i]?.id === id) return kpis[i];
  return undefined;
}

/**
 * By month (localeCompare), then agent (code units). localeCompare is slow
 * and there are few months: each distinct month is ranked once by it, and
 * the rows sorted by rank, which orders every pair as it would.
 */
export function sortedForCsv(results: readonly AgentMonthResult[]): AgentMonthResult[] {
  const months = [...new Set(results.map((r) => r.month))].sort((a, b) => a.localeCompare(b));
  const rank = new Map<string, number>();
  months.forEach((m, i) => {
    const before = months[i - 1];
    // Months localeCompare calls equal share a rank.
    rank.set(
      m,
      before !== undefined && before.localeCompare(m) === 0 ? (rank.get(before) as number) : i,
    );
  });
  return [...results].sort(
    (a, b) =>
      (rank.get(a.month) as number) - (rank.get(b.month) as number) ||
      (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0),
  );
}

/** The whole CSV as one string: for small outputs and tests only (writers stream the chunks). */
export function resultsToCsv(results: readonly AgentMonthResult[]): string {
  return Buffer.concat([...resultsCsvChunks(results)]).toString("utf8");
}
