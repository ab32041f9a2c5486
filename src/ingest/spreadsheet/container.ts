/**
 * What a file is from its first bytes: a zip (.xlsx), an OLE2 compound file
 * (.xls, .et), markup (an HTML or XML table saved as .xls) or text. Kept apart
 * from the workbook reader so that reading CSVs never loads the spreadsheet library.
 */

/** What the first bytes say a file is. */
export type Container = "zip" | "cfb" | "markup" | "text";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE2 compound file of .xls, .et and encrypted .xlsx. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: readonly number[]) =>
  sig.every((b, i) => bytes[i] === b);

/** Sniffs the container from the first bytes (a BOM and spaces before `<` allowed). */
export function containerOf(head: Uint8Array): Container {
  if (startsWith(head, ZIP)) return "zip";
  if (startsWith(head, CFB)) return "cfb";
  const text = new TextDecoder("utf-8").decode(head.subarray(0, 512)).replace(/^\uFEFF/, "");
  return /^\s*</.test(text) ? "markup" : "text";
}
