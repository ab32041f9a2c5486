/**
 * A spreadsheet cell → the text a CSV export would have held, so the same
 * cell parsers read both. Excel keeps types the text does not show: a date is
 * a serial day number, a percent-formatted cell holds the fraction, a
 * duration formatted `[h]:mm:ss` holds a fraction of a day. The number format
 * tells which. Pure.
 */
import { SSF } from "@e965/xlsx";

/** What this module reads of a SheetJS cell (type, value, number format). */
export interface SheetCell {
  t: string;
  v?: unknown;
  z?: unknown;
  /** The formula (SheetJS keeps it on a stub: a formula cell the file stores no value for). */
  f?: unknown;
  /** The range of the array formula the cell is part of (only its first cell has `f`). */
  F?: unknown;
}

const SECONDS_PER_DAY = 86_400;
const pad = (n: number) => String(n).padStart(2, "0");

/** Excel shows 15 significant digits; more is binary noise (0.57 stored as 0.56999…). */
function excelDigits(value: number): number {
  return Number(value.toPrecision(15));
}

/** A number as plain decimal text (`1e-7` would not read as a number). */
export function numberText(value: number): string {
  const text = String(excelDigits(value));
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
}

/** The format with quoted literals, escapes and colours removed: only its codes. */
function formatCodes(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?:[a-z]+\d*|\$[^\]]*)\]/gi, "")
    .toLowerCase();
}

export type NumberFormatKind = "date" | "duration" | "percent" | "number";

/** How a number format shows its value: a calendar date, a span of time, a percentage, or a plain number. */
export function formatKind(format: string): NumberFormatKind {
  if (format === "" || format.toLowerCase() === "general") return "number";
  const codes = formatCodes(format);
  if (codes.includes("%")) return "percent";
  if (!SSF.is_date(format)) return "number";
  // A date names a year or a day; a format of hours, minutes and seconds only is a duration.
  return /[yde]|mmm|b[12]?/.test(codes.replace(/\[[hms]+\]/g, "")) ? "date" : "duration";
}

function dateText(serial: number, format: string, date1904: boolean): string {
  const d = SSF.parse_date_code(serial, { date1904 });
  const day = `${d.y}-${pad(d.m)}-${pad(d.d)}`;
  // A month-only format (`yyyy-mm`, `yyyy"年"m"月"`) is a month cell.
  return /d/.test(formatCodes(format)) ? day : day.slice(0, 7);
}

/**
 * The cell as text: dates `YYYY-MM-DD` (or `YYYY-MM`), percentages `45.3%`,
 * durations in seconds. `uncalculated`: the workbook asks Excel to calculate
 * every formula when opened (`fullCalcOnLoad`), as files written without a
 * calculating program do (XlsxWriter and pandas store 0 as every formula's
 * result): a formula's 0 there is no result, and reads as its formula.
 */
export function cellText(
  cell: SheetCell | undefined,
  date1904 = false,
  uncalculated = false,
): string {
  if (!cell) return "";
  const { t, v } = cell;
  const formula = typeof cell.f === "string" && cell.f !== "" ? `=${cell.f}` : "";
  if (uncalculated && v === 0) {
    if (formula !== "") return formula;
    // XlsxWriter pads an array formula's other cells with a bare 0: no result either.
    if (typeof cell.F === "string" && cell.F !== "") return `={${cell.F}}`;
  }
  if (t === "n" && typeof v === "number") {
    const format = typeof cell.z === "string" ? cell.z : "";
    switch (formatKind(format)) {
      case "date":
        return dateText(v, format, date1904);
      case "duration":
        // Seconds to the millisecond: 83 s is 0.000960648… of a day.
        return numberText(Math.round(v * SECONDS_PER_DAY * 1000) / 1000);
      case "percent":
        return `${numberText(v * 100)}%`;
      default:
        return numberText(v);
    }
  }
  if (t === "d" && v instanceof Date) {
    return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  }
  if (t === "b") return v ? "TRUE" : "FALSE";
  // A formula whose result the file does not hold (saved by openpyxl, a script, some WPS
  // saves): SheetJS gives a stub (`v: 0`, no value either) or an error cell without a value.
  // Its text is the formula, `=AVERAGE(C2:D2)`, refused saying so (cells.ts `failed`), never
  // read as empty.
  if (t === "z") return formula;
  if (t === "e" && v === undefined && formula !== "") return formula;
  // Strings as written (a number stored as text reads like any CSV cell); error cells as `#N/A`, `#DIV/0!`.
  if (t === "e") return typeof cell.v === "number" ? (ERRORS[cell.v] ?? "#ERROR") : "#ERROR";
  return v === undefined || v === null ? "" : String(v);
}

/** Excel's error codes (BIFF numbering, as SheetJS gives them). */
const ERRORS: Record<number, string> = {
  0: "#NULL!",
  7: "#DIV/0!",
  15: "#VALUE!",
  23: "#REF!",
  29: "#NAME?",
  36: "#NUM!",
  42: "#N/A",
  43: "#GETTING_DATA",
};
