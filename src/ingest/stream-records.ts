/**
 * The parser layer: PapaParse in chunk mode over decoded text chunks, records
 * as string arrays numbered from 0 as a spreadsheet counts rows (a quoted
 * newline stays inside its record). Node only (takes a Node stream).
 */
import { Readable } from "node:stream";
import Papa from "papaparse";

/** Streams records to `onRecord(cells, recordIndex)`; trailing blank lines are not records. */
export function streamRecords(
  buffered: string[],
  rest: AsyncIterable<string>,
  delimiter: string,
  onRecord: (cells: string[], record: number) => void,
  onBroken: (record: number, message: string) => void,
): Promise<void> {
  async function* all() {
    yield* buffered;
    yield* rest;
  }
  let record = 0;
  let blanks = 0;
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(all(), { objectMode: false }), {
      delimiter,
      chunk(results) {
        const broken = new Set(results.errors.filter((e) => e.type === "Quotes").map((e) => e.row));
        results.data.forEach((cells, i) => {
          if (broken.has(i)) {
            for (; blanks > 0; blanks--) onRecord([""], record - blanks);
            onBroken(
              record++,
              "unclosed quote: this field runs to the end of the file; the row is rejected",
            );
            return;
          }
          if (cells.length === 1 && cells[0] === "") {
            blanks++;
            record++;
            return;
          }
          for (; blanks > 0; blanks--) onRecord([""], record - blanks);
          onRecord(cells, record++);
        });
      },
      complete: () => resolve(),
      error: (err: Error) => reject(err),
    });
  });
}
