/**
 * parseScheme: raw YAML/JSON data → a compiled `Scheme` plus every problem
 * found, each with the source and the exact path. Never throws on bad input.
 */
import type { z } from "zod";
import zhCN from "zod/v4/locales/zh-CN.js";
import type { SchemeIssue } from "../types.ts";
import { compileScheme } from "./compile.ts";
import { formatPath, issueCollector, type Report } from "./issues.ts";
import { plainer, valueAt } from "./plain-issues.ts";
import { kpiSchemas, type RawKpi, type RawScheme, schemeShellSchema } from "./raw-schema.ts";
import { checkReferences } from "./references.ts";
import type { Scheme } from "./types.ts";

/** Zod's words in Chinese (its own zh-CN locale), for the second reading of a scheme that failed. */
const ZH = { error: zhCN().localeError };

/**
 * The schema's issues in both languages: Zod words them in English; the data
 * is read again with its Chinese locale (only when it failed) and the issues,
 * which come in the same order, are paired.
 */
function addZodIssues(
  error: Report,
  prefix: readonly PropertyKey[],
  schema: z.ZodType,
  data: unknown,
  zodIssues: readonly z.core.$ZodIssue[],
  root: unknown,
): void {
  const zh = schema.safeParse(data, ZH).error?.issues ?? [];
  zodIssues.forEach((issue, i) => {
    const zhMessage = zh[i]?.message ?? issue.message;
    const path = [...prefix, ...issue.path];
    error(
      formatPath(path),
      plainer(issue, valueAt(data, issue.path), path, root) ?? {
        en: issue.message,
        zh: zhMessage,
      },
    );
  });
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
  if (!shell.success) addZodIssues(error, [], schemeShellSchema, raw, shell.error.issues, raw);
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
      const known = Object.keys(kpiSchemas);
      error(`kpis[${i}].type`, {
        en: `unknown KPI type '${String(type)}' (use ${known.join(", ")})`,
        zh: `未知的考核项类型 '${String(type)}'（可用：${known.join("、")}）`,
      });
      return;
    }
    const parsed = schema.safeParse(k);
    if (parsed.success) kpis.push(parsed.data);
    else addZodIssues(error, ["kpis", i], schema, k, parsed.error.issues, raw);
  });
  if (!shell.success || kpis.length !== rawKpis.length) return { scheme: null, issues };
  const data = { ...shell.data, kpis } as RawScheme;
  checkReferences(data, error);
  if (issues.length > 0) return { scheme: null, issues };
  const scheme = compileScheme(data);
  rawData.set(scheme, raw);
  return { scheme, issues };
}
