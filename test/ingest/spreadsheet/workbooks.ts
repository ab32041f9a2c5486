/**
 * Test helper: small workbooks written with the spreadsheet library itself,
 * cells typed as Excel types them (serial dates, percent and duration formats),
 * merged ranges as Excel stores them (the value in the top-left cell only).
 */
import { type CellObject, CFB, utils, type WorkSheet, write } from "@e965/xlsx";

/** A cell: a plain value, or a number with its Excel number format. */
export type Cell = string | number | null | { n: number; z: string };

/** 2026-10-01 as Excel's serial day number (days since 1899-12-30). */
export const serial = (isoDate: string) =>
  Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

export type Rows = readonly (readonly Cell[])[];

/** A sheet's rows, and its merged ranges in A1 notation (`A2:A4`). */
export interface MergedSheet {
  rows: Rows;
  merges: readonly string[];
}

export function sheet(rows: Rows, merges: readonly string[] = []): WorkSheet {
  const plain = rows.map((r) => r.map((c) => (c !== null && typeof c === "object" ? c.n : c)));
  const ws = utils.aoa_to_sheet(plain);
  rows.forEach((r, ri) => {
    r.forEach((c, ci) => {
      if (c === null || typeof c !== "object") return;
      const cell = ws[utils.encode_cell({ r: ri, c: ci })] as CellObject;
      cell.z = c.z;
    });
  });
  if (merges.length > 0) ws["!merges"] = merges.map((m) => utils.decode_range(m));
  return ws;
}

export function workbook(
  sheets: Record<string, Rows | MergedSheet>,
  bookType: "xlsx" | "biff8" | "ods" | "xlsb" = "xlsx",
  /** Sheets hidden in the workbook (1: hidden, 2: "very hidden"), by name. */
  hidden: Readonly<Record<string, 1 | 2>> = {},
): Uint8Array {
  const wb = utils.book_new();
  for (const [name, spec] of Object.entries(sheets)) {
    const ws = "rows" in spec ? sheet(spec.rows, spec.merges) : sheet(spec);
    utils.book_append_sheet(wb, ws, name);
    const state = hidden[name];
    if (state) utils.book_set_sheet_visibility(wb, name, state);
  }
  return new Uint8Array(write(wb, { type: "buffer", bookType }) as Buffer);
}

/** An OLE2 container shaped like Excel's encrypted .xlsx (EncryptionInfo + EncryptedPackage). */
export function encryptedWorkbook(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, "/EncryptionInfo", new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(cfb, "/EncryptedPackage", new Uint8Array(64));
  return new Uint8Array(CFB.write(cfb, { type: "buffer" }) as Buffer);
}

/** A cell `formula("AVERAGE(C2:D2)")` of `formulaWorkbook`; `formula(f, 85)` stores its result. */
export const formula = (f: string, result?: number) =>
  `ƒ${f}${result === undefined ? "" : `ƒ${result}`}`;

/** The first cell of an array formula over `ref` (`C2:C3`); the range's other cells are plain 0s, as XlsxWriter pads them. */
export const arrayFormula = (f: string, ref: string) => `ƒ[${ref}]${f}`;

/**
 * An .xlsx as a program that does not calculate saves one (what the library
 * itself cannot write). `openpyxl`: each `formula(…)` cell holds
 * `<f>…</f><v></v>`, no result. `xlsxwriter` (pandas): `<v>0</v>`, and the
 * workbook asks Excel to calculate everything on load (`fullCalcOnLoad`).
 * A result given to `formula` is stored either way. One sheet.
 */
export function formulaWorkbook(
  name: string,
  rows: Rows,
  writer: "openpyxl" | "xlsxwriter" = "openpyxl",
): Uint8Array {
  const zip = CFB.read(workbook({ [name]: rows }), { type: "buffer" });
  const part = (file: string) => {
    const entry = zip.FileIndex.find((e: { name: string }) => e.name === file);
    if (!entry) throw new Error(`no ${file}`);
    return entry;
  };
  const edit = (file: string, change: (xml: string) => string) => {
    const entry = part(file);
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const changed = change(xml);
    if (changed === xml) throw new Error(`${file} unchanged`);
    entry.content = new TextEncoder().encode(changed);
  };
  const none = writer === "openpyxl" ? "" : "0";
  edit("sheet1.xml", (xml) =>
    xml.replace(
      /<c r="([A-Z]+\d+)"[^>]*><v>ƒ(?:\[([A-Z]+\d+:[A-Z]+\d+)\])?([^<ƒ]*)(?:ƒ([^<]*))?<\/v><\/c>/g,
      (_, ref, array, f, result) =>
        `<c r="${ref}"><f${array ? ` t="array" ref="${array}"` : ""}>${f}</f><v>${result ?? none}</v></c>`,
    ),
  );
  if (writer === "xlsxwriter")
    edit("workbook.xml", (xml) =>
      xml.replace("</workbook>", '<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>'),
    );
  return new Uint8Array(CFB.write(zip, { type: "buffer", fileType: "zip" }) as Buffer);
}
