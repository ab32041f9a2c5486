/**
 * One file's agent-month sums, detached from the fold that made them: what a
 * parse worker sends back and what the parse cache stores. Its size follows
 * the file's agent-months, not its rows. Merging the parts of every file, in
 * file order, into one fold gives the months; a part that gives a column for
 * an agent-day (or month) an earlier file already gave that column for is not
 * merged (the caller parses that file again against the fold, so each
 * repeated row is rejected naming both places). Files with different columns
 * for the same agent-month (a platform export and a rating sheet) merge.
 * Pure: no I/O.
 */
import { ACC_WIDTH, type AgentMonthFold, accAt, type Entry } from "./fold.ts";

export interface FoldPart {
  file: string;
  /** The column slots the file fills (its header's numeric columns that are read). */
  columns: Int32Array;
  /** Every numeric column slot its header has, read or not (see RowValues.header). */
  header: Int32Array;
  /** Per agent-month i: its agent, month and role (null = none given). */
  agents: string[];
  months: string[];
  roles: (string | null)[];
  /** Rows folded into each agent-month. */
  counts: Int32Array;
  /** Periods given: bit d−1 for day d, −1 for a monthly row. */
  masks: Int32Array;
  /** Rows of the file's rejected rows that belonged to each agent-month. */
  rejected: Int32Array;
  /** 32 per agent-month: [0] the monthly row (0 = none), [d] the row that gave day d. */
  rows: Int32Array;
  /**
   * The accumulators, `ACC_WIDTH × columns.length` per agent-month, laid out
   * as an entry's (see Entry.acc) over `columns` in their order.
   */
  acc: Float64Array;
  /** Missing cells' most telling reasons, three numbers each: agent-month, column slot, code. */
  reasons: Int32Array;
  /** The codes' words, in the order of first use over (agent-month, column): one fold's content, one part. */
  reasonTexts: string[];
}

const ROWS = 32;

/** Detaches a one-file fold (every entry must come from `file`, whose column slots are `columns`). */
export function partOf(
  fold: AgentMonthFold,
  file: string,
  columns: ArrayLike<number>,
  header: ArrayLike<number> = columns,
): FoldPart {
  const entries = [...fold.entries()];
  const slots = Int32Array.from(columns);
  const k = slots.length;
  const width = ACC_WIDTH * k;
  const part: FoldPart = {
    file,
    columns: slots,
    header: Int32Array.from(header),
    agents: [],
    months: [],
    roles: [],
    counts: new Int32Array(entries.length),
    masks: new Int32Array(entries.length),
    rejected: new Int32Array(entries.length),
    rows: new Int32Array(entries.length * ROWS),
    acc: new Float64Array(entries.length * width),
    reasons: new Int32Array(3 * countReasons(entries)),
    reasonTexts: [],
  };
  let r = 0;
  // The fold's codes renumbered in order of first use, so equal folds give equal parts.
  const renumber = new Int32Array(fold.reasons.texts.length).fill(-1);
  // Where the fold keeps each of the file's columns (a one-file fold: in the same order).
  const places = Array.from(slots, (c) => fold.place[c] as number);
  const same = places.every((p, j) => p === j);
  const acc = part.acc;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    part.agents.push(e.agent);
    part.months.push(e.month);
    part.roles.push(e.role ?? null);
    part.counts[i] = e.rows;
    part.rejected[i] = e.rejected;
    const source = e.sources[0];
    // Element loops, not TypedArray#set: for a few dozen numbers the call costs more than the copy.
    if (source) {
      part.masks[i] = source.mask;
      copyInto(part.rows, i * ROWS, source.rows, ROWS);
    }
    if (same && e.acc.length === width) copyInto(acc, i * width, e.acc, width);
    else
      for (let a = 0; a < ACC_WIDTH; a++)
        for (let j = 0; j < k; j++) acc[i * width + a * k + j] = accAt(e, a, places[j] as number);
    const reasons = e.reasons;
    if (reasons)
      for (let c = 0; c < reasons.length; c++) {
        if (reasons[c] === 0) continue;
        part.reasons[r++] = i;
        part.reasons[r++] = c;
        const code = reasons[c] as number;
        if (renumber[code] === -1) {
          renumber[code] = part.reasonTexts.length;
          part.reasonTexts.push(fold.reasons.texts[code] as string);
        }
        part.reasons[r++] = renumber[code] as number;
      }
  }
  return part;
}

