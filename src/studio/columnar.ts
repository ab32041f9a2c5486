/**
 * The studio's data file: every scored agent-month's metric values, column by
 * column, in a compact binary form that reproduces each value exactly (the
 * studio must score to the report's very numbers). Whole numbers and values
 * with few decimals are stored as varint deltas down each column (rows are in
 * agent, then month order, so an agent's months sit together); other values
 * as float64 split into byte planes, which gzip compresses well.
 * Encoding runs in the report, decoding in the browser. Pure.
 */

export interface ValueColumn {
  id: string;
  /** NaN where absent (see `present`). */
  values: Float64Array;
  /** 1 where the agent-month has the value; absent is missing, never 0. */
  present: Uint8Array;
}

export interface StudioTable {
  rows: number;
  /** Index into the studio index's agents, months, schemes; team 0 = none, else index + 1. */
  agent: Uint32Array;
  month: Uint32Array;
  scheme: Uint32Array;
  team: Uint32Array;
  /** Rejected rows of the agent-month (only with --allow-invalid): its result is incomplete. */
  rejected: Uint32Array;
  columns: ValueColumn[];
}

const MAGIC = [0x4b, 0x50, 0x53, 0x31]; // "KPS1"
const SCALES = [1, 10, 100, 1000, 10000, 100000, 1000000];
const FLOAT = 255;

class Writer {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  private room(n: number) {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  byte(b: number) {
    this.room(1);
    this.buf[this.length++] = b;
  }
  bytes(b: Uint8Array) {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  /** Unsigned varint of a safe integer (arithmetic, not bit operations: values exceed 32 bits). */
  uint(n: number) {
    let x = n;
    while (x >= 128) {
      this.byte((x % 128) + 128);
      x = Math.floor(x / 128);
    }
    this.byte(x);
  }
  int(n: number) {
    this.uint(n >= 0 ? n * 2 : -n * 2 - 1);
  }
  text(s: string) {
    const b = new TextEncoder().encode(s);
    this.uint(b.length);
    this.bytes(b);
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

class Reader {
  private at = 0;
  private readonly buf: Uint8Array;
  constructor(buf: Uint8Array) {
    this.buf = buf;
  }
  byte(): number {
    const b = this.buf[this.at++];
    if (b === undefined) throw new Error("studio data: truncated");
    return b;
  }
  bytes(n: number): Uint8Array {
    if (this.at + n > this.buf.length) throw new Error("studio data: truncated");
    const out = this.buf.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  uint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      n += (b % 128) * scale;
      if (b < 128) return n;
      scale *= 128;
    }
  }
  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
  text(): string {
    return new TextDecoder().decode(this.bytes(this.uint()));
  }
}

/** The smallest scale at which every value is an exact, safe integer; FLOAT if none. */
function scaleOf(values: Float64Array, present: Uint8Array): number {
  for (let k = 0; k < SCALES.length; k++) {
    const s = SCALES[k] as number;
    let ok = true;
    let prev = 0;
    for (let i = 0; i < values.length && ok; i++) {
      if (!present[i]) continue;
      const v = values[i] as number;
      const m = Math.round(v * s);
      // Deltas must stay safe integers too.
      ok = Number.isSafeInteger(m) && m / s === v && Math.abs(m - prev) < 2 ** 52;
      prev = m;
    }
    if (ok) return k;
  }
  return FLOAT;
}

function writeInts(w: Writer, xs: Uint32Array) {
  let prev = 0;
  for (const x of xs) {
    w.int(x - prev);
    prev = x;
  }
}
function readInts(r: Reader, n: number): Uint32Array {
  const out = new Uint32Array(n);
  let prev = 0;
  for (let i = 0; i < n; i++) {
    prev += r.int();
    out[i] = prev;
  }
  return out;
}

export function encodeTable(t: StudioTable): Uint8Array {
  const w = new Writer();
  w.bytes(Uint8Array.from(MAGIC));
  w.uint(t.rows);
  for (const xs of [t.agent, t.month, t.scheme, t.team, t.rejected]) writeInts(w, xs);
  w.uint(t.columns.length);
  for (const c of t.columns) {
    w.text(c.id);
    const bits = new Uint8Array(Math.ceil(t.rows / 8));
    for (let i = 0; i < t.rows; i++)
      if (c.present[i]) bits[i >> 3] = (bits[i >> 3] as number) | (1 << (i & 7));
    w.bytes(bits);
    const k = scaleOf(c.values, c.present);
    w.byte(k);
    if (k === FLOAT) {
      const kept = c.values.filter((_, i) => c.present[i] === 1);
      const raw = new Uint8Array(new Float64Array(kept).buffer);
      // Byte planes: all values' byte 0, then byte 1, …: exponents and high bits compress well.
      const planes = new Uint8Array(raw.length);
      for (let i = 0; i < kept.length; i++)
        for (let b = 0; b < 8; b++) planes[b * kept.length + i] = raw[i * 8 + b] as number;
      w.bytes(planes);
    } else {
      const s = SCALES[k] as number;
      let prev = 0;
      for (let i = 0; i < t.rows; i++) {
        if (!c.present[i]) continue;
        const m = Math.round((c.values[i] as number) * s);
        w.int(m - prev);
        prev = m;
      }
    }
  }
  return w.done();
}

export function decodeTable(bytes: Uint8Array): StudioTable {
  const r = new Reader(bytes);
  for (const m of MAGIC) if (r.byte() !== m) throw new Error("studio data: not a studio file");
  const rows = r.uint();
  const [agent, month, scheme, team, rejected] = Array.from({ length: 5 }, () =>
    readInts(r, rows),
  ) as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  const columns: ValueColumn[] = [];
  const n = r.uint();
  for (let c = 0; c < n; c++) {
    const id = r.text();
    const bits = r.bytes(Math.ceil(rows / 8));
    const present = new Uint8Array(rows);
    let count = 0;
    for (let i = 0; i < rows; i++) {
      present[i] = ((bits[i >> 3] as number) >> (i & 7)) & 1;
      count += present[i] as number;
    }
    const values = new Float64Array(rows).fill(Number.NaN);
    const k = r.byte();
    if (k === FLOAT) {
      const planes = r.bytes(count * 8);
      const raw = new Uint8Array(count * 8);
      for (let i = 0; i < count; i++)
        for (let b = 0; b < 8; b++) raw[i * 8 + b] = planes[b * count + i] as number;
      const kept = new Float64Array(raw.buffer);
      let j = 0;
      for (let i = 0; i < rows; i++) if (present[i]) values[i] = kept[j++] as number;
    } else {
      const s = SCALES[k];
      if (s === undefined) throw new Error("studio data: unknown column encoding");
      let prev = 0;
      for (let i = 0; i < rows; i++) {
        if (!present[i]) continue;
        prev += r.int();
        values[i] = prev / s;
      }
    }
    columns.push({ id, values, present });
  }
  return { rows, agent, month, scheme, team, rejected, columns };
}
