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
  dayRows: Int32Array;
  dayFiles: Uint16Array;
  sums: Float64Array;
  weights: Float64Array;
  present: Uint16Array;
  reasons: Map<number, string> | null;
}

/** How a row's column contributes: a value with its weight, or missing with a reason. */
export interface RowValues {
  values: Float64Array;
  weights: Float64Array;
  /** 0 = value present, 1 = missing. */
  missing: Uint8Array;
  reasons: (string | undefined)[];
}

/** Ratios, times and direct averages are weighted means across days; the rest are sums. */
export function isAveraged(column: InputColumn): boolean {
  return column.kind === "ratio" || column.kind === "seconds" || column.weightBy !== undefined;
}

export class AgentMonthFold {
  readonly columns: readonly InputColumn[];
  private readonly entries = new Map<string, Entry>();
  private readonly files: string[] = [];
  private readonly fileIds = new Map<string, number>();

  constructor(columns: readonly InputColumn[]) {
    this.columns = columns;
  }

  /** The agent-month's accumulator, created on first use. */
  entry(agent: string, month: string): Entry {
    const key = `${agent}\u0000${month}`;
    let e = this.entries.get(key);
    if (!e) {
      const n = this.columns.length;
      e = {
        agent,
        month,
        role: undefined,
        monthly: null,
        days: 0,
        dayMask: 0,
        dayRows: new Int32Array(32),
        dayFiles: new Uint16Array(32),
        sums: new Float64Array(n),
        weights: new Float64Array(n),
        present: new Uint16Array(n),
        reasons: null,
      };
      this.entries.set(key, e);
    }
    return e;
  }

  private fileId(file: string): number {
    let id = this.fileIds.get(file);
    if (id === undefined) {
      id = this.files.length;
      this.files.push(file);
      this.fileIds.set(file, id);
    }
    return id;
  }

  /** Where this agent's day (or month, when day is 0) was already given, if it was. */
  duplicateOf(e: Entry, day: number): Position | null {
    if (e.days === 0) return null;
    if (e.monthly) return e.monthly;
    if (day === 0) {
      const first = 31 - Math.clz32(e.dayMask & -e.dayMask);
      return { file: this.files[e.dayFiles[first] ?? 0] ?? "", row: e.dayRows[first] ?? 0 };
    }
    if ((e.dayMask & (1 << (day - 1))) === 0) return null;
    return { file: this.files[e.dayFiles[day] ?? 0] ?? "", row: e.dayRows[day] ?? 0 };
  }

  /** Adds one row; `day` 0 means a monthly row. Call `duplicateOf` first. */
  add(e: Entry, day: number, at: Position, role: string | undefined, row: RowValues): void {
    if (role !== undefined && e.role === undefined) e.role = role;
    if (day === 0) e.monthly = at;
    else {
      e.dayMask |= 1 << (day - 1);
      e.dayRows[day] = at.row;
      e.dayFiles[day] = this.fileId(at.file);
    }
    e.days++;
    for (let c = 0; c < this.columns.length; c++) {
      if (row.missing[c] === 0) {
        const w = row.weights[c] ?? 1;
        e.sums[c] = (e.sums[c] ?? 0) + (row.values[c] ?? 0) * w;
        e.weights[c] = (e.weights[c] ?? 0) + w;
        e.present[c] = (e.present[c] ?? 0) + 1;
      } else {
        const reason = row.reasons[c];
        const prev = e.reasons?.get(c);
        // Keep the most telling reason: a platform notice beats a plain empty cell.
        if (
          reason !== undefined &&
          (prev === undefined || (prev === "empty" && reason !== "empty"))
        ) {
          e.reasons ??= new Map();
          e.reasons.set(c, reason);
        }
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  /** Month values: sums for counts and amounts, weighted means for ratios and times. */
  *agentMonths(): Generator<AgentMonth> {
    for (const e of this.entries.values()) if (e.days > 0) yield this.finish(e);
  }

  private finish(e: Entry): AgentMonth {
    const values: Record<string, number> = Object.create(null);
    const missing: Record<string, string> = Object.create(null);
    let anyMissing = false;
    this.columns.forEach((column, c) => {
      if (column.kind === "text" || column.kind === "date" || column.kind === "month") return;
      const present = e.present[c] ?? 0;
      const weight = e.weights[c] ?? 0;
      const averaged = isAveraged(column);
      if (present === e.days && (!averaged || weight > 0)) {
        values[column.id] = averaged ? (e.sums[c] ?? 0) / weight : (e.sums[c] ?? 0);
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
    };
    if (e.role !== undefined) month.role = e.role;
    if (anyMissing) month.missing = missing;
    return month;
  }
}
