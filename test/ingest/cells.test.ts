import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseDate,
  parseMonth,
  parseNumber,
  parseRatio,
  parseSeconds,
  plainNumber,
} from "~/ingest/cells.ts";

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
    expect(parseMonth("2026-13")).toMatchObject({
      error: "invalid month: '2026-13' (expected YYYY-MM)",
    });
    expect(parseDate("2026/9/3")).toEqual({ date: "2026-09-03", month: "2026-09", day: 3 });
    expect(parseDate("2026-09-03 00:00:00")).toMatchObject({ date: "2026-09-03" });
    expect(parseDate("2026-02-30")).toHaveProperty("error");
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
