/**
 * Opens a workbook (.xlsx/.xlsm/.xlsb, .xls, WPS .et, LibreOffice .ods, or an "Excel" download that
 * is really an HTML or XML table) with SheetJS and hands out its sheets as
 * rows of cell text. A password-protected or corrupt workbook becomes a
 * clear message, never an exception. Node only.
 */

import { readFile } from "node:fs/promises";
import { read, type WorkBook } from "@e965/xlsx";
import type { ProblemReason } from "../../reasons/reason.ts";
import { cellText, type SheetCell } from "./cell-text.ts";
import type { Container } from "./container.ts";
import type { Merge } from "./merges.ts";

export type { Container } from "./container.ts";

export interface SheetRows {
  name: string;
  /** Rows in the sheet (trailing empty rows included). */
  length: number;
  /** Row i is the sheet's row i + 1 as Excel numbers it; cells as text (see cell-text.ts), made on demand. */
  row: (i: number) => string[];
  /** One cell's text (row and column 0-based). */
  cell: (r: number, c: number) => string;
  /** The sheet's merged ranges (`!merges`): their value sits in the top-left cell only (see merges.ts). */
  merges: readonly Merge[];
  /** Hidden in the workbook (no tab shows it; SheetJS's `Hidden` 1, or 2 for "very hidden"). */
  hidden: boolean;
}

export type OpenedWorkbook = { sheets: SheetRows[] } | { error: ProblemReason };

/** Why SheetJS failed, in words a user can act on. */
function openError(message: string, container: Container): ProblemReason {
  // Excel keeps an encrypted .xlsx in an OLE2 container; a zip "encryption" error is a damaged zip.
  if (/password/i.test(message) || (container === "cfb" && /encrypt/i.test(message)))
    return { code: "workbook-locked" };
  const kind = container === "zip" ? ".xlsx" : container === "cfb" ? ".xls" : "spreadsheet";
  return { code: "workbook-corrupt", kind, detail: message };
}

/** Every sheet's rows as text; hidden sheets too (a hidden sheet may still hold the data). */
export function sheetsOf(workbook: WorkBook): SheetRows[] {
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  // Set by writers that leave the calculating to Excel (cell-text.ts); Excel's own saves drop it.
  const full = (workbook.Workbook as { CalcPr?: { fullCalcOnLoad?: unknown } } | undefined)?.CalcPr
    ?.fullCalcOnLoad;
  const uncalculated = full === "1" || full === "true";
  const states = workbook.Workbook?.Sheets ?? [];
  return workbook.SheetNames.map((name, i) => {
    const sheet = workbook.Sheets[name];
    const data = (sheet?.["!data"] ?? []) as (SheetCell[] | undefined)[];
    const row = (r: number): string[] => {
      const cells = data[r] ?? [];
      const out = new Array<string>(cells.length);
      for (let c = 0; c < cells.length; c++) out[c] = cellText(cells[c], date1904, uncalculated);
      return out;
    };
    const cell = (r: number, c: number): string => cellText(data[r]?.[c], date1904, uncalculated);
    const merges = (sheet?.["!merges"] ?? []) as Merge[];
    const hidden = (states[i]?.Hidden ?? 0) !== 0;
    return { name, length: data.length, row, cell, merges, hidden };
  });
}

/** Reads a workbook whose container has been sniffed as zip, cfb or markup. */
export async function openWorkbook(path: string, container: Container): Promise<OpenedWorkbook> {
  const bytes = await readFile(path);
  const readWith = (cellFormula: boolean) =>
    read(bytes, {
      type: "buffer",
      dense: true,
      cellNF: true,
      cellText: false,
      cellHTML: false,
      cellFormula,
      cellStyles: false,
      bookVBA: false,
      // Without stubs such a cell is dropped, as if empty.
      sheetStubs: true,
    });
  let workbook: WorkBook;
  try {
    // A zip workbook may store a formula without its result (cell-text.ts): its stub keeps
    // the formula only when formulas are read. An .xls always stores the result.
    workbook = readWith(container === "zip");
  } catch (err) {
    // Decoding a formula can fail where the values read (an .xlsb's rarer formula tokens): the
    // values are what is scored, so read them without the formulas rather than refuse the file.
    try {
      if (container !== "zip") throw err;
      workbook = readWith(false);
    } catch {
      return { error: openError((err as Error).message, container) };
    }
  }
  if (workbook.SheetNames.length === 0) return { error: { code: "workbook-no-sheets" } };
  return { sheets: sheetsOf(workbook) };
}
