import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formulaText,
  isNameFormula,
  parseNumber,
  parseRatio,
  parseSeconds,
  plainNumber,
  typedText,
} from "~/ingest/cells.ts";
import { parseDate, parseMonth, wrongWeekday } from "~/ingest/period-cells.ts";
import { reasonText } from "~/reasons/reason-text.ts";

const value = (c: ReturnType<typeof parseNumber>) => (c.ok ? c.value : c);

describe("cells", () => {
  it("reads numbers with thousands separators, decimals and percent", () => {
    expect(value(parseNumber("1,234"))).toBe(1234);
    expect(value(parseNumber("1234.0"))).toBe(1234);
    expect(value(parseNumber("45.3%"))).toBeCloseTo(0.453, 12);
    expect(value(parseNumber("¥12.5"))).toBe(12.5);
    expect(value(parseNumber("-7"))).toBe(-7);
  });

  it("never reads a missing marker as 0, and keeps the platform's reason", () => {
    for (const t of ["", " ", "-", "—", "N/A", "/"])
      expect(parseNumber(t)).toEqual({ ok: false, missing: "empty" });
    expect(parseNumber("延迟统计")).toEqual({ ok: false, missing: "延迟统计" });
    expect(parseNumber("统计中")).toEqual({ ok: false, missing: "统计中" });
  });

  it("quotes the bad text, shortened", () => {
    expect(parseNumber("abc")).toEqual({
      ok: false,
      error: "not a number: 'abc'",
      why: { code: "not-a-number", value: "abc" },
    });
    const huge = parseNumber("x".repeat(10_000_000));
    expect("error" in huge && huge.error.length).toBeLessThan(80);
    expect(parseNumber("1,23")).toHaveProperty("error");
    expect(parseNumber("0x10")).toHaveProperty("error");
  });

  it("reads every duration form as seconds", () => {
    for (const t of ["00:01:23", "1:23", "83秒", "1分23秒", "83s", "83"])
      expect(value(parseSeconds(t))).toBe(83);
    expect(value(parseSeconds("1小时2分3秒"))).toBe(3723);
    expect(parseSeconds("soon")).toMatchObject({ ok: false, error: "not a duration: 'soon'" });
  });

  it("reads ratios as 45.3% or 0.453, and a bare number under a (%) header as percent", () => {
    expect(value(parseRatio("45.3%", false))).toBeCloseTo(0.453);
    expect(value(parseRatio("0.453", false))).toBeCloseTo(0.453);
    expect(value(parseRatio("45.3", true))).toBeCloseTo(0.453);
    expect(parseRatio("45.3", false)).toHaveProperty("error");
  });

  it("reads months and dates in the forms exports use, and rejects impossible ones", () => {
    expect(parseMonth("2026-09")).toEqual({ month: "2026-09" });
    expect(parseMonth("2026/9")).toEqual({ month: "2026-09" });
    expect(parseMonth("2026年9月")).toEqual({ month: "2026-09" });
    // 2026.10 in a number cell is kept as 2026.1: refused rather than read as January.
    expect(parseMonth("2026.1")).toMatchObject({ why: { code: "ambiguous-month" } });
    expect(parseMonth("2026.10")).toEqual({ month: "2026-10" });
    expect(parseMonth("2026.1月")).toEqual({ month: "2026-01" }); // 月: typed as text, no 0 dropped
    expect(parseMonth("2026.01")).toEqual({ month: "2026-01" });
    expect(parseMonth("2026.9")).toEqual({ month: "2026-09" });
    expect(parseMonth("2026-1")).toEqual({ month: "2026-01" });
    expect(parseMonth("2026-13")).toMatchObject({
      error: "invalid month: '2026-13' (expected YYYY-MM)",
    });
    expect(parseDate("2026/9/3")).toEqual({ date: "2026-09-03", month: "2026-09", day: 3 });
    expect(parseDate("2026-09-03 00:00:00")).toMatchObject({ date: "2026-09-03" });
    // A database's or help desk's timestamp, and a weekday after the date (checked against it).
    expect(parseDate("2026-09-12 00:00:00.000")).toMatchObject({ date: "2026-09-12" });
    expect(parseDate("2026-09-12T08:30:00.5")).toMatchObject({ date: "2026-09-12" });
    expect(parseDate("2026-09-10 周四")).toMatchObject({ date: "2026-09-10" });
    expect(parseDate("2026/9/13（星期日）")).toMatchObject({ date: "2026-09-13" });
    expect(parseDate("2026-09-13 周天 00:00:00")).toMatchObject({ date: "2026-09-13" });
    expect(parseDate("2026-09-10 周三")).toHaveProperty("error");
    expect(wrongWeekday("2026-09-10 周三")).toBe("四");
    expect(wrongWeekday("2026-09-10 周四")).toBeNull();
    expect(reasonText({ code: "invalid-date", value: "2026-09-10 周三" }, "en")).toContain(
      "that day is a 周四",
    );
    expect(parseDate("2026-02-30")).toHaveProperty("error");
  });

  it("reads full-width digits, point, comma, percent and colon as their ASCII forms, for every kind", () => {
    expect(value(parseNumber("９０"))).toBe(90);
    expect(value(parseNumber("８５．５"))).toBe(85.5);
    expect(value(parseNumber("１，２３４"))).toBe(1234);
    expect(value(parseNumber("－７"))).toBe(-7);
    expect(value(parseNumber("９０％"))).toBe(0.9);
    expect(value(parseNumber("８５", "score"))).toBe(85);
    expect(value(parseNumber("２", "count"))).toBe(2);
    expect(value(parseRatio("９５％", false))).toBe(0.95);
    expect(value(parseRatio("０．９５", false))).toBe(0.95);
    expect(value(parseRatio("９５", true))).toBe(0.95);
    expect(value(parseSeconds("１：２３"))).toBe(83);
    expect(value(parseSeconds("８３秒"))).toBe(83);
    expect(value(parseSeconds("１分２３秒"))).toBe(83);
    expect(parseMonth("２０２６－１０")).toEqual({ month: "2026-10" });
    expect(parseDate("２０２６／１０／１")).toMatchObject({ date: "2026-10-01" });
    // A full-width dash or N/A is missing like the ASCII one, never 0.
    expect(parseNumber("－")).toEqual({ ok: false, missing: "empty" });
    expect(parseNumber("Ｎ／Ａ")).toEqual({ ok: false, missing: "empty" });
  });

  it("takes only the full-width part of NFKC: a superscript or circled digit is not a number", () => {
    expect(typedText(" ９０ ")).toBe("90");
    for (const t of ["5²", "①", "½", "٣"])
      expect(parseNumber(t)).toMatchObject({ ok: false, why: { code: "not-a-number", value: t } });
  });

  it("reads 元 after a number as it reads ¥ before it", () => {
    for (const t of ["708.0元", "708 元", "¥708.00", "￥708.00", "７０８元", "¥708元"])
      expect(value(parseNumber(t))).toBe(708);
    expect(value(parseNumber("1,234.5元"))).toBe(1234.5);
    expect(value(parseNumber("708元", "count"))).toBe(708);
    for (const t of ["元", "1.2万元", "708元/人", "元708"])
      expect(parseNumber(t)).toMatchObject({ why: { code: "not-a-number", value: t } });
  });

  it("reads 分 after a score and 次 after a count, and no other unit word on any other kind", () => {
    expect(value(parseNumber("90分", "score"))).toBe(90);
    expect(value(parseNumber("８５．５分", "score"))).toBe(85.5);
    expect(value(parseNumber("90 分", "score"))).toBe(90);
    expect(value(parseNumber("2次", "count"))).toBe(2);
    // 分 is points only where the column is a score: elsewhere it is no number.
    for (const [t, kind] of [
      ["90分", undefined],
      ["90分", "amount"],
      ["90分", "count"],
      ["2次", "score"],
      ["2次", undefined],
      ["90分钟", "score"],
      ["1分23秒", "score"],
      ["90分分", "score"],
    ] as const)
      expect(parseNumber(t, kind)).toMatchObject({ why: { code: "not-a-number", value: t } });
  });

  it("still reads 分 in a duration as minutes: 1分23秒 is 83 s, 2分 120 s", () => {
    expect(value(parseSeconds("1分23秒"))).toBe(83);
    expect(value(parseSeconds("2分"))).toBe(120);
    expect(value(parseSeconds("1分"))).toBe(60);
    expect(value(parseSeconds("1小时2分3秒"))).toBe(3723);
    // Under a (分) header a bare number is minutes, and a written unit still wins.
    expect(value(parseSeconds("2", 60))).toBe(120);
    expect(value(parseSeconds("1分23秒", 60))).toBe(83);
    expect(parseSeconds("1分23")).toMatchObject({ why: { code: "not-a-duration" } });
  });

  it('unwraps Excel\'s ="…" text cells (CSV saved to keep 0123 or a date as typed)', () => {
    expect(formulaText('="2026-10-01"')).toBe("2026-10-01");
    expect(formulaText('="a""b"')).toBe('a"b');
    expect(formulaText('\t="43"')).toBe("43");
    expect(formulaText("=SUM(A1:A3)")).toBe("=SUM(A1:A3)");
    expect(formulaText('="12')).toBe('="12');
    expect(value(parseNumber('="123"'))).toBe(123);
    expect(value(parseNumber('="1,234"'))).toBe(1234);
    expect(value(parseRatio('="82.35%"', false))).toBe(0.8235);
    expect(value(parseSeconds('="00:01:23"'))).toBe(83);
    expect(parseNumber('="-"')).toEqual({ ok: false, missing: "empty" });
    expect(parseDate('="2026-10-01"')).toMatchObject({ date: "2026-10-01" });
    expect(parseMonth('="2026-10"')).toEqual({ month: "2026-10" });
    // The quoted text must itself be readable; a formula is no number.
    expect(parseNumber('="abc"')).toMatchObject({ why: { code: "not-a-number", value: '="abc"' } });
    expect(parseNumber("=123")).toMatchObject({ why: { code: "formula-no-value" } });
  });

  it("refuses a formula (a workbook cell saved without its result) as one, in every kind of cell", () => {
    const formula = { why: { code: "formula-no-value", value: "=AVERAGE(C2:D2)" } };
    expect(parseNumber("=AVERAGE(C2:D2)")).toMatchObject(formula);
    expect(parseRatio("=AVERAGE(C2:D2)", true)).toMatchObject(formula);
    expect(parseSeconds("=AVERAGE(C2:D2)")).toMatchObject(formula);
    expect(parseMonth("=AVERAGE(C2:D2)")).toMatchObject(formula);
    // A name is a formula only when it reads as one: a call or a cell reference.
    expect(isNameFormula("=VLOOKUP(A2,花名册!A:B,2,0)")).toBe(true);
    expect(isNameFormula("=花名册!B2")).toBe(true);
    expect(isNameFormula("=$B$2")).toBe(true);
    expect(isNameFormula("=小美")).toBe(false);
    expect(isNameFormula('="小美"')).toBe(false);
  });

  it("reads a month written as the 1st or last day of it, in English Excel's forms, or without its year", () => {
    for (const t of [
      "2026-10-01",
      "2026/10/1",
      "2026年10月1日",
      "20261001",
      "2026-10-01 00:00:00",
      "2026-10-31",
      "Oct-26",
      "OCT-26",
      "Oct 2026",
      "October 2026",
      "Oct-2026",
      "Oct. 2026",
      "2026年10月份",
    ])
      expect([t, parseMonth(t)]).toEqual([t, { month: "2026-10" }]);
    expect(parseMonth("2026-02-28")).toEqual({ month: "2026-02" });
    expect(parseMonth("2028-02-29")).toEqual({ month: "2028-02" });
    expect(parseMonth("Sept-2026")).toEqual({ month: "2026-09" });
    expect(parseMonth("10月")).toEqual({ yearless: 10 });
    expect(parseMonth("１０月份")).toEqual({ yearless: 10 });
    expect(parseMonth("3 月")).toEqual({ yearless: 3 });
  });

  it("refuses a month it cannot be sure of, with the reason", () => {
    expect(parseMonth("2026-10-15")).toMatchObject({
      error:
        "a date, not a month: '2026-10-15' (write the month, e.g. 2026-10: a date in a month column is read only as the 1st or the last day of its month)",
    });
    expect(parseMonth("2026-02-27")).toMatchObject({ why: { code: "month-is-date" } });
    // `Oct 26` may be the 26th of October; `26-Oct` is Excel's d-mmm.
    for (const t of ["Oct 26", "26-Oct", "Octo-26", "Foo-26", "13月", "0月", "2026-10-32", "十月"])
      expect([t, parseMonth(t)]).toMatchObject([t, { why: { code: "invalid-month", value: t } }]);
  });

  it("round-trips any integer written with thousands separators (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        expect(value(parseNumber(n.toLocaleString("en-US")))).toBe(n);
      }),
    );
  });

  it("reads plain numbers digit by digit to exactly what Number() reads (property)", () => {
    const plain = fc
      .tuple(
        fc.boolean(),
        fc.stringMatching(/^[0-9]{1,19}$/),
        fc.option(fc.stringMatching(/^[0-9]{0,6}$/)),
      )
      .map(([neg, whole, frac]) => `${neg ? "-" : ""}${whole}${frac === null ? "" : `.${frac}`}`)
      .filter((t) => t.length <= 20);
    fc.assert(
      fc.property(plain, (text) => {
        expect(Object.is(plainNumber(text), Number(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(plainNumber("-.")).toBeNaN();
    expect([plainNumber(".5"), plainNumber("1.2.3"), plainNumber("1e5"), plainNumber("-")]).toEqual(
      [null, null, null, null],
    );
  });

  it("round-trips h:mm:ss durations (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 0, max: 59 }),
        (h, m, s) => {
          const text = `${h}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
          expect(value(parseSeconds(text))).toBe(h * 3600 + m * 60 + s);
        },
      ),
    );
  });
});
