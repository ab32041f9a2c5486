/**
 * Finds the header row (exports may start with notice lines) and the
 * delimiter, then maps header cells to input columns. Pure.
 */
import Papa from "papaparse";
import type { ProblemReason } from "../reasons/reason.ts";
import {
  type HeaderIndex,
  type InputColumn,
  normalizeHeader,
  secondsPerUnit,
  withQualifier,
} from "./columns.ts";
import { type Problem, problemOf } from "./problems.ts";

export interface MappedColumn {
  index: number;
  column: InputColumn;
  /** The header as written, for messages. */
  header: string;
  /** Header carried a `(%)` unit: bare numbers are percentages. */
  percent: boolean;
  /** A time header's unit in seconds: `(时)` 3600, `(分)` 60, else 1 (bare numbers are scaled). */
  scale: number;
}

export interface Layout {
  delimiter: string;
  /** 0-based record index of the header row. */
  headerRecord: number;
  columns: MappedColumn[];
  /** Headers nobody asked for (listed by `check`). */
  unknown: string[];
  /** Known headers not read because a settled (延) or revised (修) column says the same: `询单人数 → 询单人数延`. */
  superseded: string[];
  problems: Problem[];
}

/**
 * A cell that names its own column: the header as the file writes it, the
 * column's id (`agent`, `month`) or another of its known headers, as a header
 * row does when it comes again below the first (two downloads joined into
 * one file, a rating template's second header of column ids).
 */
export function namesItsColumn(text: string, mapped: MappedColumn | undefined): boolean {
  if (!mapped) return false;
  const t = text.trim();
  return (
    t === mapped.header.trim() ||
    t.toLowerCase() === mapped.column.id ||
    mapped.column.headers.includes(t)
  );
}

const DELIMITERS = [",", "\t", ";"] as const;
/** How far down a header may be (notice and banner lines above it). */
export const SCAN_ROWS = 40;
const MIN_KNOWN = 2;

/** How many of a row's cells are known headers. */
export function knownCount(row: readonly string[], index: HeaderIndex): number {
  let n = 0;
  for (const cell of row) if (index.has(cell)) n++;
  return n;
}

/** Index of the first of `rows` (a spreadsheet's first rows) that names two known columns, or -1. */
export function headerRowIn(rows: readonly (readonly string[])[], index: HeaderIndex): number {
  return rows.findIndex((row) => knownCount(row, index) >= MIN_KNOWN);
}

/** The first row with at least two known headers, under the delimiter that finds the most; `above` are the rows before it. */
export function findHeader(
  sample: string,
  index: HeaderIndex,
): { delimiter: string; headerRecord: number; cells: string[]; above: string[][] } | null {
  let best: {
    delimiter: string;
    headerRecord: number;
    cells: string[];
    above: string[][];
    known: number;
  } | null = null;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, preview: SCAN_ROWS }).data;
    const at = headerRowIn(rows, index);
    const cells = rows[at];
    if (at < 0 || !cells) continue;
    const known = knownCount(cells, index);
    if (!best || known > best.known)
      best = { delimiter, headerRecord: at, cells, above: rows.slice(0, at), known };
  }
  return (
    best && {
      delimiter: best.delimiter,
      headerRecord: best.headerRecord,
      cells: best.cells,
      above: best.above,
    }
  );
}

/**
 * A header that repeats a name under a group row (拼多多's 3分钟人工回复率 and
 * 30秒应答率, once under 全天 and once under 8-23点): each repeat is named
 * with the group above it (`3分钟人工回复率(8-23点)`), so the platform
 * profile's names decide which one is read and the other is an unknown
 * column, listed and never read. Only when every repeat of the name has a
 * group of its own and one of the named forms is a known header: otherwise
 * the cells stay as they are and the repeat is the duplicate-column error it
 * was (a first column must never win silently). `groups` is the row above the
 * header with its merged cells filled across. Pure.
 */
