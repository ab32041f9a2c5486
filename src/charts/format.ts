/**
 * Value formatting for chart labels, tips and tables, by unit and language.
 * Pure; `Intl.NumberFormat` exists in Node and in browsers alike.
 */
import type { Lang, Unit } from "./types.ts";

const LOCALES: Record<Lang, string> = { zh: "zh-CN", en: "en-US" };
/** The few number styles charts use, each built once per language (Intl formatters are costly). */
const STYLES = {
  percent1: { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 },
  percentTick: { style: "percent", maximumFractionDigits: 1 },
  max0: { maximumFractionDigits: 0 },
  max1: { maximumFractionDigits: 1 },
  max2: { maximumFractionDigits: 2 },
  fixed2: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
} satisfies Record<string, Intl.NumberFormatOptions>;
type Style = keyof typeof STYLES;
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, style: Style): Intl.NumberFormat {
  const key = `${lang}|${style}`;
  let nf = cache.get(key);
  if (nf === undefined) {
    nf = new Intl.NumberFormat(LOCALES[lang], STYLES[style]);
    cache.set(key, nf);
  }
  return nf;
}

/** What a missing value reads as: a dash, never 0. */
export const MISSING_TEXT = "—";

/** `0.5213` ratio → `52.1%`; `12` seconds → `12 s`; `1.25` multiple → `1.25×`; null → `—`. */
export function formatValue(value: number | null | undefined, unit: Unit, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_TEXT;
  switch (unit) {
    case "ratio":
      return numberFormat(lang, "percent1").format(value);
    case "seconds":
      return `${numberFormat(lang, "max1").format(value)} s`;
    case "multiple":
      return `${numberFormat(lang, "fixed2").format(value)}×`;
    case "count":
      return numberFormat(lang, "max0").format(value);
    case "yuan":
      return `¥${numberFormat(lang, "max2").format(value)}`;
    case "score":
      return numberFormat(lang, "max1").format(value);
  }
}

/** Axis tick text: like `formatValue` but percentages drop a trailing `.0`. */
export function formatTick(value: number, unit: Unit, lang: Lang): string {
  if (unit === "ratio") {
    return numberFormat(lang, "percentTick").format(value);
  }
  if (unit === "multiple") {
    return `${numberFormat(lang, "max2").format(value)}×`;
  }
  return formatValue(value, unit, lang);
}

/** `26 分` / `26 pts`. */
export function formatPoints(points: number | null | undefined, lang: Lang): string {
  if (points === null || points === undefined || !Number.isFinite(points)) return MISSING_TEXT;
  const n = numberFormat(lang, "max2").format(points);
  return lang === "zh" ? `${n} 分` : `${n} pts`;
}

/** Pick the label for the report's language. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === "zh" ? zh : en;
}
