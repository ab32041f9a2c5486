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

const DIGITS: Record<Style, [min: number, max: number, scale: number]> = {
  percent1: [1, 1, 100],
  percentTick: [0, 1, 100],
  max0: [0, 0, 1],
  max1: [0, 1, 1],
  max2: [0, 2, 1],
  fixed2: [2, 2, 1],
};

/**
 * Intl's output for the common case, without Intl (formatting is a hot path of
 * a large build): below 1,000 neither locale groups digits and both write "."
 * and "-". Like Intl, ties round away from zero on the value's short decimal
 * form (0.285 → 0.29): the 1e-15 nudge undoes binary representation error
 * (0.285 × 100 = 28.499999999999996) without moving any value that is not a tie.
 */
function format(lang: Lang, style: Style, value: number): string {
  const [min, max, scale] = DIGITS[style];
  const f = max === 0 ? 1 : max === 1 ? 10 : 100;
  const units = Math.round(Math.abs(value * scale) * f * (1 + 1e-15));
  if (!(units < 1000 * f)) return numberFormat(lang, style).format(value);
  const whole = Math.floor(units / f);
  let frac = units - whole * f;
  let digits = max;
  // Drop trailing zeros down to the minimum number of decimals.
  while (digits > min && frac % 10 === 0) {
    frac /= 10;
    digits--;
  }
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  const decimals = digits === 0 ? "" : `.${String(frac).padStart(digits, "0")}`;
  return `${sign}${whole}${decimals}${scale === 100 ? "%" : ""}`;
}

/** What a missing value reads as: a dash, never 0. */
export const MISSING_TEXT = "—";

/** `0.5213` ratio → `52.1%`; `12` seconds → `12 s`; `1.25` multiple → `1.25×`; null → `—`. */
export function formatValue(value: number | null | undefined, unit: Unit, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_TEXT;
  switch (unit) {
    case "ratio":
      return format(lang, "percent1", value);
    case "seconds":
      return `${format(lang, "max1", value)} s`;
    case "multiple":
      return `${format(lang, "fixed2", value)}×`;
    case "count":
      return format(lang, "max0", value);
    case "yuan":
      return `¥${format(lang, "max2", value)}`;
    case "score":
      return format(lang, "max1", value);
  }
}

/** Per unit: the scale shown (a ratio as a percent), the decimals formatValue gives, and its minimum. */
const SHOWN: Record<
  Unit,
  { scale: number; digits: number; min: number; before: string; after: string }
> = {
  ratio: { scale: 100, digits: 1, min: 1, before: "", after: "%" },
  seconds: { scale: 1, digits: 1, min: 0, before: "", after: " s" },
  multiple: { scale: 1, digits: 2, min: 2, before: "", after: "×" },
  count: { scale: 1, digits: 0, min: 0, before: "", after: "" },
  yuan: { scale: 1, digits: 2, min: 0, before: "¥", after: "" },
  score: { scale: 1, digits: 1, min: 0, before: "", after: "" },
};

/**
 * Like `formatValue`, but never rounded onto or across one of `edges` (band
 * bounds, grade minimums) the value itself is not: 59.999% beside
 * "60% > X ≥ 50%" reads "59.999%", not "60.0%"; a total of 89.995 under a
 * grade from 90 reads "89.995". As many more decimals as that takes (up to 6).
 */
export function formatBeside(
  value: number | null | undefined,
  unit: Unit,
  lang: Lang,
  edges: readonly number[],
): string {
  const plain = formatValue(value, unit, lang);
  if (value === null || value === undefined || !Number.isFinite(value)) return plain;
  const { scale, digits, min, before, after } = SHOWN[unit];
  const crosses = (shown: number) =>
    edges.some((e) => {
      if (Math.abs(value - e) <= 1e-12 * Math.max(1, Math.abs(e))) return false;
      return (shown - e) * (value - e) <= 0;
    });
  const rounded = (d: number) =>
    Math.round(value * scale * 10 ** d * (1 + 1e-15)) / 10 ** d / scale;
  if (!crosses(rounded(digits))) return plain;
  for (let d = digits + 1; d <= digits + 6; d++) {
    if (crosses(rounded(d)) && d < digits + 6) continue;
    return `${before}${finer(lang, min, d).format(value * scale)}${after}`;
  }
  return plain;
}

/** formatBeside's formatters, made once each: a large build asks for them tens of thousands of times. */
const FINER = new Map<string, Intl.NumberFormat>();
function finer(lang: Lang, min: number, digits: number): Intl.NumberFormat {
  const key = `${lang}${min}${digits}`;
  let nf = FINER.get(key);
  if (nf === undefined) {
    nf = new Intl.NumberFormat(LOCALES[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: digits,
    });
    FINER.set(key, nf);
  }
  return nf;
}

/** Axis tick text: like `formatValue` but percentages drop a trailing `.0`. */
export function formatTick(value: number, unit: Unit, lang: Lang): string {
  if (unit === "ratio") {
    return format(lang, "percentTick", value);
  }
  if (unit === "multiple") {
    return `${format(lang, "max2", value)}×`;
  }
  return formatValue(value, unit, lang);
}

/** `26 分` / `26 pts`. */
export function formatPoints(points: number | null | undefined, lang: Lang): string {
  if (points === null || points === undefined || !Number.isFinite(points)) return MISSING_TEXT;
  const n = format(lang, "max2", points);
  return lang === "zh" ? `${n} 分` : `${n} pts`;
}

/** Pick the label for the report's language. */
export function t(lang: Lang, zh: string, en: string): string {
  return lang === "zh" ? zh : en;
}
