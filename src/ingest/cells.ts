/**
 * Cell parsers: one exported function per kind. Each returns a number, a
 * missing marker (with the reason when the platform said why), or an error
 * message quoting the cell. A missing cell is never read as 0.
 */

import type { RowReason } from "../reasons/reason.ts";
import { reasonText } from "../reasons/reason-text.ts";
import { quote } from "../reasons/words.ts";
import type { ColumnKind } from "./columns.ts";

export { quote };

export type Cell =
  | { ok: true; value: number }
  | { ok: false; missing: string }
  | { ok: false; error: string; why: RowReason };

/**
 * A cell that is an Excel formula rather than a value: `=AVERAGE(C2:D2)`, as a
 * workbook cell without its stored result reads (spreadsheet/cell-text.ts), or
 * a CSV cell holding one. Not Excel's `="0123"` text wrapping (formulaText).
 */
function isFormula(text: string): boolean {
  const t = text.trimStart();
  return t.length > 1 && t.charCodeAt(0) === 61 && !FORMULA_TEXT.test(t);
}

/**
 * A formula in a name cell: `=` then a function call or a cell reference
 * (`=VLOOKUP(…)`, `=B2`, `=花名册!B2`), which no one types as a name; a name
 * merely starting with `=` stays a name.
 */
export function isNameFormula(text: string): boolean {
  return (
    isFormula(text) &&
    /^\s*=\s*(?:[A-Za-z_][\w.]*\s*\(|(?:'[^']+'!|[^\s!=]+!)?\$?[A-Za-z]{1,3}\$?\d+\b)/.test(text)
  );
}

/**
 * A bad cell: the reason's code, and its English words (the CLI's message). A
 * cell that is a formula is refused as one, whatever the parser's complaint:
 * its value is not in the file, which is what the user must fix.
 */
export function failed(reason: RowReason): { ok: false; error: string; why: RowReason } {
  const why: RowReason =
    "value" in reason && isFormula(reason.value)
      ? { code: "formula-no-value", value: reason.value }
      : reason;
  // The quoted cell as far as `quote` shows it: a 10 MB cell is not carried along.
  const short =
    "value" in why && why.value.length > 41 ? { ...why, value: why.value.slice(0, 41) } : why;
  return { ok: false, error: reasonText(short, "en"), why: short };
}

const MISSING = new Set(["", "-", "--", "—", "——", "–", "n/a", "na", "/", "null", "#n/a"]);
/** Platforms write these while a day's figures are still being counted. */
const PENDING = new Set(["延迟统计", "统计中", "计算中", "数据统计中", "暂无数据", "待统计"]);

/** Missing marker for empty/dash/N/A cells or a "still counting" notice; null for a real value. */
export function missingReason(text: string): string | null {
  return missingOf(typedText(text));
}

/** `missingReason` of a text already made plain by `typedText`. */
function missingOf(t: string): string | null {
  if (MISSING.has(t.toLowerCase())) return "empty";
  if (PENDING.has(t)) return t;
  return null;
}

/** Excel's "keep this as text" wrapping a CSV cell may hold: `="2026-10-01"`, `="0123"`. */
const FORMULA_TEXT = /^\s*="((?:[^"]|"")*)"\s*$/;

/**
 * A cell without Excel's `="…"` text wrapping (a CSV saved so that Excel keeps
 * `0123` or a date as typed): the text inside, its doubled quotes single.
 * Any other text as it is. Cheap when there is no `=` (one character looked at).
 */
export function formulaText(text: string): string {
  const c = text.charCodeAt(0);
  // `=`, or the spaces or tab Excel-safe exports put before it.
  if (c !== 61 && c !== 32 && c !== 9) return text;
  const m = FORMULA_TEXT.exec(text);
  return m ? (m[1] as string).replaceAll('""', '"') : text;
}

/** Full-width ASCII forms (`９０`, `８５．５`, `９０％`, `１：２３`, `－`): what a Chinese keyboard types in full-width mode. */
const FULL_WIDTH = /[\uFF01-\uFF5E]/;
const FULL_WIDTH_ALL = new RegExp(FULL_WIDTH.source, "g");

/**
 * The text a hand-typed cell means, before a number, duration, month or date
 * is read from it: trimmed, without Excel's `="…"` wrapping, and with
 * full-width forms made ASCII — NFKC's mapping of them (`９０` → `90`,
 * `８５．５` → `85.5`, `９０％` → `90%`), and no more of NFKC: it would read a
 * superscript `5²` as `52` and a circled `①` as 1.
 */
