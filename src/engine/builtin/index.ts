/**
 * Built-in schemes reproducing the seed forms as printed, validated through
 * the same parser as scheme files.
 */

import { parseScheme } from "../scheme/parse.ts";
import type { Scheme } from "../scheme/types.ts";
import seedForm2Property from "./seed-form2-property.json" with { type: "json" };
import seedForm3Raters from "./seed-form3-raters.json" with { type: "json" };
import seedForm9Letter from "./seed-form9-letter.json" with { type: "json" };
import seedForm10Supervisor from "./seed-form10-supervisor.json" with { type: "json" };
import seedForm11Manager from "./seed-form11-manager.json" with { type: "json" };
import seedForm15Pay from "./seed-form15-pay.json" with { type: "json" };
import seedForm16Seasons from "./seed-form16-seasons.json" with { type: "json" };
import seedForm18Manager from "./seed-form18-manager.json" with { type: "json" };
import seedForm19360 from "./seed-form19-360.json" with { type: "json" };
import seedIndicators from "./seed-indicators.json" with { type: "json" };
import seedMonthly from "./seed-monthly.json" with { type: "json" };

/** In listing order: the two main forms first. */
const raw: Record<string, unknown> = {
  "seed-monthly": seedMonthly,
  "seed-indicators": seedIndicators,
  "seed-form15-pay": seedForm15Pay,
  "seed-form3-raters": seedForm3Raters,
  "seed-form2-property": seedForm2Property,
  "seed-form18-manager": seedForm18Manager,
  "seed-form11-manager": seedForm11Manager,
  "seed-form9-letter": seedForm9Letter,
  "seed-form19-360": seedForm19360,
  "seed-form10-supervisor": seedForm10Supervisor,
  "seed-form16-seasons": seedForm16Seasons,
};

/**
 * Each compiled when first asked for: a run reads one or two of them, and
 * compiling all eleven cost every command ~14 ms before it could start reading.
 * test/engine/builtin tests compile every one.
 */
const compiled = new Map<string, Scheme>();

export const builtinSchemeIds: readonly string[] = Object.freeze(Object.keys(raw));

export function getBuiltinScheme(id: string): Scheme | undefined {
  if (!Object.hasOwn(raw, id)) return undefined;
  let scheme = compiled.get(id);
  if (scheme === undefined) {
    const parsed = parseScheme(raw[id], `builtin:${id}`);
    if (!parsed.scheme)
      throw new Error(
        `built-in scheme ${id} is invalid: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`,
      );
    scheme = parsed.scheme;
    compiled.set(id, scheme);
  }
  return scheme;
}
