/**
 * Finds the header row (exports may start with notice lines) and the
 * delimiter, then maps header cells to input columns. Pure.
 */
import Papa from "papaparse";
import { type InputColumn, normalizeHeader } from "./columns.ts";
import type { Problem } from "./problems.ts";

export interface MappedColumn {
  index: number;
  column: InputColumn;
  /** The header as written, for messages. */
  header: string;
  /** Header carried a `(%)` unit: bare numbers are percentages. */
  percent: boolean;
}

export interface Layout {
  delimiter: string;
  /** 0-based record index of the header row. */
  headerRecord: number;
  columns: MappedColumn[];
  /** Headers nobody asked for (listed by `check`). */
  unknown: string[];
  problems: Problem[];
}

const DELIMITERS = [",", "\t", ";"] as const;
const SCAN_ROWS = 40;
const MIN_KNOWN = 2;

function knownCount(row: readonly string[], index: Map<string, InputColumn>): number {
  let n = 0;
  for (const cell of row) if (index.has(normalizeHeader(cell).key)) n++;
  return n;
}

/** The first row with at least two known headers, under the delimiter that finds the most. */
export function findHeader(
  sample: string,
  index: Map<string, InputColumn>,
): { delimiter: string; headerRecord: number; cells: string[] } | null {
  let best: { delimiter: string; headerRecord: number; cells: string[]; known: number } | null =
    null;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: SCAN_ROWS }).data;
    const at = rows.findIndex((row) => knownCount(row, index) >= MIN_KNOWN);
    const cells = rows[at];
    if (at < 0 || !cells) continue;
    const known = knownCount(cells, index);
    if (!best || known > best.known) best = { delimiter, headerRecord: at, cells, known };
  }
  return best && { delimiter: best.delimiter, headerRecord: best.headerRecord, cells: best.cells };
}

/** Maps header cells to columns; duplicate columns are errors naming both positions. */
export function mapHeader(
  file: string,
  cells: readonly string[],
  headerRow: number,
  index: Map<string, InputColumn>,
): Pick<Layout, "columns" | "unknown" | "problems"> {
  const columns: MappedColumn[] = [];
  const unknown: string[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, MappedColumn>();
  cells.forEach((raw, i) => {
    const header = raw.replace(/^\uFEFF/, "").trim();
    const { key, unit } = normalizeHeader(header);
    const column = index.get(key);
    if (!column) {
      if (header !== "") unknown.push(header);
      return;
    }
    const first = seen.get(column.id);
    if (first) {
      problems.push({
        severity: "error",
        file,
        row: headerRow,
        column: header,
        message: `duplicate column: '${header}' (column ${i + 1}) and '${first.header}' (column ${first.index + 1}) both mean ${column.id}; the first is used`,
      });
      return;
    }
    const mapped = { index: i, column, header, percent: unit === "%" };
    seen.set(column.id, mapped);
    columns.push(mapped);
  });
  return { columns, unknown, problems };
}
