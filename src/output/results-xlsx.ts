/**
 * The results as an Excel workbook, for payroll: the CSV's columns and rows
 * (results-csv.ts), but each cell typed — names, months, teams and grades as
 * text cells, so Excel and WPS keep `007`, a 18-digit 工号, `1E5`, `3/4` and
 * `2026-09` as written (opened by double-click, the CSV's would become 7,
 * 1.23457E+17, 100000, a date); a text cell is never a formula, so nothing
 * needs the CSV's leading `'`. Numbers are numbers, complete is TRUE/FALSE,
 * an empty cell is a missing value (never 0). Pure.
 */
import { utils, write } from "@e965/xlsx";
import type { AgentMonthResult } from "../engine/types.ts";
import type { CellValue } from "./csv-cells.ts";
import { resultCells, resultColumns, sortedForCsv } from "./results-csv.ts";

type Cell = { t: "s"; v: string } | { t: "n"; v: number } | { t: "b"; v: boolean } | null;

function cell(value: CellValue): Cell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) ? { t: "n", v: value } : null;
  if (typeof value === "boolean") return { t: "b", v: value };
  return { t: "s", v: value };
}

/** One row's values: the CSV's cells (resultCells), in its column order and rounding. */
function rowValues(r: AgentMonthResult, cols: ReturnType<typeof resultColumns>): CellValue[] {
  const out: CellValue[] = [];
  resultCells(r, cols, (v) => out.push(v));
  return out;
}

/** The header row and one row per agent-month, sorted as the CSV is (for tests and the workbook). */
export function resultsTable(results: readonly AgentMonthResult[]): CellValue[][] {
  const cols = resultColumns(results);
  return [cols.header, ...sortedForCsv(results).map((r) => rowValues(r, cols))];
}

export function resultsXlsx(results: readonly AgentMonthResult[]): Uint8Array {
  const rows = resultsTable(results).map((row) => row.map(cell));
  const ws = utils.aoa_to_sheet(rows, { sheetStubs: false });
  ws["!cols"] = (rows[0] ?? []).map((_, i) => ({ wch: i === 0 ? 20 : 12 }));
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, "results");
  return write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Uint8Array;
}
