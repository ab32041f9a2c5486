/**
 * Folds rows into agent-months. Memory is per agent-month (sums, weights,
 * per-column row counts, and per file that gave it a 31-bit day mask and the
 * row of each day), never per row. An agent-month may come from several files
 * (a platform export and a rating sheet): a row repeats an earlier one only
 * when it gives one of the same columns for the same agent and period. Pure:
 * no I/O.
 */
import type { AgentMonth } from "../engine/types.ts";
import type { InputColumn } from "./columns.ts";
import { Blocks } from "./fold-blocks.ts";
import {
  ACC_WIDTH,
  type Duplicate,
  EMPTY_CODE,
  type Entry,
  ownCopy,
  type Position,
  periodMask,
  ReasonTable,
  type RowValues,
  type Source,
} from "./fold-entry.ts";
import { finishEntry, keptInOrder } from "./fold-finish.ts";
import { repeatOf } from "./fold-repeat.ts";
import { firstRows, ratedRows } from "./fold-rows.ts";

export * from "./fold-entry.ts";

/** What a RowReader folds into: a fold of its own file, whoever merges it later. */
export type FoldTarget = Pick<
  AgentMonthFold,
  "columns" | "entry" | "duplicateOf" | "add" | "taint"
>;

export class AgentMonthFold {
  readonly columns: readonly InputColumn[];
  /**
   * Per column slot, its place among the kept columns (−1: none). Columns are
   * kept in the order files first give them, so a one-file fold holds that
   * file's columns only, and an entry made earlier holds a prefix of them.
   */
  readonly place: Int32Array;
  private kept = 0;
  /** month → agent → entry: rows come grouped by day, so the month map is usually the last one. */
  private readonly months = new Map<string, Map<string, Entry>>();
  private lastMonth = "";
  private lastAgents: Map<string, Entry> | undefined;
  private readonly files: string[] = [];
  private readonly fileIds = new Map<string, number>();
  private lastFile: string | undefined;
  private lastFileId = 0;
  /** Per file id: 1 at each column slot the file has. */
  private readonly fileColumns: Uint8Array[] = [];
  /** Role → the id of the first file an agent-month took it from. */
  private readonly roleFiles = new Map<string, number>();
  /** The words of missing cells, by the codes entries keep. */
  readonly reasons = new ReasonTable();
  /** Where new entries' arrays are cut from (see `cut`). */
  private readonly accBlocks = new Blocks((n) => new Float64Array(n));
  private readonly rowBlocks = new Blocks((n) => new Int32Array(n));

  constructor(columns: readonly InputColumn[]) {
    this.columns = columns;
    this.place = new Int32Array(columns.length).fill(-1);
  }

  /** The column slots kept, in their accumulator order. */
  keptSlots(): Int32Array {
    const slots = new Int32Array(this.kept);
    this.place.forEach((k, c) => {
      if (k >= 0) slots[k] = c;
    });
    return slots;
  }

  /** Keeps these column slots from now on (a file's columns, before its first row). */
  keep(slots: ArrayLike<number>): void {
    for (let i = 0; i < slots.length; i++) {
      const c = slots[i] as number;
      if (this.place[c] === -1) this.place[c] = this.kept++;
    }
  }

  /** The entry's accumulators widened to every column kept now (old places stay). */
  widen(e: Entry): Float64Array {
    const w = this.kept;
    const old = e.acc;
    const v = old.length / ACC_WIDTH;
    if (v === w) return old;
    const acc = this.accBlocks.cut(ACC_WIDTH * w);
    for (let a = 0; a < ACC_WIDTH; a++) acc.set(old.subarray(a * v, (a + 1) * v), a * w);
    e.acc = acc;
    return acc;
  }

