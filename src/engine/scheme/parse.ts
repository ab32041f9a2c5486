/**
 * parseScheme: raw YAML/JSON data → a compiled `Scheme` plus every problem
 * found, each with the source and the exact path. Never throws on bad input.
 */
import type { z } from "zod";
import type { SchemeIssue } from "../types.ts";
import { compileScheme } from "./compile.ts";
import { formatPath, issueCollector } from "./issues.ts";
import { kpiSchemas, type RawKpi, type RawScheme, schemeShellSchema } from "./raw-schema.ts";
import { checkReferences } from "./references.ts";
import type { Scheme } from "./types.ts";

function addZodIssues(
  error: (path: string, message: string) => void,
  prefix: readonly PropertyKey[],
  zodIssues: readonly z.core.$ZodIssue[],
): void {
  for (const issue of zodIssues) error(formatPath([...prefix, ...issue.path]), issue.message);
}

/** The data each compiled scheme was parsed from (the scheme studio edits and republishes it). */
const rawData = new WeakMap<Scheme, unknown>();

/** The file data a scheme was compiled from (as written, keys in the file's order). */
export function rawSchemeOf(scheme: Scheme): unknown {
  return rawData.get(scheme);
}

export function parseScheme(
  raw: unknown,
  source: string,
): { scheme: Scheme | null; issues: SchemeIssue[] } {
  const { issues, error } = issueCollector(source);
  const shell = schemeShellSchema.safeParse(raw);
  if (!shell.success) addZodIssues(error, [], shell.error.issues);
  const rawKpis: unknown[] =
    raw !== null && typeof raw === "object" && Array.isArray((raw as { kpis?: unknown }).kpis)
      ? (raw as { kpis: unknown[] }).kpis
      : [];
  const kpis: RawKpi[] = [];
  rawKpis.forEach((k, i) => {
    const type =
      k !== null && typeof k === "object" ? ((k as { type?: unknown }).type ?? "banded") : "banded";
    const schema = kpiSchemas[type as keyof typeof kpiSchemas];
    if (typeof type !== "string" || !schema) {
      error(
        `kpis[${i}].type`,
        `unknown KPI type '${String(type)}' (use ${Object.keys(kpiSchemas).join(", ")})`,
      );
      return;
    }
    const parsed = schema.safeParse(k);
    if (parsed.success) kpis.push(parsed.data);
    else addZodIssues(error, ["kpis", i], parsed.error.issues);
  });
  if (!shell.success || kpis.length !== rawKpis.length) return { scheme: null, issues };
  const data = { ...shell.data, kpis } as RawScheme;
  checkReferences(data, error);
  if (issues.length > 0) return { scheme: null, issues };
  const scheme = compileScheme(data);
  rawData.set(scheme, raw);
  return { scheme, issues };
}
