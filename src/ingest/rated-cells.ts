/**
 * Cells of rated inputs (a scheme's judgement, count, tick, level and plan
 * columns), checked against the input's kind and range as they are read: a
 * value that breaks its rule is an error quoting the cell, never a silent
 * "missing" or a score out of scale. Pure.
 */
import { type Cell, failed, missingReason, parseNumber, parseRatio, typedText } from "./cells.ts";
import type { InputColumn } from "./columns.ts";

/** Ticks: 1/0, 是/否, ✓/✗ (and the √/× Chinese keyboards type), y/n, yes/no, true/false. */
const TICK_YES = new Set(["1", "是", "✓", "✔", "√", "y", "yes", "true"]);
const TICK_NO = new Set(["0", "否", "✗", "✘", "×", "x", "n", "no", "false"]);

const range = (c: InputColumn) => `${c.min ?? "…"}–${c.max ?? "…"}`;

function inRange(
  text: string,
  value: number,
  c: InputColumn,
  what: "ratio" | "score" | "value",
): Cell {
  if ((c.min !== undefined && value < c.min) || (c.max !== undefined && value > c.max))
    return failed({ code: "out-of-range", what, range: range(c), value: text });
  return { ok: true, value };
}

/** Level n (1 = the first listed) or a level's name. */
function parseLevel(text: string, c: InputColumn): Cell {
  const t = typedText(text);
  const names = c.levels ?? [];
  const byName = names.findIndex((aliases) =>
    aliases.some((a) => a.toLowerCase() === t.toLowerCase()),
  );
  if (byName >= 0) return { ok: true, value: byName + 1 };
  const n = Number(t);
  if (Number.isInteger(n) && n >= 1 && n <= names.length) return { ok: true, value: n };
  const list = names.map((aliases, i) => `${i + 1} = ${aliases[0] ?? ""}`).join(", ");
  return failed({ code: "not-a-level", levels: list, value: text });
}

/** A score followed by a word in brackets: `95（优秀）`, `88 (良好)` (full-width already ASCII). */
const GRADE_WORD = /^(.*\d.*?)\s*\(\s*[^\d()]+?\s*\)$/;

/**
 * The score without the grade word a supervisor wrote after it: the word only
 * names the score's level, it does not change it. A bracket holding a digit
 * (`90(+5)`, `95(满分100)`) may change the value and is left, to be refused.
 */
function withoutGradeWord(t: string): string {
  return GRADE_WORD.exec(t)?.[1] ?? t;
}

export function parseRated(text: string, c: InputColumn, percentHeader: boolean): Cell {
  const reason = missingReason(text);
  if (reason !== null) return { ok: false, missing: reason };
  // Full-width (`９０`, `１`) and Excel's `="…"` read as typed plainly.
  const t = typedText(text);
  switch (c.kind) {
    case "tick": {
      const k = t.toLowerCase();
      if (TICK_YES.has(k)) return { ok: true, value: 1 };
      if (TICK_NO.has(k)) return { ok: true, value: 0 };
      return failed({ code: "not-a-tick", value: text });
    }
    case "level":
      return parseLevel(text, c);
    case "ratio": {
      const sign = /[%％]$/.test(t);
      const cell = parseRatio(text, percentHeader);
      if ("error" in cell && !sign && !percentHeader)
        return failed({ code: "not-a-ratio", value: text });
      if (!cell.ok) return cell;
      if (cell.value < 0) return failed({ code: "negative-ratio", value: text });
      return inRange(text, cell.value, c, "ratio");
    }
    default: {
      if (/[%％]$/.test(t) && c.kind !== "amount")
        return failed({ code: "not-a-kind", kind: c.kind, range: range(c), value: text });
      // A unit after the number: `90分` on a score, `2次` on a count (parseNumber).
      const score = c.kind === "score" ? withoutGradeWord(t) : t;
      const cell = parseNumber(score === t ? text : score, c.kind);
      // A grade word (优秀, A) where a score was wanted: the scheme gives the score's scale.
      if (
        "why" in cell &&
        cell.why.code === "grade-word" &&
        (c.min !== undefined || c.max !== undefined)
      )
        return failed({ code: "grade-word", range: range(c), value: text });
      if (!cell.ok) return cell;
      if (c.kind === "count" && (!Number.isInteger(cell.value) || cell.value < 0))
        return failed({ code: "not-a-count", value: text });
      return inRange(text, cell.value, c, c.kind === "score" ? "score" : "value");
    }
  }
}