export function qualifyRepeated(
  cells: readonly string[],
  groups: readonly string[],
  index: HeaderIndex,
): string[] {
  const out = [...cells];
  const byName = new Map<string, number[]>();
  cells.forEach((raw, i) => {
    const header = raw.replace(/^\uFEFF/, "").trim();
    if (header === "") return;
    const key = normalizeHeader(header).key;
    const at = byName.get(key);
    if (at) at.push(i);
    else byName.set(key, [i]);
  });
  for (const at of byName.values()) {
    if (at.length < 2) continue;
    const labels = at.map((i) => (groups[i] ?? "").trim());
    if (labels.some((g) => g === "") || new Set(labels).size < labels.length) continue;
    const named = at.map((i, k) => withQualifier(cells[i] as string, labels[k] as string));
    if (!named.some((h) => index.has(h))) continue;
    at.forEach((i, k) => {
      out[i] = named[k] as string;
    });
  }
  return out;
}

/**
 * A rating sheet's two-row header: an item merged over its raters (售前服务
 * over 自评 | 主管评) or a rater over items. A cell that is no known header
 * alone takes the one known form its group joins it to, `自评-售前服务` or
 * `项目计划完成率-本人` (the schemes write both orders); none or both known:
 * the cell stays, listed as not used. `groups` as for qualifyRepeated. Pure.
 */
export function joinGroups(
  cells: readonly string[],
  groups: readonly string[],
  index: HeaderIndex,
): string[] {
  return cells.map((raw, i) => {
    const cell = raw.trim();
    const group = (groups[i] ?? "").trim();
    if (cell === "" || group === "" || group === cell || index.has(cell)) return raw;
    const known = [`${group}-${cell}`, `${cell}-${group}`].filter((h) => index.has(h));
    return known.length === 1 ? (known[0] as string) : raw;
  });
}

/** A settled count (延) beats a revised one (修), which beats the plain column. */
const RANK = { 延: 2, 修: 1 } as const;
/** A header the user's `columns:` names beats any other (坐席工号: agent over 坐席姓名). */
const MAPPED_RANK = 3;

/**
 * Maps header cells to columns. Two headers for one column: the user's own
 * mapping, then the settled or revised one, wins quietly; two of the same
 * standing are an error naming both.
 */
export function mapHeader(
  file: string,
  cells: readonly string[],
  headerRow: number,
  index: HeaderIndex,
  userMapped: ReadonlySet<string> = new Set(),
): Pick<Layout, "columns" | "unknown" | "superseded" | "problems"> {
  const unknown: string[] = [];
  const superseded: string[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, MappedColumn & { rank: number }>();
  cells.forEach((raw, i) => {
    const header = raw.replace(/^\uFEFF/, "").trim();
    const hit = index.resolve(header);
    if (!hit) {
      if (header !== "") unknown.push(header);
      return;
    }
    const { column, unit, suffix } = hit;
    const mapped = {
      index: i,
      column,
      header,
      percent: unit === "%",
      scale: column.kind === "seconds" ? secondsPerUnit(unit) : 1,
      rank: userMapped.has(normalizeHeader(header).key) ? MAPPED_RANK : suffix ? RANK[suffix] : 0,
    };
    const first = seen.get(column.id);
    if (first && first.rank !== mapped.rank) {
      const [keep, drop] = first.rank > mapped.rank ? [first, mapped] : [mapped, first];
      seen.set(column.id, keep);
      superseded.push(`${drop.header} → ${keep.header}`);
      return;
    }
    if (first) {
      const why: ProblemReason = {
        code: "duplicate-column",
        header,
        col: i + 1,
        firstHeader: first.header,
        firstCol: first.index + 1,
        id: column.id,
      };
      problems.push(problemOf("error", file, why, { row: headerRow, column: header }));
      return;
    }
    seen.set(column.id, mapped);
  });
  const columns = [...seen.values()]
    .sort((a, b) => a.index - b.index)
    .map(({ rank: _, ...m }) => m);
  return { columns, unknown, superseded, problems };
}
