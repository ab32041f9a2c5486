/**
 * Output bytes written straight into fixed blocks: a serializer puts ASCII
 * text, UTF-8 text and ready bytes; a block that cannot take the next put is
 * set aside full and a fresh one taken (a block is filled again only once
 * given back with `recycle`: a stream may still hold it). The writer takes the full blocks as they come (`take`), so memory
 * stays at a few blocks however large the output. No strings are joined.
 */
export const BLOCK_BYTES = 1 << 18;

/**
 * Blocks a stream is done with, to be filled again: a large output would
 * otherwise allocate its whole size in fresh blocks, and that much external
 * memory makes V8 run full collections over the (large) scored heap.
 */
const spare: Buffer[] = [];
const SPARE_MAX = 16;

function freshBlock(size: number): Buffer {
  return (size === BLOCK_BYTES ? spare.pop() : undefined) ?? Buffer.allocUnsafe(size);
}

/**
 * Gives back a block that left a sink (or a piece of one, from its start)
 * once nothing holds it any more, e.g. in a stream's write callback.
 * Anything else is left to the collector.
 */
export function recycle(bytes: Uint8Array): void {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === BLOCK_BYTES && spare.length < SPARE_MAX)
    spare.push(Buffer.from(bytes.buffer as ArrayBuffer, 0, BLOCK_BYTES));
}

const NONE: Buffer[] = [];
/** No block yet: the first put takes one. */
const EMPTY = Buffer.alloc(0);

export class ByteSink {
  #block: Buffer;
  #at = 0;
  #full: Buffer[] = [];
  readonly #size: number;

  constructor(size = BLOCK_BYTES) {
    this.#size = size;
    this.#block = EMPTY;
  }

  /** Makes room for `n` more bytes. */
  #room(n: number): void {
    if (this.#at + n <= this.#block.length) return;
    if (this.#at > 0) this.#full.push(this.#block.subarray(0, this.#at));
    this.#block = freshBlock(Math.max(this.#size, n));
    this.#at = 0;
  }

  /** Text known to be ASCII (JSON punctuation, keys, numbers): one byte per unit. */
  ascii(text: string): void {
    const n = text.length;
    this.#room(n);
    const block = this.#block;
    let at = this.#at;
    for (let i = 0; i < n; i++) block[at++] = text.charCodeAt(i);
    this.#at = at;
  }

  /**
   * A finite number as String (and so JSON.stringify) prints it. Integers and
   * values of at most 4 decimals (all that rounding at output leaves) are
   * written digit by digit, without making a string: such a value, below
   * 10^15 units of 10^-4, has at most 15 significant digits, so its shortest
   * round-trip form, which String prints, is its plain decimal. Others go
   * through String.
   */
  number(x: number): void {
    if (Number.isInteger(x) && Math.abs(x) < 1e15) {
      if (x < 0) this.ascii("-");
      this.#digits(Math.abs(x), 0);
      return;
    }
    const k = Math.round(x * 10_000);
    if (k / 10_000 !== x || Math.abs(k) >= 1e15) {
      this.ascii(String(x));
      return;
    }
    if (x < 0) this.ascii("-");
    const units = Math.abs(k);
    let frac = units % 10_000;
    this.#digits((units - frac) / 10_000, 0);
    let places = 4;
    while (frac !== 0 && frac % 10 === 0) {
      frac /= 10;
      places--;
    }
    this.ascii(".");
    this.#digits(frac, places);
  }

  /** A non-negative integer's digits, zero-padded to `width`. */
  #digits(n: number, width: number): void {
    let len = 1;
    for (let p = 10; p <= n; p *= 10) len++;
    if (len < width) len = width;
    this.#room(len);
    const block = this.#block;
    let at = this.#at + len;
    this.#at = at;
    for (let i = 0; i < len; i++) {
      const digit = n % 10;
      block[--at] = 48 + digit;
      n = (n - digit) / 10;
    }
  }

  /**
   * `"text"` when the text is printable ASCII with no `"` or `\\` (JSON then
   * escapes nothing: ids, months, statuses); false, having written nothing,
   * otherwise.
   */
  plainQuoted(text: string): boolean {
    const n = text.length;
    this.#room(n + 2);
    const block = this.#block;
    let at = this.#at;
    block[at++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return false;
      block[at++] = c;
    }
    block[at++] = 0x22;
    this.#at = at;
    return true;
  }

  /** Any text as UTF-8 (a lone surrogate as U+FFFD, as Buffer.from does). */
  text(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a pair's 4 bytes are 2 units).
    this.#room(text.length * 3);
    this.#at += this.#block.write(text, this.#at, "utf8");
  }

  /** Bytes ready made (e.g. a cached string's UTF-8). */
  bytes(bytes: Uint8Array): void {
    const n = bytes.length;
    this.#room(n);
    const block = this.#block;
    if (n > 64) block.set(bytes, this.#at);
    else for (let i = 0, at = this.#at; i < n; i++) block[at++] = bytes[i] as number;
    this.#at += n;
  }

  /** The blocks filled since the last call; with `all`, the one being filled too. */
  take(all = false): Buffer[] {
    if (all && this.#at > 0) {
      this.#full.push(this.#block.subarray(0, this.#at));
      this.#block = EMPTY;
      this.#at = 0;
    }
    if (this.#full.length === 0) return NONE;
    const full = this.#full;
    this.#full = [];
    return full;
  }
}
