/**
 * The parser layer: PapaParse's core parser driven one decoded text chunk at
 * a time (the unfinished last record carried over), so reading waits for
 * parsing and memory stays at one chunk. Records are string arrays numbered
 * from 0 as a spreadsheet counts rows (a quoted newline stays inside its record).
 */

import Papa from "papaparse";
import type { RowReason } from "../reasons/reason.ts";

interface ParseOutput {
  data: string[][];
  errors: { type: string; row: number }[];
  meta: { cursor: number };
}

/**
 * Every line ending as `\n`: one file may mix them (a header saved by Excel
 * with CRLF, rows appended by a script with LF), and a parser told one kind
 * would fuse the other kind's rows into one cell. Line breaks inside a quoted
 * field are the field's text and stay as written (csv-spectrum's
 * newlines_crlf), so the quote state is carried from chunk to chunk. A chunk
 * ending in `\r` keeps it for the next chunk, which may start with the `\n`
 * of the same CRLF.
 */
export class NewlineNormaliser {
  private heldCr = false;
  private quoted = false;

  push(text: string, last: boolean): string {
    let t = this.heldCr ? `\r${text}` : text;
    this.heldCr = !last && t.endsWith("\r");
    if (this.heldCr) t = t.slice(0, -1);
    if (!t.includes("\r")) {
      // Only the quote state to carry: a `""` escape toggles twice.
      for (let i = t.indexOf('"'); i !== -1; i = t.indexOf('"', i + 1)) this.quoted = !this.quoted;
      return t;
    }
    let out = "";
    let from = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 34) this.quoted = !this.quoted;
      else if (c === 13 && !this.quoted) {
        out += `${t.slice(from, i)}\n`;
        if (t.charCodeAt(i + 1) === 10) i++;
        from = i + 1;
      }
    }
    return out + t.slice(from);
  }
}

/** Streams records to `onRecord(cells, recordIndex)`; trailing blank lines are not records. */
export async function streamRecords(
  buffered: readonly string[],
  rest: AsyncIterable<string>,
  delimiter: string,
  onRecord: (cells: string[], record: number) => void,
  onBroken: (record: number, why: RowReason) => void,
): Promise<void> {
  let record = 0;
  let blanks = 0;
  const newlines = new NewlineNormaliser();
  let parser: Papa.Parser | undefined;
  let carry = "";
  const emit = (out: ParseOutput) => {
    const broken = new Set(out.errors.filter((e) => e.type === "Quotes").map((e) => e.row));
    for (let i = 0; i < out.data.length; i++) {
      const cells = out.data[i] ?? [];
      if (!broken.has(i) && cells.length === 1 && cells[0] === "") {
        blanks++;
        record++;
        continue;
      }
      for (; blanks > 0; blanks--) onRecord([""], record - blanks);
      if (broken.has(i)) onBroken(record++, { code: "unclosed-quote" });
      else onRecord(cells, record++);
    }
  };
  const feed = (text: string, last: boolean) => {
    const input = carry + newlines.push(text, last);
    parser ??= new Papa.Parser({ delimiter, newline: "\n" });
    const out = parser.parse(input, 0, !last) as ParseOutput;
    carry = last ? "" : input.slice(out.meta.cursor);
    emit(out);
  };
  for (const text of buffered) feed(text, false);
  for await (const text of rest) feed(text, false);
  feed("", true);
}
