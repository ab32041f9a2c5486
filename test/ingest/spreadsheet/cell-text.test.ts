/** Excel's own types → the text a CSV would hold. */
import { describe, expect, it } from "vitest";
import { parseRatio } from "~/ingest/cells.ts";
import { cellText, formatKind } from "~/ingest/spreadsheet/cell-text.ts";

describe("cellText", () => {
  it("turns serial dates into ISO dates, and month-only formats into months", () => {
    expect(cellText({ t: "n", v: 46296, z: "yyyy-mm-dd" })).toBe("2026-10-01");
    expect(cellText({ t: "n", v: 46296.75, z: "yyyy/m/d h:mm" })).toBe("2026-10-01");
    expect(cellText({ t: "n", v: 46296, z: 'yyyy"年"m"月"' })).toBe("2026-10");
    expect(cellText({ t: "n", v: 44834, z: "yyyy-mm-dd" }, true)).toBe("2026-10-01");
  });

  it("gives percent-formatted cells as percentages that read back as the exact fraction", () => {
    for (const v of [0.57, 0.453, 0.6, 0.0725, 1]) {
      const text = cellText({ t: "n", v, z: "0.00%" });
      const read = parseRatio(text, true);
      expect(read).toEqual({ ok: true, value: v });
    }
    expect(cellText({ t: "n", v: 0.57, z: "0.00%" })).toBe("57%");
  });

  it("turns durations stored as day fractions into seconds", () => {
    expect(cellText({ t: "n", v: 83 / 86_400, z: "[h]:mm:ss" })).toBe("83");
    expect(cellText({ t: "n", v: 83 / 86_400, z: "mm:ss" })).toBe("83");
    expect(cellText({ t: "n", v: 3723 / 86_400, z: "h:mm:ss" })).toBe("3723");
  });

  it("keeps numbers plain (Excel's 15 digits, no exponent) and text as written", () => {
    expect(cellText({ t: "n", v: 0.1 + 0.2, z: "General" })).toBe("0.3");
    expect(cellText({ t: "n", v: 1e-7 })).toBe("0.0000001");
    expect(cellText({ t: "n", v: 1234.5, z: "#,##0.00" })).toBe("1234.5");
    expect(cellText({ t: "s", v: " 1,234 " })).toBe(" 1,234 ");
    expect(cellText({ t: "e", v: 42 })).toBe("#N/A");
    expect(cellText({ t: "e", v: 7 })).toBe("#DIV/0!");
    expect(cellText(undefined)).toBe("");
  });

  it("gives a formula without its stored result as the formula, an empty stub as empty", () => {
    expect(cellText({ t: "z", v: 0, f: "AVERAGE(C2:D2)" })).toBe("=AVERAGE(C2:D2)");
    expect(cellText({ t: "e", f: "SUM(C2:E2)" })).toBe("=SUM(C2:E2)");
    expect(cellText({ t: "z", z: "0%" })).toBe("");
    // A formula with its result is its result.
    expect(cellText({ t: "n", v: 85, f: "SUM(40,45)" })).toBe("85");
    expect(cellText({ t: "s", v: "", f: 'IF(A2>1,"x","")' })).toBe("");
    // XlsxWriter's 0 in a workbook to be calculated on load is no result; a 0 typed there is.
    expect(cellText({ t: "n", v: 0, f: "AVERAGE(C2:D2)" }, false, true)).toBe("=AVERAGE(C2:D2)");
    expect(cellText({ t: "n", v: 0, f: "AVERAGE(C2:D2)" })).toBe("0");
    expect(cellText({ t: "n", v: 0 }, false, true)).toBe("0");
  });

  it("classifies number formats", () => {
    expect(formatKind("0.0%")).toBe("percent");
    expect(formatKind('[Red]0.00"%"')).toBe("number");
    expect(formatKind("[h]:mm:ss")).toBe("duration");
    expect(formatKind("yyyy-mm-dd")).toBe("date");
    expect(formatKind("m/d/yy h:mm")).toBe("date");
    expect(formatKind("General")).toBe("number");
  });
});
