/**
 * One CSV file → rows folded into agent-months (Node only). Decoding and
 * parsing both stream: PapaParse in chunk mode over decoded text, rows kept
 * as string arrays (no header objects), so memory follows the agent-months.
 */
import type { FoldTarget } from "./fold.ts";
import type { HeaderMatcher } from "./header-rules.ts";
import { findHeader } from "./layout.ts";
import { emptyAccount } from "./problems.ts";
import { readTextChunks, sniffFile } from "./read-text.ts";
import { streamRecords } from "./stream-records.ts";
import { closeTable, type FileIngest, failed, openTable, type TableOptions } from "./table.ts";

export type { FileIngest } from "./table.ts";

const DELIMITER_NAMES: Record<string, string> = { ",": "comma", "\t": "tab", ";": "semicolon" };
const HEADER_SAMPLE_CHARS = 1 << 16;

export async function ingestFile(
  path: string,
  matcher: HeaderMatcher,
  fold: FoldTarget,
  options: TableOptions & { displayName?: (path: string) => string },
): Promise<FileIngest> {
  const file = options.displayName?.(path) ?? path;
  const sniffed = await sniffFile(path);
  const account = emptyAccount(file, sniffed.encoding);
  const fail = (message: string) => failed(file, account, message);
  if (sniffed.size === 0) return fail("empty file (0 bytes): nothing to read");
  if (sniffed.binary) return fail("binary file (contains NUL bytes): not a CSV export");

  const chunks = readTextChunks(path, sniffed.encoding, sniffed.bom);
  let head = "";
  const buffered: string[] = [];
  // next(), not for-await + break: breaking would close the generator.
  while (head.length < HEADER_SAMPLE_CHARS) {
    const next = await chunks.next();
    if (next.done) break;
    buffered.push(next.value);
    head += next.value;
  }
  if (head.trim() === "") return fail("empty file: no text");
  const found = findHeader(head.slice(0, HEADER_SAMPLE_CHARS), matcher.anyIndex(file));
  if (!found) {
    return fail(
      "header not found: no row in the first 40 names two known columns (e.g. 客服, 日期, 询单人数) with a comma, tab or semicolon delimiter",
    );
  }
  account.delimiter = DELIMITER_NAMES[found.delimiter] ?? found.delimiter;
  const opened = openTable(
    { file, mappingFile: file, path, account, ...found },
    matcher,
    fold,
    options,
  );
  if (!("reader" in opened)) return opened;
  const { reader, layout, columns } = opened;
  await streamRecords(
    buffered,
    chunks,
    found.delimiter,
    (cells, record) => {
      if (record > found.headerRecord) reader.read(cells, record + 1);
    },
    (record, message) => {
      if (record > found.headerRecord) reader.readBroken(record + 1, message);
      else reader.problems.push({ severity: "error", file, row: record + 1, message });
    },
  );
  return closeTable(reader, layout, columns);
}
