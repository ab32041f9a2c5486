/**
 * One file's accepted rows in compact typed arrays: what a parse worker sends
 * back and what the parse cache stores. Replaying a recording into the shared
 * fold, file after file, gives the same months as folding the rows directly,
 * and catches an agent-day that another file already gave. Pure: no I/O.
 */
import { AgentMonthFold, type Entry, type Position, type RowValues } from "./fold.ts";
import type { FileAccount, Problem, RejectedRow } from "./problems.ts";

export interface Recording {
  file: string;
  /** Header of the agent column, for duplicate rejections found at replay. */
  agentHeader: string;
  /** The fold slots this file fills (the same for every row). */
  slots: Int32Array;
  /** Agents, months and roles, each stored once. */
  strings: string[];
  /** Per row: agent, month, day (0 = monthly), spreadsheet row, role (-1 = none). */
  meta: Int32Array;
  values: Float64Array;
  weights: Float64Array;
  missing: Uint8Array;
  /** Missing cells with a reason: [row index, slot index, text]. */
  reasons: [number, number, string][];
  /** Agent-months that lost a rejected row: [agent, month] string ids. */
  taints: [number, number][];
  rows: number;
}

const META = 5;

function grow<T extends Float64Array | Int32Array | Uint8Array>(a: T, need: number): T {
  if (need <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  next.set(a);
  return next;
}

/** The fold interface RowReader uses; the recording fold also keeps every accepted row. */
export type FoldTarget = Pick<
  AgentMonthFold,
  "columns" | "entry" | "duplicateOf" | "add" | "taint"
>;

export class RecordingFold implements FoldTarget {
  readonly columns: AgentMonthFold["columns"];
  /** Within one file, duplicates are caught as they come; across files, at replay. */
  private readonly local: AgentMonthFold;
  private readonly ids = new Map<string, number>();
  private readonly rec: Recording;

  constructor(columns: AgentMonthFold["columns"], file: string, agentHeader: string) {
    this.columns = columns;
    this.local = new AgentMonthFold(columns);
    this.rec = {
      file,
      agentHeader,
      slots: new Int32Array(0),
      strings: [],
      meta: new Int32Array(1024 * META),
      values: new Float64Array(0),
      weights: new Float64Array(0),
      missing: new Uint8Array(0),
      reasons: [],
      taints: [],
      rows: 0,
    };
  }

  entry(agent: string, month: string): Entry {
    return this.local.entry(agent, month);
  }

  duplicateOf(e: Entry, day: number): Position | null {
    return this.local.duplicateOf(e, day);
  }

  taint(e: Entry): void {
    this.local.taint(e);
    this.rec.taints.push([this.id(e.agent), this.id(e.month)]);
  }

  private id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.rec.strings.length;
      this.rec.strings.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  add(e: Entry, day: number, at: Position, role: string | undefined, row: RowValues): void {
    this.local.add(e, day, at, role, row);
    const r = this.rec;
    if (r.rows === 0) r.slots = Int32Array.from(row.slots);
    const k = r.slots.length;
    const i = r.rows++;
    r.meta = grow(r.meta, r.rows * META);
    r.meta.set(
      [this.id(e.agent), this.id(e.month), day, at.row, role === undefined ? -1 : this.id(role)],
      i * META,
    );
    r.values = grow(r.values, r.rows * k);
    r.weights = grow(r.weights, r.rows * k);
    r.missing = grow(r.missing, r.rows * k);
    for (let j = 0; j < k; j++) {
      const slot = r.slots[j] as number;
      r.values[i * k + j] = row.values[slot] ?? 0;
      r.weights[i * k + j] = row.weights[slot] ?? 1;
      r.missing[i * k + j] = row.missing[slot] ?? 1;
      const reason = row.missing[slot] === 1 ? row.reasons[slot] : undefined;
      if (reason !== undefined) r.reasons.push([i, j, reason]);
    }
  }

  /** The finished recording, trimmed to its rows. */
  recording(): Recording {
    const r = this.rec;
    const k = r.slots.length;
    return {
      ...r,
      meta: r.meta.slice(0, r.rows * META),
      values: r.values.slice(0, r.rows * k),
      weights: r.weights.slice(0, r.rows * k),
      missing: r.missing.slice(0, r.rows * k),
    };
  }
}

/**
 * Folds a recording into the shared fold. A row whose agent-day another file
 * already gave is rejected here, naming both places, as a direct fold would.
 */
export function replay(
  rec: Recording,
  fold: AgentMonthFold,
  account: FileAccount,
  rejected: RejectedRow[],
  problems: Problem[],
): void {
  const k = rec.slots.length;
  const n = fold.columns.length;
  const row: RowValues = {
    slots: rec.slots,
    values: new Float64Array(n),
    weights: new Float64Array(n),
    missing: new Uint8Array(n),
    reasons: new Array<string | undefined>(n),
  };
  for (const [agent, month] of rec.taints) {
    fold.taint(fold.entry(rec.strings[agent] as string, rec.strings[month] as string));
  }
  let nextReason = 0;
  for (let i = 0; i < rec.rows; i++) {
    for (let j = 0; j < k; j++) {
      const slot = rec.slots[j] as number;
      row.values[slot] = rec.values[i * k + j] ?? 0;
      row.weights[slot] = rec.weights[i * k + j] ?? 1;
      row.missing[slot] = rec.missing[i * k + j] ?? 1;
      row.reasons[slot] = undefined;
    }
    while (nextReason < rec.reasons.length && rec.reasons[nextReason]?.[0] === i) {
      const [, j, text] = rec.reasons[nextReason++] as [number, number, string];
      row.reasons[rec.slots[j] as number] = text;
    }
    const m = rec.meta.subarray(i * META, i * META + META);
    const agent = rec.strings[m[0] as number] as string;
    const month = rec.strings[m[1] as number] as string;
    const day = m[2] as number;
    const at = { file: rec.file, row: m[3] as number };
    const role = (m[4] as number) < 0 ? undefined : rec.strings[m[4] as number];
    const e = fold.entry(agent, month);
    const first = fold.duplicateOf(e, day);
    if (first) {
      const when = day === 0 ? month : `${month}-${String(day).padStart(2, "0")}`;
      const reason = `duplicate: ${agent} ${when} already given at ${first.file}:${first.row}`;
      rejected.push({ file: rec.file, row: at.row, column: rec.agentHeader, reason });
      problems.push({ severity: "error", ...at, column: rec.agentHeader, message: reason });
      account.scored--;
      account.rejected++;
      continue;
    }
    fold.add(e, day, at, role, row);
  }
}
