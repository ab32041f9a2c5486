/**
 * One large export parsed on every worker at once (Node only): the file is
 * cut into byte ranges on record boundaries (split-ranges.ts), each range is
 * parsed on its own into agent-month sums with its rows numbered as in the
 * whole file, and the ranges are merged in order into the same ParsedFile a
 * sequential parse gives. Whatever cannot be proven the same (line endings
 * that are not uniform, a range before the last whose records are not the
 * record ends the plan counted, a line the byte lane left to the string
 * parser, a day given in two ranges) gives null, and the caller parses the
 * file sequentially.
 */

import type { InputColumn } from "./columns.ts";
import { AgentMonthFold } from "./fold.ts";
import type { FoldPart } from "./fold-part.ts";
import { HeaderMatcher, NO_RULES } from "./header-rules.ts";
import { ingestFile, type RecordRange } from "./ingest-file.ts";
import { findHeader, mapHeader } from "./layout.ts";
import { type ParsedFile, parsed as parsedTable } from "./parse-file.ts";
import { parseDate, parseMonth } from "./period-cells.ts";
import { loadProfiles } from "./profiles.ts";
import { cutQuotedLine } from "./quoted-line.ts";
import { rangesLookUnsound } from "./range-sample.ts";
import { readTextChunks, sniffFile } from "./read-text.ts";
import { SpellingIndex } from "./spellings.ts";
import {
  type CutTest,
  HEAD_BYTES,
  type LineKey,
  type PlannedRange,
  planRanges,
} from "./split-ranges.ts";
import type { TableOptions } from "./table.ts";
import { mergeSigns } from "./table-signs.ts";

const QUOTE = 0x22;

/** A range's parse: a ParsedFile of its rows, and what proves the split was sound. */
export interface ParsedRange extends ParsedFile {
  /** Index after the range's last record. */
  records: number;
  unclosedQuote: boolean;
  byString: boolean;
  /** How many of `problems` are the header's (every range reports them; kept once). */
  headerProblems: number;
  /** The header's record: every range after the first must start past it. */
  headerRecord: number;
}

/** Parses one range of a file (on a worker): the header from the file's start, then the range's records. */
export async function parseRange(
  path: string,
  file: string,
  columns: readonly InputColumn[],
  options: TableOptions,
  range: RecordRange,
): Promise<ParsedRange> {
  const fold = new AgentMonthFold(columns);
  const one = await ingestFile(path, matcherFor(columns, options), fold, {
    ...options,
    displayName: () => file,
    range,
  });
  if (one.layout === null) throw new Error(`${file}: no header in a ranged parse`);
  return {
    ...parsedTable(one, fold),
    records: one.records,
    unclosedQuote: one.unclosedQuote,
    byString: one.byString,
    headerProblems: one.layout.problems.length,
    headerRecord: one.layout.headerRecord,
  };
}

/** The header reading a sequential parse of the file uses (parse-file.ts). */
function matcherFor(columns: readonly InputColumn[], options: TableOptions): HeaderMatcher {
  return new HeaderMatcher(columns, loadProfiles().profiles, options.headers ?? NO_RULES);
}

/** Something that parses ranges, e.g. the worker pool (or, in tests, this thread). */
export type RangeParser = (
  path: string,
  file: string,
  columns: readonly InputColumn[],
  options: TableOptions,
  range: RecordRange,
) => Promise<ParsedRange>;

