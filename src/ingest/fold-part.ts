/**
 * One file's agent-month sums, detached from the fold that made them: what a
 * parse worker sends back and what the parse cache stores. Its size follows
 * the file's agent-months, not its rows. Merging the parts of every file, in
 * file order, into one fold gives the months; a part that gives an agent-day
 * an earlier file already gave is not merged (the caller parses that file
 * again against the fold, so each repeated row is rejected naming both
 * places). Pure: no I/O.
 */
import type { AgentMonthFold, Entry } from "./fold.ts";

export interface FoldPart {
  file: string;
  /** Per agent-month i: its agent, month and role (null = none given). */
  agents: string[];
  months: string[];
  roles: (string | null)[];
  days: Int32Array;
  dayMask: Int32Array;
  /** Rows of the file's rejected rows that belonged to each agent-month. */
  rejected: Int32Array;
  /** 32 per agent-month: [0] the monthly row (0 = none), [d] the row that gave day d. */
  rows: Int32Array;
  /** The fold's accumulators, `3 × columns` per agent-month. */
  acc: Float64Array;
  /** Missing cells' most telling reasons: [agent-month, column, reason]. */
  reasons: [number, number, string][];
}

const ROWS = 32;

/** Detaches a one-file fold (every entry must come from `file`). */
export function partOf(fold: AgentMonthFold, file: string): FoldPart {
  const entries = [...fold.entries()];
  const width = 3 * fold.columns.length;
  const part: FoldPart = {
    file,
    agents: [],
    months: [],
    roles: [],
    days: new Int32Array(entries.length),
    dayMask: new Int32Array(entries.length),
    rejected: new Int32Array(entries.length),
    rows: new Int32Array(entries.length * ROWS),
    acc: new Float64Array(entries.length * width),
    reasons: [],
  };
  entries.forEach((e, i) => {
    part.agents.push(e.agent);
    part.months.push(e.month);
    part.roles.push(e.role ?? null);
    part.days[i] = e.days;
    part.dayMask[i] = e.dayMask;
    part.rejected[i] = e.rejected;
    if (e.monthly) part.rows[i * ROWS] = e.monthly.row;
    for (let d = 1; d < ROWS; d++) part.rows[i * ROWS + d] = e.dayAt[d] ?? 0;
    part.acc.set(e.acc, i * width);
    for (const [c, reason] of e.reasons ?? []) part.reasons.push([i, c, reason]);
  });
  return part;
}

/** True when the part gives an agent-day (or month) that the fold already has. */
export function clashes(fold: AgentMonthFold, part: FoldPart): boolean {
  for (let i = 0; i < part.agents.length; i++) {
    if (part.days[i] === 0) continue;
    const e = fold.find(part.agents[i] as string, part.months[i] as string);
    if (!e || e.days === 0) continue;
    const monthly = e.monthly !== null || (part.rows[i * ROWS] ?? 0) > 0;
    if (monthly || (e.dayMask & (part.dayMask[i] ?? 0)) !== 0) return true;
  }
  return false;
}

/** Adds a part that does not clash, as if its rows had been folded one by one. */
export function mergePart(fold: AgentMonthFold, part: FoldPart): void {
  const width = 3 * fold.columns.length;
  const fileId = fold.fileId(part.file);
  const byIndex: Entry[] = [];
  for (let i = 0; i < part.agents.length; i++) {
    const e = fold.entry(part.agents[i] as string, part.months[i] as string);
    byIndex.push(e);
    if (e.role === undefined && part.roles[i] !== null) e.role = part.roles[i] as string;
    e.days += part.days[i] ?? 0;
    e.rejected += part.rejected[i] ?? 0;
    const monthlyRow = part.rows[i * ROWS] ?? 0;
    if (monthlyRow > 0) e.monthly = { file: part.file, row: monthlyRow };
    const mask = part.dayMask[i] ?? 0;
    e.dayMask |= mask;
    for (let d = 1; d < ROWS; d++) {
      if ((mask & (1 << (d - 1))) === 0) continue;
      e.dayAt[d] = part.rows[i * ROWS + d] ?? 0;
      e.dayAt[32 + d] = fileId;
    }
    for (let k = 0; k < width; k++) e.acc[k] = (e.acc[k] ?? 0) + (part.acc[i * width + k] ?? 0);
  }
  for (const [i, c, reason] of part.reasons) fold.noteReason(byIndex[i] as Entry, c, reason);
}

/** The typed arrays of a part, to move it to another thread without a copy. */
export function transferables(part: FoldPart): ArrayBuffer[] {
  return [part.days, part.dayMask, part.rejected, part.rows, part.acc].map(
    (a) => a.buffer as ArrayBuffer,
  );
}
