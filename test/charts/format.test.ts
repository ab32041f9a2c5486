import { describe, expect, it } from "vitest";
import { formatBeside, formatPoints, formatTick, formatValue } from "~/charts/format.ts";

describe("formatValue", () => {
  it("formats each unit in both languages", () => {
    expect(formatValue(0.5213, "ratio", "zh")).toBe("52.1%");
    expect(formatValue(0.5213, "ratio", "en")).toBe("52.1%");
    expect(formatValue(12, "seconds", "en")).toBe("12 s");
    expect(formatValue(12.34, "seconds", "zh")).toBe("12.3 s");
    expect(formatValue(1.25, "multiple", "en")).toBe("1.25×");
    expect(formatValue(1234, "count", "en")).toBe("1,234");
    expect(formatValue(1234.5, "yuan", "zh")).toBe("¥1,234.5");
    expect(formatValue(86.25, "score", "en")).toBe("86.3");
  });

  it("shows a missing value as a dash, never as 0", () => {
    expect(formatValue(null, "ratio", "zh")).toBe("—");
    expect(formatValue(undefined, "count", "en")).toBe("—");
    expect(formatValue(Number.NaN, "score", "en")).toBe("—");
    expect(formatPoints(null, "zh")).toBe("—");
  });

  it("labels points per language", () => {
    expect(formatPoints(26, "zh")).toBe("26 分");
    expect(formatPoints(26, "en")).toBe("26 pts");
  });

  it("drops a trailing .0 on percentage ticks", () => {
    expect(formatTick(0.6, "ratio", "en")).toBe("60%");
    expect(formatTick(0.525, "ratio", "en")).toBe("52.5%");
  });
});

describe("formatBeside", () => {
  it("adds decimals rather than round a value onto or across an edge it did not reach", () => {
    expect(formatBeside(0.59999, "ratio", "zh", [0.5, 0.6])).toBe("59.999%");
    expect(formatBeside(1.2499, "multiple", "en", [1.16, 1.25])).toBe("1.2499×");
    expect(formatBeside(6.04, "seconds", "en", [6, 12])).toBe("6.04 s");
    expect(formatBeside(89.995, "score", "zh", [90, 80])).toBe("89.995");
    expect(formatBeside(29.96, "seconds", "en", [30, 35])).toBe("29.96 s");
  });

  it("reads as formatValue wherever rounding keeps the value's side of every edge", () => {
    expect(formatBeside(0.5213, "ratio", "zh", [0.5, 0.6])).toBe(
      formatValue(0.5213, "ratio", "zh"),
    );
    expect(formatBeside(0.6, "ratio", "en", [0.5, 0.6])).toBe("60.0%");
    expect(formatBeside(90, "score", "en", [90])).toBe("90");
    expect(formatBeside(null, "ratio", "en", [0.6])).toBe("—");
  });
});
