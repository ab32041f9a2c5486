/**
 * One workbook → one table per sheet that holds a header (Node only). Each
 * sheet is read like a CSV file of its own, named `file#sheet` in messages
 * and accounted for on its own; a sheet without a header is listed as not
 * read. The sheets' folds come from the caller, so a day that two sheets (or
 * an earlier file) both give is rejected naming both places.
 */
import type { UnreadReason } from "../../reasons/reason.ts";
import type { FoldTarget } from "../fold.ts";
import type { HeaderMatcher } from "../header-rules.ts";
import { headerRowIn, SCAN_ROWS } from "../layout.ts";
import { emptyAccount, type UnreadFile, unreadFile } from "../problems.ts";
import { closeTable, type FileIngest, failed, openTable, type TableOptions } from "../table.ts";
import { type Container, openWorkbook, type SheetRows } from "./workbook.ts";

export interface WorkbookIngest {
  /** One per sheet with a header, in sheet order; a workbook that cannot be read gives one failed table. */
  tables: FileIngest[];
  unread: UnreadFile[];
}

const KIND: Record<Container, string> = {
  zip: "xlsx",
  cfb: "xls",
  markup: "html/xml",
  text: "text",
};

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** The last row holding anything, + 1: trailing empty rows are not rows (as in a CSV). */
function usedLength(sheet: SheetRows): number {
  let n = sheet.length;
  while (n > 0 && isBlank(sheet.row(n - 1))) n--;
  return n;
}

export async function ingestWorkbook(
  path: string,
  file: string,
  container: Container,
  matcher: HeaderMatcher,
  foldFor: (sheetFile: string) => FoldTarget,
  afterSheet: (table: FileIngest) => void,
  options: TableOptions,
): Promise<WorkbookIngest> {
  const opened = await openWorkbook(path, container);
  if ("error" in opened)
    return {
      tables: [failed(file, emptyAccount(file, KIND[container]), opened.error)],
      unread: [],
    };
  const tables: FileIngest[] = [];
  const unread: UnreadFile[] = [];
  // The sheets passed over, for the error when none has a header.
  const passed: { sheet: string; why: UnreadReason }[] = [];
  const index = matcher.anyIndex(file);
  for (const sheet of opened.sheets) {
    const sheetFile = `${file}#${sheet.name}`;
    const length = usedLength(sheet);
    const top: string[][] = [];
    for (let r = 0; r < Math.min(length, SCAN_ROWS); r++) top.push(sheet.row(r));
    const at = headerRowIn(top, index);
    if (at < 0) {
      const why: UnreadReason =
        length === 0 ? { code: "empty-sheet" } : { code: "no-header", rows: SCAN_ROWS };
      unread.push(unreadFile(sheetFile, why));
      passed.push({ sheet: sheet.name, why });
      continue;
    }
    const account = emptyAccount(sheetFile, KIND[container]);
    account.delimiter = "sheet";
    const start = {
      file: sheetFile,
      mappingFile: file,
      path,
      sheet: sheet.name,
      account,
      delimiter: "",
      headerRecord: at,
      cells: top[at] as string[],
      above: top.slice(0, at),
    };
    const table = openTable(start, matcher, foldFor(sheetFile), options);
    for (let r = at + 1; r < length; r++) table.reader.read(sheet.row(r), r + 1);
    const done = closeTable(table);
    tables.push(done);
    afterSheet(done);
  }
  if (tables.length === 0) {
    return {
      tables: [
        failed(file, emptyAccount(file, KIND[container]), {
          code: "no-sheet-header",
          sheets: passed,
        }),
      ],
      unread: [],
    };
  }
  return { tables, unread };
}
