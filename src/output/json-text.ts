/**
 * Pieces of `JSON.stringify(value, null, 2)` written by hand, for serializers
 * that emit its exact bytes without building the object first (see
 * result-json.ts). Pure.
 */

/**
 * One value as JSON.stringify prints it, nested at `pad` (the indent of the
 * line it starts on): strings escaped by JSON.stringify itself (lone
 * surrogates as `\udxxx`), non-finite numbers as null, -0 as 0. `undefined`
 * (and functions, symbols) give undefined: the member is left out. Anything
 * that is not a primitive goes through JSON.stringify, re-indented.
 */
export function jsonValue(value: unknown, pad: string): string | undefined {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      // String() prints a finite number exactly as JSON.stringify does (-0 as "0").
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
    default:
      if (value === null) return "null";
      return JSON.stringify(value, null, 2)?.replaceAll("\n", `\n${pad}`);
  }
}

/**
 * An object's text from its members' texts (`"key": value`, undefined for a
 * member left out), as JSON.stringify(…, null, 2) lays it out at `pad`.
 */
export function jsonObject(members: readonly (string | undefined)[], pad: string): string {
  let text = "";
  const inner = `,\n${pad}  `;
  for (const m of members) if (m !== undefined) text += text === "" ? m : inner + m;
  return text === "" ? "{}" : `{\n${pad}  ${text}\n${pad}}`;
}

const keyPrefix = new Map<string, string>();

/** `"key": value`, or undefined when JSON.stringify would leave the member out. */
export function jsonMember(key: string, value: unknown, pad: string): string | undefined {
  const text = jsonValue(value, pad);
  if (text === undefined) return undefined;
  let prefix = keyPrefix.get(key);
  if (prefix === undefined) {
    prefix = `${JSON.stringify(key)}: `;
    keyPrefix.set(key, prefix);
  }
  return prefix + text;
}

/** An array of items, each written by `item` at the array's inner indent. */
export function jsonArray<T>(
  items: readonly T[],
  pad: string,
  item: (x: T, pad: string) => string,
): string {
  if (items.length === 0) return "[]";
  const inner = `${pad}  `;
  let text = `[\n${inner}${item(items[0] as T, inner)}`;
  for (let i = 1; i < items.length; i++) text += `,\n${inner}${item(items[i] as T, inner)}`;
  return `${text}\n${pad}]`;
}
