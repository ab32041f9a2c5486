/**
 * Results CSV cells: `csvCell` (text that a spreadsheet would run as a
 * formula neutralised with a leading `'`, quoted where needed), and
 * `CsvCells`, which writes cells as bytes into a ByteSink exactly as csvCell
 * prints them: numbers digit by digit (no string made), text cells'
 * bytes kept once made, since names, teams and grades repeat on every row.
 */
import type { ByteSink } from "./byte-sink.ts";

export type CellValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that Excel would evaluate gets a `'`; numbers stay numbers (a negative one too). */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const SHORT = 64;
const KEPT = 1 << 16;

export class CsvCells {
  readonly #sink: ByteSink;
  #kept = new Map<string, Uint8Array>();

  constructor(sink: ByteSink) {
    this.#sink = sink;
  }

  /** The first cell of a row. */
  first(value: CellValue): void {
    this.#cell(value);
  }

  /** A further cell: a comma, then the cell. */
  next(value: CellValue): void {
    this.#sink.ascii(",");
    this.#cell(value);
  }

  #cell(value: CellValue): void {
    if (value === null || value === undefined) return;
    if (typeof value === "number") {
      if (Number.isFinite(value)) this.#sink.number(value);
    } else if (typeof value === "boolean") this.#sink.ascii(value ? "true" : "false");
    else if (typeof value !== "string" || value.length > SHORT)
      this.#sink.text(String(csvCell(value)));
    else {
      let bytes = this.#kept.get(value);
      if (bytes === undefined) {
        if (this.#kept.size >= KEPT) this.#kept.clear();
        bytes = Buffer.from(csvCell(value), "utf8");
        this.#kept.set(value, bytes);
      }
      this.#sink.bytes(bytes);
    }
  }
}