  /**
   * The agent-month's accumulator, created on first use — over `acc` when given
   * (a merged part's own memory, taken over instead of copied).
   */
  entry(agent: string, month: string, acc?: Float64Array): Entry {
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
        rows: 0,
        dayMask: 0,
        acc: acc ?? this.accBlocks.cut(ACC_WIDTH * this.kept),
        sources: [],
        reasons: null,
        rejected: 0,
        seen: 0,
      };
      agents.set(agent, e);
    }
    return e;
  }

  /** The agent-month takes the role a file gave it (the first file's that gave one). */
  giveRole(e: Entry, role: string, fileId: number): void {
    e.role = role;
    if (!this.roleFiles.has(role)) this.roleFiles.set(role, fileId);
  }

  /** Each role an agent-month took, and the first file it took it from. */
  roleSources(): Map<string, string> {
    return new Map([...this.roleFiles].map(([role, id]) => [role, this.files[id] ?? ""]));
  }

  /** Each agent's first row, `file:row`: where a name no roster row has is written. */
  firstRows(): Map<string, string> {
    return firstRows(this.entries(), this.files);
  }

  /** The rating sheet's row of each agent-month no export gave (see fold-rows.ts). */
  ratedRows(): Map<string, string> {
    return ratedRows(this.entries(), this.files, this.fileColumns, this.columns, this.place);
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

  /**
   * Records which column slots a file has (its header decides, whatever a
   * row's cells hold): `slots` it fills, within `header`, all it has.
   */
  noteColumns(fileId: number, slots: ArrayLike<number>, header: ArrayLike<number> = slots): void {
    if (this.fileColumns[fileId]) return;
    this.keep(slots);
    const has = new Uint8Array(this.columns.length);
    for (let i = 0; i < header.length; i++) has[header[i] as number] = 1;
    this.fileColumns[fileId] = has;
  }

  /** The earlier row this one repeats, if any (fold-repeat.ts). */
  duplicateOf(e: Entry, day: number, slots: ArrayLike<number>): Duplicate | null {
    return e.sources.length === 0 ? null : repeatOf(e, day, slots, this.fileColumns, this.files);
  }

  /** A row of this agent-month was rejected: the month must not pass for complete. */
  taint(e: Entry): void {
    e.rejected++;
  }

  /** The agent-month's rows from one file, created on first use (over `rows` when given). */
  source(e: Entry, fileId: number, rows?: Int32Array): Source {
    const sources = e.sources;
    for (let i = sources.length - 1; i >= 0; i--) {
      const s = sources[i] as Source;
      if (s.file === fileId) return s;
    }
    const s: Source = { file: fileId, mask: 0, rows: rows ?? this.rowBlocks.cut(32) };
    sources.push(s);
    return s;
  }

  /** Adds one row; `day` 0 means a monthly row. Call `duplicateOf` first. Keeps nothing of `at` or `row`. */
  add(e: Entry, day: number, at: Position, role: string | undefined, row: RowValues): void {
    const fileId = this.fileId(at.file);
    if (role !== undefined && e.role === undefined) this.giveRole(e, role, fileId);
    this.noteColumns(fileId, row.slots, row.header);
    const source = this.source(e, fileId);
    source.mask |= periodMask(day);
    source.rows[day] = at.row;
    if (day !== 0) e.dayMask |= 1 << (day - 1);
    e.rows++;
    const n = this.kept;
    const acc = e.acc.length === ACC_WIDTH * n ? e.acc : this.widen(e);
    const slots = row.slots;
    const place = this.place;
    for (let i = 0; i < slots.length; i++) {
      const c = slots[i] as number;
      const k = place[c] as number;
      acc[3 * n + k] = (acc[3 * n + k] as number) + 1;
      if (row.missing[c] === 0) {
        const w = row.weights[c] ?? 1;
        acc[k] = (acc[k] as number) + (row.values[c] ?? 0) * w;
        acc[n + k] = (acc[n + k] as number) + w;
        acc[2 * n + k] = (acc[2 * n + k] as number) + 1;
      } else {
        const reason = row.reasons[c];
        if (reason !== undefined) this.noteReason(e, c, reason);
      }
    }
  }

  /** Keeps the most telling reason a column was missing: a platform notice beats a plain empty cell. */
  noteReason(e: Entry, column: number, reason: string): void {
    this.noteReasonCode(e, column, this.reasons.code(reason));
  }

  /** As noteReason, with the reason's code in this fold's table. */
  noteReasonCode(e: Entry, column: number, code: number): void {
    const prev = e.reasons?.[column] ?? 0;
    if (prev === 0 || (prev === EMPTY_CODE && code !== EMPTY_CODE)) {
      e.reasons ??= new Uint8Array(this.columns.length);
      e.reasons[column] = code;
    }
  }

  /**
   * Month values: sums for counts and amounts, weighted means for ratios and
   * times. Consumes the fold. `weightedBy`: a rate weighted by another column
   * than its own denominator (a profile's or `weights:`), for the reason a
   * month without any weight gets.
   */
  *agentMonths(weightedBy?: ReadonlyMap<string, string>): Generator<AgentMonth> {
    // Each month's accumulators are dropped once turned into results, so the peak does
    // not hold both for every agent-month.
    const kept = keptInOrder(this.place);
    for (const agents of this.months.values()) {
      // An agent-month whose every row was rejected is still there (incomplete), not gone.
      for (const e of agents.values())
        if (e.rows > 0 || e.rejected > 0)
          yield finishEntry(
            e,
            this.columns,
            this.fileColumns,
            this.place,
            kept,
            this.reasons.texts,
            weightedBy,
            this.files,
          );
      agents.clear();
    }
    this.months.clear();
    this.lastAgents = undefined;
  }
}
