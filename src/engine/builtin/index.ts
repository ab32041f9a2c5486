/**
 * Built-in schemes reproducing the seed forms as printed, validated through
 * the same parser as scheme files.
 */
import { parseScheme } from "../scheme/parse.ts";
import type { Scheme } from "../scheme/types.ts";

const raw: Record<string, unknown> = {};

const compiled = new Map<string, Scheme>();
for (const [id, data] of Object.entries(raw)) {
  const { scheme, issues } = parseScheme(data, `builtin:${id}`);
  if (!scheme)
    throw new Error(
      `built-in scheme ${id} is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
    );
  compiled.set(id, scheme);
}

export const builtinSchemeIds: readonly string[] = Object.freeze([...compiled.keys()]);

export function getBuiltinScheme(id: string): Scheme | undefined {
  return compiled.get(id);
}
