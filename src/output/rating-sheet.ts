/**
 * A rating sheet (评分表) for the raters to fill: one row per agent with the
 * month filled in, one column per scheme input (each rater's score, counts,
 * ticks, levels, plan scores) headed with its Chinese header, and above the
 * header a note row saying what each column takes. Ingest passes over lines
 * above the header, so the filled sheet is read as it is. One sheet with a
 * column per rater: each column is given once per agent-month. CSV (UTF-8
 * with BOM and CRLF so Excel and WPS open it; agent names neutralised
 * against formula injection) or .xlsx (text cells). Pure.
 */
import { utils, write } from "@e965/xlsx";
import { ruleText } from "../engine/scheme/input-kinds.ts";
import type { InputColumn, Scheme } from "../engine/scheme/types.ts";
import { csvCell } from "./results-csv.ts";

/** The form's levels for a rater's column ("参考：高 8–10、中 4–7、低 0–3"). */
function guidance(scheme: Scheme, input: InputColumn): string {
  for (const k of scheme.kpis) {
    if (k.kind !== "judgement" || k.levels.length < 2) continue;
    if (!k.raters.some((r) => r.input === input.id)) continue;
    return `；参考 guidance: ${k.levels.map((l) => `${l.label.zh} ${l.min}–${l.max}`).join("、")}`;
  }
  return "";
}

/** What a column takes, in both languages: "分数 0–10 / score 0–10；参考 …". */
export function columnNote(scheme: Scheme, input: InputColumn): string {
  const rule = ruleText(input);
  return `${rule.zh} / ${rule.en}${guidance(scheme, input)}`;
}

/** The sheet's rows: a title line, the note row, the header, one row per agent. */
export function ratingRows(scheme: Scheme, month: string, agents: readonly string[]): string[][] {
  const inputs = scheme.inputs;
  const title = `评分表 rating sheet · ${scheme.label.zh} (${scheme.id}) · ${month}：每位客服一行，每列每月填一次；空格 = 未评（缺数据，不算 0）；勿改表头 / one row per agent, each column once a month; an empty cell is missing, never 0; keep the header`;
  return [
    [title],
    ["说明 note", "", ...inputs.map((i) => columnNote(scheme, i))],
    ["客服", "月份", ...inputs.map((i) => i.headers[0] ?? i.id)],
    ...agents.map((a) => [a, month, ...inputs.map(() => "")]),
  ];
}

/** The sheet as CSV: UTF-8 with BOM, CRLF, agent names neutralised against formulas. */
export function ratingSheet(scheme: Scheme, month: string, agents: readonly string[]): string {
  const lines = ratingRows(scheme, month, agents);
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/**
 * The sheet as .xlsx: every cell a text cell (an agent named `=…` stays text,
 * never a formula; a month stays `2026-09`, not a date), columns wide enough
 * to read the notes.
 */
export function ratingWorkbook(
  scheme: Scheme,
  month: string,
  agents: readonly string[],
): Uint8Array {
  const rows = ratingRows(scheme, month, agents);
  const ws = utils.aoa_to_sheet(rows.map((r) => r.map((text) => ({ t: "s", v: text }))));
  ws["!cols"] = (rows[2] ?? []).map((_, i) => ({ wch: i < 2 ? 12 : 24 }));
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, month);
  return write(wb, { type: "buffer", bookType: "xlsx" }) as Uint8Array;
}