function copyInto<A extends Float64Array | Int32Array>(
  to: A,
  at: number,
  from: A,
  n: number,
): void {
  for (let x = 0; x < n; x++) to[at + x] = from[x] as number;
}

function countReasons(entries: readonly Entry[]): number {
  let n = 0;
  for (const e of entries) {
    const reasons = e.reasons;
    if (reasons) for (let c = 0; c < reasons.length; c++) if (reasons[c] !== 0) n++;
  }
  return n;
}

/** True when the part gives a column for an agent-day (or month) that the fold already has it for. */
export function clashes(fold: AgentMonthFold, part: FoldPart): boolean {
  for (let i = 0; i < part.agents.length; i++) {
    if (part.counts[i] === 0) continue;
    const e = fold.find(part.agents[i] as string, part.months[i] as string);
    if (!e || e.rows === 0) continue;
    const mask = part.masks[i] ?? 0;
    const day = mask === -1 ? 0 : 32 - Math.clz32(mask & -mask);
    // Any of the part's days may clash: test each day it gave (a month tests once).
    for (let d = day; d < ROWS; d++) {
      if (d > 0 && (mask & (1 << (d - 1))) === 0) continue;
      if (fold.duplicateOf(e, d, part.columns)) return true;
      if (d === 0) break;
    }
  }
  return false;
}

/**
 * Adds a part that does not clash, as if its rows had been folded one by one.
 * `consume`: the part is not used again, so an agent-month the fold does not
 * have yet takes over the part's memory (a view, no copy); otherwise the part
 * stays as it was.
 */
export function mergePart(fold: AgentMonthFold, part: FoldPart, consume = false): void {
  const k = part.columns.length;
  const width = ACC_WIDTH * k;
  const fileId = fold.fileId(part.file);
  fold.noteColumns(fileId, part.columns, part.header);
  // A fold that keeps exactly the part's columns, in order, can take its memory over.
  const places = Array.from(part.columns, (c) => fold.place[c] as number);
  const same = places.length === fold.keptSlots().length && places.every((p, j) => p === j);
  const byIndex: Entry[] = [];
  for (let i = 0; i < part.agents.length; i++) {
    const agent = part.agents[i] as string;
    const month = part.months[i] as string;
    const adopt = consume && same && fold.find(agent, month) === undefined;
    const e = adopt
      ? fold.entry(agent, month, part.acc.subarray(i * width, (i + 1) * width))
      : fold.entry(agent, month);
    byIndex.push(e);
    if (e.role === undefined && part.roles[i] !== null)
      fold.giveRole(e, part.roles[i] as string, fileId);
    e.rows += part.counts[i] ?? 0;
    e.rejected += part.rejected[i] ?? 0;
    const mask = part.masks[i] ?? 0;
    if (mask !== 0) {
      const own = adopt ? part.rows.subarray(i * ROWS, (i + 1) * ROWS) : undefined;
      const source = fold.source(e, fileId, own);
      source.mask |= mask;
      for (let d = 0; d < ROWS; d++) {
        const row = part.rows[i * ROWS + d] ?? 0;
        if (row > 0) source.rows[d] = row;
      }
      if (mask !== -1) e.dayMask |= mask;
    }
    if (adopt) continue;
    const acc = fold.widen(e);
    const w = acc.length / ACC_WIDTH;
    for (let a = 0; a < ACC_WIDTH; a++)
      for (let j = 0; j < k; j++) {
        const at = a * w + (places[j] as number);
        acc[at] = (acc[at] as number) + (part.acc[i * width + a * k + j] as number);
      }
  }
  const codes = part.reasonTexts.map((text) => fold.reasons.code(text));
  const reasons = part.reasons;
  for (let r = 0; r < reasons.length; r += 3)
    fold.noteReasonCode(
      byIndex[reasons[r] as number] as Entry,
      reasons[r + 1] as number,
      codes[reasons[r + 2] as number] as number,
    );
}

/** The typed arrays of a part, to move it to another thread without a copy. */
export function transferables(part: FoldPart): ArrayBuffer[] {
  return [
    part.columns,
    part.counts,
    part.masks,
    part.rejected,
    part.rows,
    part.acc,
    part.reasons,
  ].map((a) => a.buffer as ArrayBuffer);
}