/** The file parsed in up to `parts` ranges at once, or null when it must be parsed sequentially. */
export async function parseInRanges(
  parse: RangeParser,
  path: string,
  file: string,
  columns: readonly InputColumn[],
  options: TableOptions,
  parts: number,
  headBytes?: number,
  /** Sample the ranges before parsing them (tests turn it off to reach the proof after). */
  sample = true,
): Promise<ParsedFile | null> {
  const sniffed = await sniffFile(path);
  // Only where `\n`, `\r` and `"` bytes are always those characters.
  if (sniffed.binary || (sniffed.encoding !== "utf-8" && sniffed.encoding !== "gb18030"))
    return null;
  const months = await monthChange(
    path,
    file,
    sniffed.encoding,
    sniffed.bom,
    matcherFor(columns, options),
  );
  if (!months) return null;
  const ranges = await planRanges(path, sniffed.bom, sniffed.size, parts, {
    ...months,
    ...(headBytes === undefined ? {} : { headBytes }),
  });
  if (!ranges) return null;
  // A file in no order (its ranges would share agent-months), or counted by lines with records
  // spanning lines: its ranged parse would be thrown away after all its work.
  const spanning = !(ranges[0] as PlannedRange).byRecords;
  if (sample && rangesLookUnsound(path, ranges, months.agentMonth, spanning)) return null;
  const parsed = await Promise.all(ranges.map((r) => parse(path, file, columns, options, r)));
  return sound(ranges, parsed) ? merged(parsed) : null;
}

/**
 * Ranges start where the month changes from one row to the next, so that no
 * agent-month has rows in two ranges: its sums are then added in the same
 * order as in the sequential parse, to the last bit (merge() checks it).
 * Exports come sorted by date, or by agent then date: either way months run
 * in blocks. A cut only needs a line's period and agent, read from its bytes
 * (quoted cells too); where they read wrong, the merge finds an agent-month
 * in two ranges and the file is parsed sequentially.
 */
async function monthChange(
  path: string,
  file: string,
  encoding: "utf-8" | "gb18030",
  bom: number,
  matcher: HeaderMatcher,
): Promise<{ cut: CutTest; key: LineKey; agentMonth: LineKey } | null> {
  let head = "";
  for await (const text of readTextChunks(path, encoding, bom, bom + HEAD_BYTES)) head += text;
  const found = findHeader(head, matcher.anyIndex(file));
  if (!found) return null;
  const chosen = matcher.choose(file, found.cells);
  const { columns: mapped } = mapHeader(
    file,
    found.cells,
    found.headerRecord + 1,
    chosen.index,
    chosen.mapped,
  );
  const date = mapped.find((m) => m.column.id === "date")?.index;
  const month = mapped.find((m) => m.column.id === "month")?.index;
  const cell = date ?? month;
  // No period column, or no agent column (a table refused as a whole lists only its first
  // rows, the file's first): the file is read in one go.
  const agent = mapped.find((m) => m.column.id === "agent")?.index;
  if (cell === undefined || agent === undefined) return null;
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const delimiter = found.delimiter.charCodeAt(0);
  // Lines come in runs of the same date: a period cell whose bytes repeat the last one's is
  // not read again.
  let lastCell: Uint8Array = new Uint8Array(0);
  let lastMonth: string | null = null;
  const monthOf = (line: Uint8Array): string | null => {
    const bytes = cellBytes(line, delimiter, cell);
    if (bytes === null) return null;
    if (Buffer.compare(bytes, lastCell) === 0) return lastMonth;
    const text = decoder.decode(bytes);
    const p = date !== undefined ? parseDate(text) : parseMonth(text);
    lastCell = Uint8Array.from(bytes);
    // A month without its year (`10月`) is no key: its year is the table's to give.
    lastMonth = "month" in p ? p.month : null;
    return lastMonth;
  };
  return {
    cut: (before, after) => {
      const a = monthOf(before);
      const b = monthOf(after);
      return a !== null && b !== null && a !== b;
    },
    key: monthOf,
    // The agent's bytes as they are (two spellings of one name are two keys: a sample only).
    agentMonth: (line) => {
      const month = monthOf(line);
      const name = month === null ? null : cellBytes(line, delimiter, agent);
      return name === null ? null : `${month}\u0000${Buffer.from(name).toString("latin1")}`;
    },
  };
}

/**
 * The bytes of cell `cell` of a line, without the quotes around it; null when
 * the line has fewer cells or quotes the byte lane leaves to the string parser.
 */
