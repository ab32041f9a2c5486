/**
 * Serialising a table the way the exporting program would: UTF-8 with BOM
 * (千牛's download), or GB18030 with CRLF (the file after Excel on a Chinese
 * Windows saved it), optionally after a notice line and a blank line.
 */

import iconv from "iconv-lite";

export interface CsvFormat {
  encoding: "utf8-bom" | "gb18030";
  eol: "\n" | "\r\n";
  /** A line before the header, e.g. "数据来源:千牛-接待中心 统计时间:…", followed by a blank line. */
  notice?: string;
}

const needsQuotes = /[",\r\n]/;

export function csvCell(value: string): string {
  return needsQuotes.test(value) || value.startsWith(" ") || value.endsWith(" ")
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(",");
}

/** The text of a CSV file (header + rows), every line ended by `eol`. */
export function csvText(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  format: CsvFormat,
): string {
  const lines: string[] = [];
  if (format.notice !== undefined) lines.push(`"${format.notice.replaceAll('"', '""')}"`, "");
  lines.push(csvLine(header));
  for (const row of rows) lines.push(csvLine(row));
  return lines.join(format.eol) + format.eol;
}

const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf]);

export function encodeText(text: string, format: CsvFormat): Uint8Array {
  if (format.encoding === "gb18030") return new Uint8Array(iconv.encode(text, "gb18030"));
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(utf8Bom.length + body.length);
  bytes.set(utf8Bom, 0);
  bytes.set(body, utf8Bom.length);
  return bytes;
}
