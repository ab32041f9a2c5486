/**
 * Project config `data/config.yaml` (all fields optional): report title,
 * default scheme, scheme by role, exports folder, the user's own header
 * mapping (`columns:`) and weights for daily rates (`weights:`). Validated
 * with zod; every problem names the file and the field.
 */
import { isAbsolute, join, resolve } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import type { ColumnMapping } from "./header-rules.ts";
import {
  parseSchemesFrom,
  type SchemePeriod,
  schemeRefAt,
  schemesFromSchema,
} from "./scheme-periods.ts";
import { type LineOf, yamlLines } from "./yaml-lines.ts";
import { fullWidthHint, readYamlText } from "./yaml-text.ts";

const configSchema = z
  .object({
    title: z.object({ zh: z.string(), en: z.string() }).strict().optional(),
    defaultScheme: z.string().min(1).optional(),
    schemeByRole: z.record(z.string(), z.string().min(1)).optional(),
    /** Another default or role's scheme from a month on (scheme-periods.ts). */
    schemesFrom: schemesFromSchema,
    exports: z.string().min(1).optional(),
    /** Header → column, for every file; or a file pattern → { header → column } for matching files. */
    columns: z
      .record(
        z.string().min(1),
        z.union([z.string().min(1), z.record(z.string().min(1), z.string().min(1))]),
      )
      .optional(),
    /** Daily-rate column → the column to weight it by where its denominator is absent. */
    weights: z.record(z.string().min(1), z.string().min(1)).optional(),
  })
  .strict();

export interface ProjectConfig {
  title: { zh: string; en: string };
  defaultScheme: string;
  /** Role → scheme id, a Map so any role text is safe as a key. */
  schemeByRole: Map<string, string>;
  /** `schemesFrom:` in month order: what replaces the two above from each month on. */
  schemesFrom: SchemePeriod[];
  /** Exports folder, relative to the project root (the file gives it relative to data/). */
  exports: string;
  /** `columns:` as written: column ids are checked against the catalogue once schemes are known. */
  columns: ColumnMapping[];
  weights: Record<string, string>;
}

export const DEFAULT_CONFIG: ProjectConfig = {
  title: { zh: "客服绩效考核", en: "Customer-service appraisal" },
  defaultScheme: "seed-monthly",
  schemeByRole: new Map(),
  schemesFrom: [],
  exports: "data/exports",
  columns: [],
  weights: {},
};

/** Validates parsed YAML; errors are `file: field: message` strings. */
export function parseConfig(
  raw: unknown,
  file: string,
  /** The line each path was read from (yaml-lines.ts): messages then say `file:line:`. */
  lineOf?: LineOf,
): { config: ProjectConfig; errors: string[] } {
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => {
      // An unknown key's line is its own, not its map's.
      const keys = "keys" in i && Array.isArray(i.keys) ? i.keys : [];
      const line = lineOf?.([...i.path, ...keys.slice(0, 1)].join("."));
      return `${file}${line === undefined ? "" : `:${line}`}: ${i.path.join(".") || "(top)"}: ${i.message}`;
    });
    return { config: DEFAULT_CONFIG, errors };
  }
  const c = parsed.data;
  const { periods, errors } = parseSchemesFrom(c.schemesFrom, file);
  if (errors.length > 0) return { config: DEFAULT_CONFIG, errors };
  return {
    config: {
      title: c.title ?? DEFAULT_CONFIG.title,
      defaultScheme: c.defaultScheme ?? DEFAULT_CONFIG.defaultScheme,
      schemeByRole: new Map(Object.entries(c.schemeByRole ?? {})),
      schemesFrom: periods,
      // Relative to data/, as the sample config says; an absolute path is taken as is.
      exports:
        c.exports === undefined
          ? DEFAULT_CONFIG.exports
          : isAbsolute(c.exports)
            ? c.exports
            : join("data", c.exports),
      columns: Object.entries(c.columns ?? {}).flatMap(([key, value]) =>
        typeof value === "string"
          ? [{ header: key, column: value }]
          : Object.entries(value).map(([header, column]) => ({ header, column, files: key })),
      ),
      weights: c.weights ?? {},
    },
    errors: [],
  };
}

/** Reads the config file; a missing file means the defaults. */
export async function loadConfig(
  file: string,
): Promise<{ config: ProjectConfig; errors: string[] }> {
  let text: string;
  try {
    text = await readYamlText(file);
  } catch (error) {
    // Only a config that is not there means the defaults; an unreadable one is a config error.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { config: DEFAULT_CONFIG, errors: [] };
    return { config: DEFAULT_CONFIG, errors: [`${file}: cannot read: ${code ?? String(error)}`] };
  }
  try {
    // Parsed keeping positions, so that a message names its line as a scheme file's does.
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines });
    if (doc.errors[0]) throw doc.errors[0];
    const parsed = parseConfig(doc.toJS(), file, yamlLines(doc, lines));
    // `defaultScheme： presales` parses as one string ("(top): expected object"): say why first.
    const hint = parsed.errors.length > 0 ? fullWidthHint(text) : null;
    if (hint) parsed.errors.unshift(`${file}: ${hint}`);
    return parsed;
  } catch (err) {
    const hint = fullWidthHint(text);
    return {
      config: DEFAULT_CONFIG,
      errors: [`${file}: invalid YAML: ${hint ? `${hint}; ` : ""}${(err as Error).message}`],
    };
  }
}

/**
 * The exports folder `data/config.yaml` names (absolute), read before anything else so that no
 * output lands in it; the defaults' when the config is missing or broken (the load reports that).
 */
export async function configuredExports(projectRoot: string): Promise<string> {
  const { config } = await loadConfig(join(projectRoot, "data", "config.yaml"));
  return resolve(projectRoot, config.exports);
}

/**
 * The scheme reference a role gets in a month: `schemeByRole`'s, else
 * `defaultScheme`, each as `schemesFrom:` has it from that month on (report,
 * score and template alike).
 */
export function schemeRefFor(
  config: ProjectConfig,
  role: string | undefined,
  month?: string,
): string {
  return schemeRefAt(config, role, month);
}
