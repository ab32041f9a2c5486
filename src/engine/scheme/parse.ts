/**
 * parseScheme: raw YAML/JSON data → a compiled `Scheme` plus every problem
 * found, each with the source and the exact path. Never throws on bad input.
 */
import type { z } from "zod";
import zhCN from "zod/v4/locales/zh-CN.js";
import type { SchemeIssue } from "../types.ts";
import { compileScheme } from "./compile.ts";
import { formatPath, issueCollector, type Report } from "./issues.ts";
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
): void {
  const zh = schema.safeParse(data, ZH).error?.issues ?? [];
  zodIssues.forEach((issue, i) => {
    const zhMessage = zh[i]?.message ?? issue.message;
    error(
      formatPath([...prefix, ...issue.path]),
      plainer(issue, valueAt(data, issue.path)) ?? {
        en: issue.message,
        zh: zhMessage,
      },
    );
  });
}

/** Zod's zh-CN words for the types a scheme's fields have. */
const ZH_TYPE: Record<string, string> = {
  object: "对象",
  array: "数组",
  number: "数字",
  string: "字符串",
  boolean: "布尔值",
};

/** The value at a Zod issue's path inside the data (undefined where there is none). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** An empty number field's words: a bound (min, max) is named as the studio's form names it. */
const EMPTY = new Map<PropertyKey, { en: string; zh: string }>([
  ["min", { en: "the lower bound is empty: a number is needed", zh: "下限为空：需要填写一个数字" }],
  ["max", { en: "the upper bound is empty: a number is needed", zh: "上限为空：需要填写一个数字" }],
]);

/**
 * Three of Zod's messages a manager editing YAML reads wrong, said plainly: a
 * field left out ("expected object, received undefined"), a number field left
 * empty (`min:` with nothing after it in YAML, a field the studio's form was
 * emptied in: null, "received null") and a ratio written with a percent sign
 * (`min: 60%`, a string). An empty bound is not "no bound": a bound left out
 * is (the key absent).
 */
function plainer(issue: z.core.$ZodIssue, value: unknown): { en: string; zh: string } | null {
  if (issue.code !== "invalid_type") return null;
  const expected = String(issue.expected);
  if (value === undefined)
    return {
      en: `required: missing (expected ${expected})`,
      zh: `必填项缺失（应为${ZH_TYPE[expected] ?? ` ${expected}`}）`,
    };
  if (value === null && expected === "number")
    return (
      EMPTY.get(issue.path.at(-1) ?? "") ?? {
        en: "empty: a number is needed",
        zh: "为空：需要填写一个数字",
      }
    );
  if (expected === "number" && typeof value === "string" && /%\s*$/.test(value)) {
    const fraction = Number.parseFloat(value) / 100;
    const [en, zh] = Number.isFinite(fraction)
      ? [
          `${Number(fraction.toFixed(6))} for ${value.trim()}`,
          `${value.trim()} 写 ${Number(fraction.toFixed(6))}`,
        ]
      : ["0.6 for 60%", "60% 写 0.6"];
    return {
      en: `expected a number, got '${value}': write ratios as fractions (${en})`,
      zh: `应为数字，实际为 '${value}'：比率请写成小数（${zh}）`,
    };
  }
  return null;
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
  if (!shell.success) addZodIssues(error, [], schemeShellSchema, raw, shell.error.issues);
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
    else addZodIssues(error, ["kpis", i], schema, k, parsed.error.issues);
  });
  if (!shell.success || kpis.length !== rawKpis.length) return { scheme: null, issues };
  const data = { ...shell.data, kpis } as RawScheme;
  checkReferences(data, error);
  if (issues.length > 0) return { scheme: null, issues };
  const scheme = compileScheme(data);
  rawData.set(scheme, raw);
  return { scheme, issues };
}
