/**
 * A cell read from its bytes (byte-records.ts): a plain number from its
 * ASCII digits, or its text, decoded once per distinct text. Pure.
 */
import { EXACT_DIGITS } from "./cells.ts";

/** Distinct texts decoded once each per lane; past this many, decoded every time. */
const CACHE_LIMIT = 50_000;

/**
 * `plainNumber` (cells.ts) on bytes, for what it reads as a value ≥ 0:
 * the same digits, the same one division, written to `out[at]` (a double
 * returned from a call would be boxed: one allocation per cell of a big
 * export). False for anything else (a sign, no digits, a letter, a non-ASCII
 * byte, too many digits): the caller then decodes the cell and the string
 * reading decides.
 */
export function plainInto(
  buf: Uint8Array,
  from: number,
  to: number,
  out: Float64Array,
  at: number,
): boolean {
  const n = to - from;
  if (n === 0 || n > 20) return false;
  let digits = 0;
  let whole = 0;
  let scale = 1;
  let dot = false;
  for (let i = from; i < to; i++) {
    const c = buf[i] as number;
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
      if (dot) scale *= 10;
    } else if (c === 46 && !dot && i > from) dot = true;
    else return false;
  }
  if (digits === 0 || digits > EXACT_DIGITS) return false;
  out[at] = whole / scale;
  return true;
}

/** Bytes `String.prototype.trim` removes, besides line ends. */
export const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0b || b === 0x0c;

/**
 * A number as exports dress it up so that Excel keeps it as typed: spaces or a
 * tab around it (`\t84`, as some platforms write every cell), Excel's text
 * wrapping (`="84"`), thousands separators (`1,234.50`): the value the string
 * reading gives (`parseNumber` on `typedText`: `Number` of the digits without
 * their commas), written to `out[at]`. Only for a value of 0 or at least 1:
 * a bare fraction of a second may be a time of day (day-fraction.ts), which
 * only a plain cell is checked for. False for anything else (the caller then
 * decodes the cell and the string reading decides). Called only for a cell
 * `plainInto` did not read.
 */
export function dressedInto(
  buf: Uint8Array,
  from: number,
  to: number,
  out: Float64Array,
  at: number,
): boolean {
  let a = from;
  let b = to;
  while (a < b && isSpace(buf[a] as number)) a++;
  while (b > a && isSpace(buf[b - 1] as number)) b--;
  if (b - a >= 3 && buf[a] === 0x3d && buf[a + 1] === 0x22 && buf[b - 1] === 0x22) {
    a += 2;
    b--;
    while (a < b && isSpace(buf[a] as number)) a++;
    while (b > a && isSpace(buf[b - 1] as number)) b--;
  }
  if (b - a === 0 || b - a > 40) return false;
  // Digits with commas only between groups of three (`1,234,567`), then `.` and digits.
  let digits = 0;
  let whole = 0;
  let scale = 1;
  let group = -1; // digits since the last comma; −1 before any comma
  let lead = 0; // digits before the first comma
  let i = a;
  for (; i < b; i++) {
    const c = buf[i] as number;
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
      if (group >= 0) group++;
      else lead++;
    } else if (c === 44) {
      if ((group < 0 && (lead < 1 || lead > 3)) || (group >= 0 && group !== 3)) return false;
      group = 0;
    } else break;
  }
  if (group >= 0 && group !== 3) return false;
  if (i < b) {
    if (buf[i] !== 46 || digits === 0 || i + 1 === b) return false;
    for (i++; i < b; i++) {
      const c = buf[i] as number;
      if (c < 48 || c > 57) return false;
      whole = whole * 10 + (c - 48);
      digits++;
      scale *= 10;
    }
  }
  if (digits === 0 || digits > EXACT_DIGITS) return false;
  const value = whole / scale;
  if (value > 0 && value < 1) return false;
  out[at] = value;
  return true;
}

/**
 * Cell texts by their bytes: each distinct text is decoded once and the same
 * string returned after (names and dates repeat on every day's rows), found
 * by a hash of the bytes, so no string is made to look one up.
 */
export class CellText {
  private readonly decoder: TextDecoder;
  /** Open addressing: slot → text index + 1 (0 empty). */
  private slots = new Int32Array(1 << 12);
  private readonly hashes: number[] = [];
  private readonly starts: number[] = [];
  private readonly texts: string[] = [];
  /** The bytes of every text kept, back to back. */
  private arena = new Uint8Array(1 << 16);
  private used = 0;

  constructor(encoding: "utf-8" | "gb18030") {
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
  }

  /** The number of the text `text` gave last (equal texts, equal numbers), or −1 for one not kept. */
  lastId = -1;

  /** The text of `buf[from, to)`. */
  text(buf: Buffer, from: number, to: number): string {
    this.lastId = -1;
    if (from === to) return "";
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ (buf[i] as number), 0x01000193);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = (this.slots[s] as number) - 1;
      if (k < 0) return this.add(buf, from, to, h, s);
      if (this.hashes[k] === h && this.same(k, buf, from, to)) {
        this.lastId = k;
        return this.texts[k] as string;
      }
    }
  }

  private same(k: number, buf: Uint8Array, from: number, to: number): boolean {
    const start = this.starts[k] as number;
    if ((this.starts[k + 1] ?? this.used) - start !== to - from) return false;
    const arena = this.arena;
    for (let i = 0; i < to - from; i++) if (arena[start + i] !== buf[from + i]) return false;
    return true;
  }

  private add(buf: Buffer, from: number, to: number, h: number, slot: number): string {
    const text = ascii(buf, from, to)
      ? buf.toString("latin1", from, to)
      : this.decoder.decode(buf.subarray(from, to));
    // Past the limit (odd files), texts are decoded every time instead of kept.
    if (this.texts.length >= CACHE_LIMIT) return text;
    const n = to - from;
    if (this.used + n > this.arena.length) {
      const bigger = new Uint8Array(Math.max(this.arena.length * 2, this.used + n));
      bigger.set(this.arena.subarray(0, this.used));
      this.arena = bigger;
    }
    this.arena.set(buf.subarray(from, to), this.used);
    this.starts.push(this.used);
    this.used += n;
    this.hashes.push(h);
    this.texts.push(text);
    this.lastId = this.texts.length - 1;
    this.slots[slot] = this.texts.length;
    if (this.texts.length * 2 > this.slots.length) this.rehash();
    return text;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    this.hashes.forEach((h, k) => {
      let s = h & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = k + 1;
    });
    this.slots = slots;
  }
}

function ascii(buf: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((buf[i] as number) >= 0x80) return false;
  return true;
}

/** Every cell buf[starts[k], ends[k]) of the first `n` is blank once decoded (a wide space trims too). */
export function allBlank(
  text: CellText,
  buf: Buffer,
  starts: Int32Array,
  ends: Int32Array,
  n: number,
): boolean {
  for (let k = 0; k < n; k++)
    if (text.text(buf, starts[k] as number, ends[k] as number).trim() !== "") return false;
  return true;
}

/** The first `byte` in buf[from, filled), or Infinity. */
export function nextIndex(buf: Uint8Array, byte: number, from: number, filled: number): number {
  const i = buf.indexOf(byte, from);
  return i < 0 || i >= filled ? Number.POSITIVE_INFINITY : i;
}
