/**
 * The report's two languages. Chinese is served at the contract's routes,
 * English under /en/. Every user-facing string on the site comes from here;
 * numbers, money and months are formatted with Intl per locale.
 */
import { formatValue } from "../charts/format.ts";
import type { Label } from "../engine/types.ts";

export type Lang = "zh" | "en";
export const LANGS: readonly Lang[] = ["zh", "en"];

const locale: Record<Lang, string> = { zh: "zh-CN", en: "en-GB" };

export function pick(label: Label, lang: Lang): string {
  return label[lang] || label.zh || label.en;
}

export function htmlLang(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en";
}

export { formatBeside, formatPoints, formatValue } from "../charts/format.ts";

export function fmtNumber(x: number | null | undefined, lang: Lang): string {
  return formatValue(x, "score", lang);
}

// Intl formatters are costly to build and pages format thousands of values: one per language.
const payFormat = {
  zh: new Intl.NumberFormat(locale.zh, {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
    maximumFractionDigits: 0,
  }),
  en: new Intl.NumberFormat(locale.en, {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
    maximumFractionDigits: 0,
  }),
};
const monthFormat = {
  long: {
    zh: new Intl.DateTimeFormat(locale.zh, { year: "numeric", month: "long", timeZone: "UTC" }),
    en: new Intl.DateTimeFormat(locale.en, { year: "numeric", month: "long", timeZone: "UTC" }),
  },
  short: {
    zh: new Intl.DateTimeFormat(locale.zh, { year: "numeric", month: "short", timeZone: "UTC" }),
    en: new Intl.DateTimeFormat(locale.en, { year: "numeric", month: "short", timeZone: "UTC" }),
  },
};

/** Pages repeat a few pay amounts and months thousands of times: each text is formatted once. */
const formatted = new Map<string, string>();
function once(key: string, make: () => string): string {
  let text = formatted.get(key);
  if (text === undefined) {
    text = make();
    if (formatted.size < 10_000) formatted.set(key, text);
  }
  return text;
}

/** Performance pay is a signed amount in yuan: +300 元 / −50 元. */
export function fmtPay(x: number | null | undefined, lang: Lang): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "—";
  return once(`pay|${lang}|${x}`, () => {
    const abs = payFormat[lang].format(Math.abs(x));
    return `${x > 0 ? "+" : x < 0 ? "−" : ""}${abs}`;
  });
}

/** Signed change, e.g. "+4.5" / "−2" / "±0". */
export function fmtDelta(x: number | null | undefined, lang: Lang, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "—";
  const r = Number(x.toFixed(digits));
  if (r === 0) return "±0";
  return `${r > 0 ? "+" : "−"}${fmtNumber(Math.abs(r), lang)}`;
}

/** `2026-09` → "2026年9月" / "Sep 2026". */
export function fmtMonth(month: string, lang: Lang, style: "long" | "short" = "long"): string {
  return once(`month|${lang}|${style}|${month}`, () => {
    const [y, m] = month.split("-").map(Number);
    if (!y || !m) return month;
    return monthFormat[style][lang].format(new Date(Date.UTC(y, m - 1, 1)));
  });
}
