/**
 * Immutable edits of plain JSON data (a raw scheme): read and set a value at
 * a path, the changes that turn one document into another, and applying
 * them. Prototype-safe: keys such as `__proto__` are ordinary data here.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type PathKey = string | number;
export type Path = readonly PathKey[];

/** One change: set `p` to `v`, or delete it when `v` is absent. */
export interface Change {
  p: PathKey[];
  v?: Json;
}

const isObject = (x: unknown): x is Record<string, Json> =>
  x !== null && typeof x === "object" && !Array.isArray(x);

const own = (o: object, k: PathKey) => Object.hasOwn(o, k);

function put(target: Record<string, Json> | Json[], key: PathKey, value: Json): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export function getAt(doc: Json | undefined, path: Path): Json | undefined {
  let cur: Json | undefined = doc;
  for (const key of path) {
    if (Array.isArray(cur) && typeof key === "number") cur = cur[key];
    else if (isObject(cur) && typeof key === "string" && own(cur, key)) cur = cur[key];
    else return undefined;
  }
  return cur;
}

/**
 * A copy of `doc` with `value` at `path` (deleted when undefined); parents are
 * copied, everything else shared. A path that does not fit the document
 * (an index into an object, past an array's end) throws.
 */
export function setAt(doc: Json, path: Path, value: Json | undefined): Json {
  const [key, ...rest] = path;
  if (key === undefined) {
    if (value === undefined) throw new Error("cannot delete the document itself");
    return value;
  }
  if (Array.isArray(doc)) {
    if (typeof key !== "number" || !Number.isInteger(key) || key < 0 || key > doc.length)
      throw new Error(`no index ${String(key)} in a list of ${doc.length}`);
    const copy = doc.slice();
    if (rest.length === 0 && value === undefined) copy.splice(key, 1);
    else put(copy, key, setAt(copy[key] ?? {}, rest, value));
    return copy;
  }
  if (isObject(doc)) {
    if (typeof key !== "string") throw new Error(`no index ${key} in an object`);
    const copy: Record<string, Json> = {};
    for (const k of Object.keys(doc)) put(copy, k, doc[k] as Json);
    if (rest.length === 0 && value === undefined) delete copy[key];
    else put(copy, key, setAt(own(doc, key) ? (doc[key] as Json) : {}, rest, value));
    return copy;
  }
  throw new Error(`cannot set ${String(key)} inside a ${doc === null ? "null" : typeof doc}`);
}

export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => kb[i] === k && jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * The changes turning `a` into `b`: lists of equal length and objects are
 * compared member by member; anything else that differs is replaced whole.
 * Objects whose keys differ in order are replaced whole too, so applying the
 * changes reproduces `b` exactly, key order included.
 */
export function diffJson(a: Json, b: Json, at: PathKey[] = []): Change[] {
  if (jsonEqual(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length)
    return a.flatMap((x, i) => diffJson(x, b[i] as Json, [...at, i]));
  if (isObject(a) && isObject(b)) {
    const shared = Object.keys(a).filter((k) => own(b, k));
    const kb = Object.keys(b);
    // Deleting a's extra keys and appending b's new ones must leave b's key order.
    if (shared.every((k, i) => kb[i] === k)) {
      const out: Change[] = [];
      for (const k of Object.keys(a)) if (!own(b, k)) out.push({ p: [...at, k] });
      for (const k of kb) {
        if (own(a, k)) out.push(...diffJson(a[k] as Json, b[k] as Json, [...at, k]));
        else out.push({ p: [...at, k], v: b[k] as Json });
      }
      return out;
    }
  }
  return [{ p: at, v: b }];
}

export function applyChanges(doc: Json, changes: readonly Change[]): Json {
  return changes.reduce<Json>((d, c) => setAt(d, c.p, c.v), doc);
}

/**
 * A finding's path as the checker writes it (`kpis[0].bands[2].min`) as a
 * path into the document (`["kpis", 0, "bands", 2, "min"]`): the studio marks
 * the field it names. Null for text that is not such a path.
 */
export function pathOfText(text: string): PathKey[] | null {
  if (!/^[A-Za-z_]\w*(?:\[\d+\]|\.[A-Za-z_]\w*)*$/.test(text)) return null;
  return [...text.matchAll(/\[(\d+)\]|([A-Za-z_]\w*)/g)].map((m) =>
    m[1] === undefined ? (m[2] as string) : Number(m[1]),
  );
}
