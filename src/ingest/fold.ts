/**
 * Folds rows into agent-months. Memory is per agent-month (sums, weights,
 * per-column day counts, a 31-bit day mask and where each day was first seen),
 * never per row. Pure: no I/O.
 */
import type { AgentMonth } from "../engine/types.ts";
import type { InputColumn } from "./columns.ts";

export interface Position {
  file: string;
  row: number;
}

export interface Entry {
  agent: string;
  month: string;
  role: string | undefined;
  /** Set for a monthly row: it is the whole month. */
  monthly: Position | null;
  days: number;
  dayMask: number;
  /** Per column c: sum at c, weight at n + c, days present at 2n + c (one array: fewer objects). */
  acc: Float64Array;
  /** Row where day d was first seen at d, its file id at 32 + d. */
  dayAt: Int32Array;
  reasons: Map<number, string> | null;
  /** Rows of this agent-month that were rejected. */
  rejected: number;
}

/** How a row's columns contribute: a value with its weight, or missing with a reason. */
export interface RowValues {
  /** The fold slots this file has; only these are touched per row. */
  slots: Int32Array;
  values: Float64Array;
  weights: Float64Array;
  /** 0 = value present, 1 = missing. */
  missing: Uint8Array;
  reasons: (string | undefined)[];
}

/**
 * Ratios, times, scores and direct averages are weighted means across days
 * (a score such as 客服服务分 by day); the rest are sums.
 */
export function isAveraged(column: InputColumn): boolean {
  return (
    column.kind === "ratio" ||
    column.kind === "seconds" ||
    column.kind === "score" ||
    column.weightBy !== undefined
  );
}

/** What a RowReader folds into: a fold of its own file, whoever merges it later. */
export type FoldTarget = Pick<
  AgentMonthFold,
  "columns" | "entry" | "duplicateOf" | "add" | "taint"
>;

/**
 * A copy that owns its characters: a cell cut from a parsed chunk may be a
 * slice that keeps the whole chunk alive, and the fold keeps names for good.
 */
function ownCopy(text: string): string {
  // Concatenating and cutting flattens into a fresh string of the name's length.
  return ` ${text}`.slice(1);
}

export class AgentMonthFold {
  readonly columns: readonly InputColumn[];
  /** month → agent → entry: rows come grouped by day, so the month map is usually the last one. */
  private readonly months = new Map<string, Map<string, Entry>>();
  private lastMonth = "";
  private lastAgents: Map<string, Entry> | undefined;
  private readonly files: string[] = [];
  private readonly fileIds = new Map<string, number>();
  private lastFile: string | undefined;
  private lastFileId = 0;

  constructor(columns: readonly InputColumn[]) {
    this.columns = columns;
  }

  /** The agent-month's accumulator, created on first use. */
  entry(agent: string, month: string): Entry {
    let agents = this.lastAgents;
    if (month !== this.lastMonth || !agents) {
      agents = this.months.get(month);
      if (!agents) {
        agents = new Map();
        this.months.set(month, agents);
      }
      this.lastMonth = month;
      this.lastAgents = agents;
    }
    let e = agents.get(agent);
    if (!e) {
      e = {
        agent: ownCopy(agent),
        month,
        role: undefined,
        monthly: null,
        days: 0,
        dayMask: 0,
        acc: new Float64Array(3 * this.columns.length),
        dayAt: new Int32Array(64),
        reasons: null,
        rejected: 0,
      };
      agents.set(agent, e);
    }
    return e;
  }

  /** The agent-month's accumulator if it exists. */
  find(agent: string, month: string): Entry | undefined {
    return this.months.get(month)?.get(agent);
  }

  *entries(): Generator<Entry> {
    for (const agents of this.months.values()) yield* agents.values();
  }

  fileId(file: string): number {
    // A one-file fold asks for the same file on every row: answer without a lookup.
    if (file === this.lastFile) return this.lastFileId;
    let id = this.fileIds.get(file);
    if (id === undefined) {
      id = this.files.length;
      this.files.push(file);
      this.fileIds.set(file, id);
    }
    this.lastFile = file;
    this.lastFileId = id;
    return id;
  }

