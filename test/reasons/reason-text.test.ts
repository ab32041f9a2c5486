import { describe, expect, it } from "vitest";
import type { Reason } from "~/reasons/reason.ts";
import { reasonText, shownReason, skipReasonOf } from "~/reasons/reason-text.ts";

/** One reason of every code, with the English words the CLI and the contract have always shown. */
const EXAMPLES: [Reason, string][] = [
  [{ code: "not-a-number", value: "abc" }, "not a number: 'abc'"],
  [{ code: "ratio-above-100", value: "120%" }, "ratio above 100%: '120%' (write 45.3% or 0.453)"],
  [{ code: "not-a-duration", value: "soon" }, "not a duration: 'soon'"],
  [{ code: "invalid-month", value: "2026-13" }, "invalid month: '2026-13' (expected YYYY-MM)"],
  [{ code: "invalid-date", value: "x" }, "invalid date: 'x' (expected YYYY-MM-DD)"],
  [{ code: "not-a-tick", value: "maybe" }, "not a tick: 'maybe' (write 1 or 0, 是 or 否, ✓ or ✗)"],
  [{ code: "not-a-ratio", value: "9" }, "not a ratio: '9' (write 95% or 0.95)"],
  [{ code: "negative-ratio", value: "-1%" }, "negative ratio: '-1%'"],
  [{ code: "not-a-count", value: "1.5" }, "not a count: '1.5' (a whole number ≥ 0)"],
  [{ code: "out-of-range", what: "score", range: "0–10", value: "11" }, "score outside 0–10: '11'"],
  [{ code: "not-a-level", levels: "1 = 优", value: "7" }, "not a level: '7' (1 = 优)"],
  [
    { code: "not-a-kind", kind: "score", range: "0–10", value: "5%" },
    "not a score: '5%' (a number 0–10, no %)",
  ],
  [{ code: "negative", what: "count", value: "-3" }, "negative count: '-3'"],
  [
    {
      code: "part-above-whole",
      part: "paid_buyers",
      partValue: 9,
      whole: "inquiries",
      wholeValue: 5,
    },
    "paid_buyers (9) greater than inquiries (5)",
  ],
  [{ code: "agent-empty" }, "agent is empty"],
  [
    { code: "unclosed-quote" },
    "unclosed quote: this field runs to the end of the file; the row is rejected",
  ],
  [{ code: "agent-too-long", max: 100, value: "x" }, "agent name longer than 100 characters: 'x'"],
  [
    { code: "future", what: "date", stamp: "2026-12-01", today: "2026-11-26" },
    "date in the future: 2026-12-01 (today is 2026-11-26)",
  ],
  [
    { code: "duplicate", agent: "A", when: "2026-09-01", columns: [], at: "a.csv:2" },
    "duplicate: A 2026-09-01 already given at a.csv:2",
  ],
  [{ code: "skip", kind: "totals" }, "totals row"],
  [
    { code: "lock-file" },
    "Office lock file (the workbook is open in Excel or WPS; it holds no data)",
  ],
  [{ code: "hidden-folder" }, "hidden folder (not searched)"],
  [{ code: "empty-sheet" }, "empty sheet"],
  [
    { code: "not-an-export", ext: "" },
    "not an export type (no extension): .csv, .tsv, .txt, .xlsx, .xlsm, .xls and .et are read",
  ],
  [{ code: "no-header", rows: 40 }, "no header: no row in the first 40 names two known columns"],
  [
    {
      code: "missing-input",
      any: [["satisfied_reviews", "reviews"], ["satisfaction"]],
      sources: [["reviews", "missing on 3 of 31 days (延迟统计)"]],
    },
    "missing input: satisfied_reviews + reviews or satisfaction (reviews: missing on 3 of 31 days (延迟统计))",
  ],
  [{ code: "missing-inputs", inputs: ["a", "b"] }, "missing input: a, b"],
  [{ code: "zero-denominator" }, "denominator is 0"],
  [{ code: "no-band", shown: "12.0%" }, "value 12.0% falls in no band"],
  [
    { code: "input-error", input: "q", value: 3, expected: { kind: "tick", words: "yes" } },
    "input error: q = 3 is not 1 (yes) or 0 (no)",
  ],
];

describe("reason codes in words", () => {
  it("keeps the English the CLI and results.json have always shown", () => {
    for (const [reason, en] of EXAMPLES) expect(reasonText(reason, "en")).toBe(en);
  });

  it("says every one in Chinese, without the English words", () => {
    for (const [reason, en] of EXAMPLES) {
      const zh = reasonText(reason, "zh");
      expect(zh, en).toMatch(/[\u4e00-\u9fff]/);
      const words = en.replace(/'[^']*'|\([^)]*\)/g, "").match(/\b[a-z]{3,}(?: [a-z]{2,})+/g) ?? [];
      for (const w of words) expect(zh, `${en} → ${zh}`).not.toContain(w);
    }
    const missing = EXAMPLES.find(([r]) => r.code === "missing-input")?.[0] as Reason;
    expect(reasonText(missing, "zh")).toBe(
      "缺少输入：satisfied_reviews + reviews 或 satisfaction（reviews：31 天中缺 3 天（延迟统计））",
    );
  });

  it("shows a code in the page's language, and words without a code as written", () => {
    expect(shownReason({ reason: "x", why: { code: "zero-denominator" } }, "zh")).toBe("分母为 0");
    expect(shownReason({ reason: "unclosed quote" }, "zh")).toBe("unclosed quote");
    expect(skipReasonOf("average row")).toEqual({ code: "skip", kind: "average" });
    expect(skipReasonOf("something else")).toBeNull();
  });
});
