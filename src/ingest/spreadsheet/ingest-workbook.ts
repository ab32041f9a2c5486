/**
 * One workbook → one table per sheet that holds a header (Node only). Each
 * sheet is read like a CSV file of its own, named `file#sheet` in messages
 * and accounted for on its own; a sheet without a header is listed as not
 * read. The sheets' folds come from the caller, so a day that two sheets (or
 * an earlier file) both give is rejected naming both places.
 */
import type { UnreadReason } from "../../reasons/reason.ts";
import type { HeaderIndex } from "../columns.ts";
import type { FoldTarget } from "../fold.ts";
import type { HeaderMatcher } from "../header-rules.ts";
import { headerRowIn, joinGroups, knownCount, qualifyRepeated, SCAN_ROWS } from "../layout.ts";
import { isDayName } from "../period/sheet-day.ts";
import { emptyAccount, type UnreadFile, unreadFile } from "../problems.ts";
import { closeTable, type FileIngest, failed, openTable, type TableOptions } from "../table.ts";
import { filledRow, headerBottom, headerCells, MergeFill } from "./merges.ts";
import { type Container, openWorkbook, type SheetRows } from "./workbook.ts";

export interface WorkbookIngest {
  /**
   * One per sheet with a header, in sheet order but summary sheets (汇总 …)
   * last; a workbook that cannot be read gives one failed table.
   */
  tables: FileIngest[];
  unread: UnreadFile[];
}

const KIND: Record<Container, string> = {
  zip: "xlsx",
  cfb: "xls",
  markup: "html/xml",
  text: "text",
};

/** A sheet that sums up the others: 汇总, 月度汇总, 合计, 总计, 小计, Summary, Total. */
const SUMMARY_SHEET = /汇总|合计|总计|小计|summary|total/i;

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** The last row holding anything, + 1: trailing empty rows are not rows (as in a CSV). */
function usedLength(sheet: SheetRows): number {
  let n = sheet.length;
  while (n > 0 && isBlank(sheet.row(n - 1))) n--;
  return n;
}

/**
 * The header found on row `at`, merged cells read (merges.ts): a header cell
 * merged down makes a two-row header ending on `bottom` (when that row names
 * at least as many known columns as the found one: a merge reaching into the
 * data is no header's), and the row above names the groups of repeated
 * headers (拼多多's 全天 / 8-23点) and of a rating sheet's raters (售前服务
 * over 自评 | 主管评).
 */
function headerOf(
  sheet: SheetRows,
  found: string[],
  at: number,
  length: number,
  index: HeaderIndex,
): { bottom: number; cells: string[] } {
  let bottom = Math.min(headerBottom(sheet.merges, at), length - 1);
  let cells = found;
  if (bottom > at) {
    const lower = headerCells(sheet.row(bottom), sheet.merges, at, bottom, sheet.cell);
    if (knownCount(lower, index) >= knownCount(found, index)) cells = lower;
    else bottom = at;
  }
  if (bottom === 0) return { bottom, cells };
  const above = bottom - 1;
  const groups = filledRow(sheet.row(above), above, sheet.merges, sheet.cell, cells.length);
  return { bottom, cells: joinGroups(qualifyRepeated(cells, groups, index), groups, index) };
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
  // A summary sheet (汇总 beside the days' sheets) is read last: the days are what is scored.
  const summary = (name: string) => SUMMARY_SHEET.test(name) && opened.sheets.length > 1;
  const sheets = [
    ...opened.sheets.filter((s) => !summary(s.name)),
    ...opened.sheets.filter((s) => summary(s.name)),
  ];
  // A duplicate on a hidden sheet (a 备份 copy) says so: no tab shows where it is.
  const hiddenSheets = opened.sheets.filter((s) => s.hidden).map((s) => `${file}#${s.name}`);
  const sheetOptions = hiddenSheets.length > 0 ? { ...options, hiddenSheets } : options;
  // One sheet per day only where several sheets are named by days (sheet-day.ts).
  const daySheets = opened.sheets.filter((s) => isDayName(s.name)).length >= 2;
  for (const sheet of sheets) {
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
    const { bottom, cells } = headerOf(sheet, top[at] as string[], at, length, index);
    const start = {
      file: sheetFile,
      mappingFile: file,
      path,
      sheet: sheet.name,
      daySheets,
      account,
      delimiter: "",
      headerRecord: bottom,
      cells,
      // The banner as stored: rows above the header, not filled (merges.ts says why).
      above: top.slice(0, at),
    };
    const table = openTable(
      start,
      matcher,
      foldFor(sheetFile),
      summary(sheet.name) ? { ...sheetOptions, summaryOf: file } : sheetOptions,
    );
    // Data rows read merged cells as Excel shows them (merges.ts).
    const fill = new MergeFill(sheet.merges, bottom, cells.length);
    for (let r = bottom + 1; r < length; r++) table.reader.read(fill.row(r, sheet.row(r)), r + 1);
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