  /** Where this agent's day (or month, when day is 0) was already given, if it was. */
  duplicateOf(e: Entry, day: number): Position | null {
    if (e.days === 0) return null;
    if (e.monthly) return e.monthly;
    const at = day === 0 ? 32 - Math.clz32(e.dayMask & -e.dayMask) : day;
    if (day !== 0 && (e.dayMask & (1 << (day - 1))) === 0) return null;
    return { file: this.files[e.dayAt[32 + at] ?? 0] ?? "", row: e.dayAt[at] ?? 0 };
  }

  /** A row of this agent-month was rejected: the month must not pass for complete. */
  taint(e: Entry): void {
    e.rejected++;
  }

  /** Adds one row; `day` 0 means a monthly row. Call `duplicateOf` first. */
  add(e: Entry, day: number, at: Position, role: string | undefined, row: RowValues): void {
    if (role !== undefined && e.role === undefined) e.role = role;
    if (day === 0) e.monthly = at;
    else {
      e.dayMask |= 1 << (day - 1);
      e.dayAt[day] = at.row;
      e.dayAt[32 + day] = this.fileId(at.file);
    }
    e.days++;
    const n = this.columns.length;
    const acc = e.acc;
    const slots = row.slots;
    for (let i = 0; i < slots.length; i++) {
      const c = slots[i] as number;
      if (row.missing[c] === 0) {
        const w = row.weights[c] ?? 1;
        acc[c] = (acc[c] ?? 0) + (row.values[c] ?? 0) * w;
        acc[n + c] = (acc[n + c] ?? 0) + w;
        acc[2 * n + c] = (acc[2 * n + c] ?? 0) + 1;
      } else {
        const reason = row.reasons[c];
        if (reason !== undefined) this.noteReason(e, c, reason);
      }
    }
  }

  /** Keeps the most telling reason a column was missing: a platform notice beats a plain empty cell. */
  noteReason(e: Entry, column: number, reason: string): void {
    const prev = e.reasons?.get(column);
    if (prev === undefined || (prev === "empty" && reason !== "empty")) {
      e.reasons ??= new Map();
      e.reasons.set(column, reason);
    }
  }

  /** Month values: sums for counts and amounts, weighted means for ratios and times. Consumes the fold. */
  *agentMonths(): Generator<AgentMonth> {
    // Each month's accumulators are dropped once turned into results, so the peak does
    // not hold both for every agent-month.
    for (const agents of this.months.values()) {
      for (const e of agents.values()) if (e.days > 0) yield this.finish(e);
      agents.clear();
    }
    this.months.clear();
    this.lastAgents = undefined;
  }

  private finish(e: Entry): AgentMonth {
    // Plain objects (same key order → shared shape, compact); ids are checked identifiers, never `__proto__`.
    const values: Record<string, number> = {};
    const missing: Record<string, string> = {};
    const n = this.columns.length;
    let anyMissing = false;
    this.columns.forEach((column, c) => {
      if (column.kind === "text" || column.kind === "date" || column.kind === "month") return;
      const present = e.acc[2 * n + c] ?? 0;
      const weight = e.acc[n + c] ?? 0;
      const averaged = isAveraged(column);
      if (present === e.days && (!averaged || weight > 0)) {
        values[column.id] = averaged ? (e.acc[c] ?? 0) / weight : (e.acc[c] ?? 0);
        return;
      }
      const said = e.reasons?.get(c);
      // A column no row of this month had at all is simply absent, not explained.
      if (present === 0 && said === undefined) return;
      anyMissing = true;
      if (present === e.days) missing[column.id] = `no ${column.weightBy ?? "weight"} to weight by`;
      else if (e.monthly || present === 0) missing[column.id] = said ?? "empty";
      else {
        const gap = `missing on ${e.days - present} of ${e.days} days`;
        missing[column.id] = said && said !== "empty" ? `${gap} (${said})` : gap;
      }
    });
    const month: AgentMonth = {
      agent: e.agent,
      month: e.month,
      values,
      days: e.monthly ? 0 : e.days,
      ...(e.rejected > 0 ? { rejectedRows: e.rejected } : {}),
    };
    if (e.role !== undefined) month.role = e.role;
    if (anyMissing) month.missing = missing;
    return month;
  }
}