function cellBytes(line: Uint8Array, delimiter: number, cell: number): Uint8Array | null {
  if (line.includes(QUOTE)) {
    const spans = { starts: new Int32Array(cell + 1), ends: new Int32Array(cell + 1) };
    // Only the cells up to this one: a remark cell after it may hold line breaks.
    const cut = cutQuotedLine(line, 0, line.length, delimiter, spans, cell + 1);
    if (cut.cells <= cell) return null;
    return line.subarray(spans.starts[cell], spans.ends[cell]);
  }
  let from = 0;
  for (let k = 0; k < cell; k++) {
    const at = line.indexOf(delimiter, from);
    if (at < 0) return null;
    from = at + 1;
  }
  const to = line.indexOf(delimiter, from);
  return line.subarray(from, to < 0 ? line.length : to);
}

/** True when two parts have rows of one agent-month. */
function shareMonths(parts: readonly FoldPart[]): boolean {
  const seen = new Map<string, Set<string>>();
  for (const part of parts) {
    const mine = new Map<string, Set<string>>();
    for (let i = 0; i < part.agents.length; i++) {
      // One whose rows were all rejected counts too: a day it named may come again in the
      // next range, which the sequential parse counts as a log's repeated day (table-signs.ts).
      if (part.counts[i] === 0 && part.rejected[i] === 0) continue;
      const month = part.months[i] as string;
      const agent = part.agents[i] as string;
      if (seen.get(month)?.has(agent)) return true;
      let agents = mine.get(month);
      if (!agents) {
        agents = new Set();
        mine.set(month, agents);
      }
      agents.add(agent);
    }
    for (const [month, agents] of mine) {
      const all = seen.get(month);
      if (!all) seen.set(month, agents);
      else for (const a of agents) all.add(a);
    }
  }
  return false;
}

/** Every range but the last ended where the next began, outside any quote, past the header. */
function sound(ranges: readonly PlannedRange[], parsed: readonly ParsedRange[]): boolean {
  for (let k = 0; k + 1 < ranges.length; k++) {
    const r = ranges[k] as PlannedRange;
    const p = parsed[k] as ParsedRange;
    if (p.unclosedQuote || p.records !== r.firstRecord + r.recordEnds) return false;
    // The sequential parse reads on past this range with the string parser's state (a quote
    // inside a cell, e.g., can leave it keeping CRs): the next range, starting fresh, may not.
    if (p.byString) return false;
    if ((ranges[k + 1] as PlannedRange).firstRecord <= p.headerRecord) return false;
  }
  return parsed.every((p) => p.account.read > 0);
}

function merged(parsed: readonly ParsedRange[]): ParsedFile | null {
  // An agent-month in two ranges (its sums would be added in another order, and a day
  // given in two ranges must be rejected naming both rows): parse sequentially.
  const parts = parsed.flatMap((p) => p.parts);
  if (shareMonths(parts)) return null;
  const [first, ...rest] = parsed as [ParsedRange, ...ParsedRange[]];
  const account = { ...first.account, skippedBy: { ...first.account.skippedBy } };
  const out: ParsedFile = {
    account,
    rejected: [...first.rejected],
    skipped: [...first.skipped],
    problems: [...first.problems],
    columnsSeen: first.columnsSeen,
    unknown: first.unknown,
    superseded: first.superseded,
    profile: first.profile,
    explicitWeights: first.explicitWeights,
    parts,
    latest: first.latest,
    futureRejects: first.futureRejects,
    ...(first.signs ? { signs: first.signs } : {}),
  };
  const names = new SpellingIndex();
  for (const p of parsed) names.add(p.spellings);
  out.spellings = names.spellings();
  for (const p of rest) {
    account.read += p.account.read;
    account.scored += p.account.scored;
    account.rejected += p.account.rejected;
    account.skipped += p.account.skipped;
    for (const [reason, n] of Object.entries(p.account.skippedBy))
      account.skippedBy[reason] = (account.skippedBy[reason] ?? 0) + n;
    // Loops, not push(...rows): a spread of a million rows overflows the stack.
    for (const r of p.rejected) out.rejected.push(r);
    for (const s of p.skipped) out.skipped.push(s);
    for (const q of p.problems.slice(p.headerProblems)) out.problems.push(q);
    if (p.latest > out.latest) out.latest = p.latest;
    out.futureRejects += p.futureRejects;
    if (p.signs) out.signs = out.signs ? mergeSigns(out.signs, p.signs) : p.signs;
  }
  return out;
}
