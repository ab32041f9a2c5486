/**
 * The chart formatters skip Intl for speed below 1,000: they must still write
 * exactly what Intl writes, for every unit, both languages, ties and signs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPoints, formatTick, formatValue } from "~/charts/format.ts";
import type { Lang, Unit } from "~/charts/types.ts";

const UNITS: Unit[] = ["ratio", "seconds", "multiple", "count", "yuan", "score"];
const LOCALE = { zh: "zh-CN", en: "en-US" } as const;

function viaIntl(v: number, unit: Unit, lang: Lang): string {
  const n = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(LOCALE[lang], o).format(v);
  switch (unit) {
    case "ratio":
      return n({ style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
    case "seconds":
      return `${n({ maximumFractionDigits: 1 })} s`;
    case "multiple":
      return `${n({ minimumFractionDigits: 2, maximumFractionDigits: 2 })}×`;
    case "count":
      return n({ maximumFractionDigits: 0 });
    case "yuan":
      return `¥${n({ maximumFractionDigits: 2 })}`;
    case "score":
      return n({ maximumFractionDigits: 1 });
  }
}

describe("formatValue without Intl", () => {
  it("matches Intl on ties, signs and the 1,000 boundary", () => {
    for (const v of [0.5213, 0.285, 1.005, -0.001, -2.25, 12.25, 0.0005, 999.95, 0.99995, 1234.5]) {
      for (const unit of UNITS) expect(formatValue(v, unit, "zh")).toBe(viaIntl(v, unit, "zh"));
    }
  });

  it("matches Intl for any value, unit and language", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5000, max: 5000, noNaN: true }),
        fc.constantFrom(...UNITS),
        fc.constantFrom<Lang>("zh", "en"),
        (v, unit, lang) => formatValue(v, unit, lang) === viaIntl(v, unit, lang),
      ),
      { numRuns: 5000 },
    );
  });

  it("formats ticks and points like Intl too", () => {
    expect(formatTick(0.55, "ratio", "en")).toBe("55%");
    expect(formatTick(0.555, "ratio", "en")).toBe("55.5%");
    expect(formatPoints(26.005, "zh")).toBe(
      `${new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 }).format(26.005)} 分`,
    );
  });
});
