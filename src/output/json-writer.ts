/**
 * `JSON.stringify(value, null, 2)` written by hand as bytes into a ByteSink,
 * for serializers that emit its exact output without building the object or
 * its text first (see result-json.ts). Objects are written member by member
 * with their keys' bytes made once per indent (`objectShape`); short strings'
 * quoted UTF-8 is kept, since names, ids and statuses repeat on every row.
 */
import type { ByteSink } from "./byte-sink.ts";

/** One object's members' leading bytes at one indent, by member index: `\n<pad>  "key": ` first, `,\n<pad>  "key": ` after. */
export interface Layout {
  first: Uint8Array[];
  next: Uint8Array[];
  /** The members' own indent (where a nested value's lines start). */
  inner: string;
  /** `\n<pad>}` after the last member. */
  close: Uint8Array;
  /** Around the items of an array member: `[\n<items' pad>`, `,\n<items' pad>`, `\n<inner>]`. */
  items: { open: Uint8Array; next: Uint8Array; close: Uint8Array; pad: string };
}

/** An object's members: `key` gives each member's index, `at(pad)` the layout at an indent (made once per indent). */
export interface ObjectShape<K extends string> {
  key: Record<K, number>;
  at: (pad: string) => Layout;
}

const ascii = (text: string) => Buffer.from(text, "latin1");

export function objectShape<K extends string>(keys: readonly K[]): ObjectShape<K> {
  const made = new Map<string, Layout>();
  const at = (pad: string) => {
    let l = made.get(pad);
    if (l === undefined) {
      const inner = `${pad}  `;
      l = {
        first: keys.map((k) => ascii(`\n${inner}${JSON.stringify(k)}: `)),
        next: keys.map((k) => ascii(`,\n${inner}${JSON.stringify(k)}: `)),
        inner,
        close: ascii(`\n${pad}}`),
        items: {
          open: ascii(`[\n${inner}  `),
          next: ascii(`,\n${inner}  `),
          close: ascii(`\n${inner}]`),
          pad: `${inner}  `,
        },
      };
      made.set(pad, l);
    }
    return l;
  };
  return { key: Object.fromEntries(keys.map((k, i) => [k, i])) as Record<K, number>, at };
}

/** A member's leading bytes: `\n<pad>"key": ` for an object's first member, with a comma before after. */
const lead = (l: Layout, n: number, key: number): Uint8Array =>
  (n === 0 ? l.first[key] : l.next[key]) as Uint8Array;

const SHORT = 64;
const KEPT = 1 << 16;

export class JsonWriter {
  readonly sink: ByteSink;
  /** Quoted UTF-8 of short strings seen before (cleared when it holds KEPT). */
  #quoted = new Map<string, Uint8Array>();

  constructor(sink: ByteSink) {
    this.sink = sink;
  }

  /**
   * A member `"key": value` of the object being written, which has `n`
   * members so far; returns the new count. A value JSON.stringify leaves out
   * (undefined, a function, a symbol) writes nothing.
   */
  member(l: Layout, n: number, key: number, value: unknown): number {
    switch (typeof value) {
      case "undefined":
      case "function":
      case "symbol":
        return n;
      case "object":
        if (value !== null) {
          // Not a primitive (a field of the wrong type at run time): as JSON.stringify prints it.
          const text = JSON.stringify(value, null, 2);
          if (text === undefined) return n;
          this.sink.bytes(lead(l, n, key));
          this.sink.text(text.replaceAll("\n", `\n${l.inner}`));
          return n + 1;
        }
    }
    this.sink.bytes(lead(l, n, key));
    this.primitive(value);
    return n + 1;
  }

  /**
   * `member` for a value that should be a number (or null, or left out): small
   * enough to be inlined where it is called, so each call site sees one type.
   * Anything else is `member`'s.
   */
  num(l: Layout, n: number, key: number, value: unknown): number {
    if (typeof value !== "number") return this.member(l, n, key, value);
    this.sink.bytes(lead(l, n, key));
    if (Number.isFinite(value)) this.sink.number(value);
    else this.sink.ascii("null");
    return n + 1;
  }

  /** `member` for a value that should be a string (or left out); anything else is `member`'s. */
  str(l: Layout, n: number, key: number, value: unknown): number {
    if (typeof value !== "string") return this.member(l, n, key, value);
    this.sink.bytes(lead(l, n, key));
    this.string(value);
    return n + 1;
  }

  /** A member whose value is an array, each item written by `item` at the items' indent. */
  array<T>(
    l: Layout,
    n: number,
    key: number,
    items: readonly T[],
    item: (w: JsonWriter, x: T, pad: string) => void,
  ): number {
    const sink = this.sink;
    sink.bytes(lead(l, n, key));
    if (items.length === 0) {
      sink.ascii("[]");
      return n + 1;
    }
    const around = l.items;
    for (let i = 0; i < items.length; i++) {
      sink.bytes(i === 0 ? around.open : around.next);
      item(this, items[i] as T, around.pad);
    }
    sink.bytes(around.close);
    return n + 1;
  }

  /** Opens an object; close it with the count of members written. */
  open(): void {
    this.sink.ascii("{");
  }

  close(l: Layout, n: number): void {
    if (n === 0) this.sink.ascii("}");
    else this.sink.bytes(l.close);
  }

  /** null, a boolean, a number (non-finite as null; String prints -0 as 0, like JSON), a string. */
  primitive(value: unknown): void {
    if (typeof value === "string") this.string(value);
    else if (typeof value === "number") {
      if (Number.isFinite(value)) this.sink.number(value);
      else this.sink.ascii("null");
    } else if (typeof value === "boolean") this.sink.ascii(value ? "true" : "false");
    // null; a bigint throws as JSON.stringify does.
    else this.sink.ascii(value === null ? "null" : JSON.stringify(value));
  }

  /** A string as JSON.stringify quotes it (lone surrogates escaped as `\udxxx`), in UTF-8. */
  string(text: string): void {
    if (this.sink.plainQuoted(text)) return;
    if (text.length > SHORT) {
      this.sink.text(JSON.stringify(text));
      return;
    }
    let bytes = this.#quoted.get(text);
    if (bytes === undefined) {
      if (this.#quoted.size >= KEPT) this.#quoted.clear();
      bytes = Buffer.from(JSON.stringify(text), "utf8");
      this.#quoted.set(text, bytes);
    }
    this.sink.bytes(bytes);
  }
}