export function typedText(text: string): string {
  const t = formulaText(text.trim()).trim();
  if (!FULL_WIDTH.test(t)) return t;
  return t.replace(FULL_WIDTH_ALL, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** Above this many digits an integer part may pass 2^53, where digit-by-digit reading is inexact. */
export const EXACT_DIGITS = 15;

/**
 * Plain `123` / `-12.5` read digit by digit, without allocation: the common
 * case of a big export. The digits form an exact integer and one division by
 * an exact power of ten rounds once, so the result is exactly `Number(text)`.
 * Null when the text is not plain; NaN for a sign or dot without digits.
 */
export function plainNumber(text: string): number | null {
  const n = text.length;
  if (n === 0 || n > 20) return null;
  const negative = text.charCodeAt(0) === 45;
  if (negative && n === 1) return null;
  let digits = 0;
  let whole = 0;
  let scale = 1;
  let dot = false;
  for (let i = negative ? 1 : 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
      if (dot) scale *= 10;
    } else if (c === 46 && !dot && i > 0) dot = true;
    else return null;
  }
  if (digits === 0) return Number.NaN;
  if (digits > EXACT_DIGITS) return Number(text);
  const value = whole / scale;
  return negative ? -value : value;
}

/**
 * Unit words a hand-typed number may end with, by its column's kind: `元`
 * on any number (like the `¥` before it), `分` on a score (`90分`: points; a
 * duration's `1分23秒` is parseSeconds'), `次` on a count (`2次`).
 */
const UNIT = { any: /\s*元$/, score: /\s*分$/, count: /\s*次$/ } as const;

/** A grade a rating sheet may give instead of a score: 优秀, 良好, 合格, 甲等, A, B+, S级. */
const GRADE_WORD =
  /^(?:[A-FS][+-]?|优秀|优良|优|良好|良|较好|好|中等|中|一般|合格|基本合格|及格|较差|差|不合格|不及格|待改进|需改进|达标|未达标|[甲乙丙丁]等?)级?$/i;

/** A grade word where a score was wanted (a score column's cell that is not a number). */
function isGradeWord(text: string): boolean {
  return GRADE_WORD.test(text.trim());
}

/**
 * `1,234`, `1234.0`, `¥12.5`, `708元`, `45.3%` (→ 0.453), full-width or
 * Excel-wrapped (`９０`, `="90"`); `90分` when `kind` is a score, `2次` when a count.
 */
export function parseNumber(text: string, kind?: ColumnKind): Cell {
  const plain = plainNumber(text);
  if (plain !== null && !Number.isNaN(plain)) return { ok: true, value: plain };
  let t = typedText(text);
  const reason = missingOf(t);
  if (reason !== null) return { ok: false, missing: reason };
  t = t.replace(/^[¥￥$]/, "").replace(UNIT.any, "");
  if (kind === "score") t = t.replace(UNIT.score, "");
  else if (kind === "count") t = t.replace(UNIT.count, "");
  let scale = 1;
  if (t.endsWith("%") || t.endsWith("％")) {
    t = t.slice(0, -1).trimEnd();
    scale = 100;
  }
  if (!NUMBER.test(t) || !/\d/.test(t))
    return failed({
      code: kind === "score" && isGradeWord(t) ? "grade-word" : "not-a-number",
      value: text,
    });
  const value = Number(t.replaceAll(",", ""));
  // 45.3 / 100 is 0.45299999999999996 in binary: round to 15 digits, so 45.3% is 0.453 and sits on its band edge.
  return { ok: true, value: scale === 1 ? value : Number((value / scale).toPrecision(15)) };
}

/**
 * A ratio as `45.3%` or `0.453`; a bare number under a `(%)` header is
 * percent. Above 100% is an error unless the ratio may pass it (答问比).
 */
export function parseRatio(text: string, percentHeader: boolean, unbounded = false): Cell {
  const cell = parseNumber(text);
  if (!cell.ok) return cell;
  const hasSign = /[%％]\s*$/.test(typedText(text));
  const value = percentHeader && !hasSign ? Number((cell.value / 100).toPrecision(15)) : cell.value;
  if (!unbounded && value > 1 + 1e-9) return failed({ code: "ratio-above-100", value: text });
  return { ok: true, value };
}

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/;
const WORDS =
  /^(?:(\d+(?:\.\d+)?)\s*(?:小时|时|h))?\s*(?:(\d+(?:\.\d+)?)\s*(?:分钟|分|m|min))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒|s|sec))?$/i;

/**
 * `00:01:23`, `1:23`, `83秒`, `1分23秒`, `83s`, `1小时2分3秒`, or a bare
 * number of seconds — or of minutes or hours under a `(分)`/`(时)` header
 * (`scale` 60 or 3600: only bare numbers are scaled, a written unit wins).
 */
export function parseSeconds(text: string, scale = 1): Cell {
  const plain = plainNumber(text);
  if (plain !== null && !Number.isNaN(plain)) return { ok: true, value: plain * scale };
  const t = typedText(text);
  const reason = missingOf(t);
  if (reason !== null) return { ok: false, missing: reason };
  const clock = CLOCK.exec(t);
  if (clock)
    return {
      ok: true,
      value: Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]),
    };
  const words = WORDS.exec(t);
  if (words && (words[1] ?? words[2] ?? words[3]) !== undefined) {
    return {
      ok: true,
      value: Number(words[1] ?? 0) * 3600 + Number(words[2] ?? 0) * 60 + Number(words[3] ?? 0),
    };
  }
  const asNumber = parseNumber(t);
  if (asNumber.ok) return { ok: true, value: asNumber.value * scale };
  if ("missing" in asNumber) return asNumber;
  return failed({ code: "not-a-duration", value: text });
}
