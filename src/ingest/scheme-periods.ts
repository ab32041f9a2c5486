/**
 * `schemesFrom:` in data/config.yaml: another scheme from a month on. A
 * manager who raises a target from 2026-09, adds a KPI or changes the pay
 * table writes the new version as a scheme file of its own and names it here
 * from that month; the months before keep the scheme they were scored with.
 * Editing the published scheme in place re-scored every month before, and a
 * season (months of any year) cannot say "from 2026-09 on". Pure.
 */
import { z } from "zod";
import { parseMonth } from "./period-cells.ts";

export const schemesFromSchema = z
  .array(
    z
      .object({
        from: z.union([z.string().min(1), z.number()]),
        defaultScheme: z.string().min(1).optional(),
        schemeByRole: z.record(z.string(), z.string().min(1)).optional(),
      })
      .strict(),
  )
  .optional();

/** One `schemesFrom:` entry: from `from` on, these replace the ones before. */
export interface SchemePeriod {
  /** `YYYY-MM`. */
  from: string;
  defaultScheme?: string;
  schemeByRole: Map<string, string>;
}

/** The entries in month order, or the errors naming `schemesFrom.N.from`. */
export function parseSchemesFrom(
  raw: z.infer<typeof schemesFromSchema>,
  file: string,
): { periods: SchemePeriod[]; errors: string[] } {
  const errors: string[] = [];
  const periods: SchemePeriod[] = [];
  for (const [i, entry] of (raw ?? []).entries()) {
    // YAML reads an unquoted 2026.10 as the number 2026.1, which would read as 2026-01:
    // a number is a month only when whole (202610); any other is refused, not guessed.
    if (typeof entry.from === "number" && !Number.isInteger(entry.from)) {
      errors.push(
        `${file}: schemesFrom.${i}.from: ${entry.from} is a number to YAML (2026.10 reads as 2026.1): quote the month, as from: '2026-10'`,
      );
      continue;
    }
    const text = String(entry.from);
    const month = parseMonth(text);
    if (!("month" in month)) {
      errors.push(
        `${file}: schemesFrom.${i}.from: '${text}' is not a month: write the first month the schemes hold, as 2026-09`,
      );
      continue;
    }
    if (periods.some((p) => p.from === month.month)) {
      errors.push(
        `${file}: schemesFrom.${i}.from: ${month.month} is given twice: write one entry per month`,
      );
      continue;
    }
    const period: SchemePeriod = {
      from: month.month,
      schemeByRole: new Map(Object.entries(entry.schemeByRole ?? {})),
    };
    if (entry.defaultScheme !== undefined) period.defaultScheme = entry.defaultScheme;
    periods.push(period);
  }
  periods.sort((a, b) => (a.from < b.from ? -1 : 1));
  return { periods, errors };
}

interface Mapping {
  defaultScheme: string;
  schemeByRole: Map<string, string>;
  schemesFrom: readonly SchemePeriod[];
}

/**
 * The scheme reference a role gets in `month`: each entry from that month or
 * before replaces the default and the roles it names, in month order; no
 * month (a roster agent without data) reads the mapping before any entry.
 */
export function schemeRefAt(config: Mapping, role: string | undefined, month?: string): string {
  let ref = role === undefined ? undefined : config.schemeByRole.get(role);
  let fallback = config.defaultScheme;
  if (month !== undefined)
    for (const p of config.schemesFrom) {
      if (p.from > month) break;
      if (p.defaultScheme !== undefined) fallback = p.defaultScheme;
      const own = role === undefined ? undefined : p.schemeByRole.get(role);
      if (own !== undefined) ref = own;
    }
  return ref ?? fallback;
}

/** Every scheme reference the config names, where it names it (for loading, and for an unknown one's message). */
export function schemeRefsNamed(config: Mapping): { ref: string; where: string }[] {
  return [
    { ref: config.defaultScheme, where: "defaultScheme" },
    ...[...config.schemeByRole].map(([role, ref]) => ({ ref, where: `schemeByRole.${role}` })),
    ...config.schemesFrom.flatMap((p) => [
      ...(p.defaultScheme === undefined
        ? []
        : [{ ref: p.defaultScheme, where: `schemesFrom(${p.from}).defaultScheme` }]),
      ...[...p.schemeByRole].map(([role, ref]) => ({
        ref,
        where: `schemesFrom(${p.from}).schemeByRole.${role}`,
      })),
    ]),
  ];
}
