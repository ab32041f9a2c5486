import { describe, expect, it } from "vitest";
import { bandOf } from "~/site/model/band-of.ts";
import { thresholdsOf } from "~/site/model/thresholds.ts";
import { band } from "./builders.ts";

describe("thresholdsOf", () => {
  it("labels each band at its lower edge when higher is better, lowest first", () => {
    const bands = [
      band({ lo: 0.6, hi: null, loInclusive: true, points: 30 }),
      band({ lo: 0.5, hi: 0.6, loInclusive: false, points: 26 }),
      band({ lo: null, hi: 0.5, points: 0 }),
    ];
    expect(thresholdsOf(bands, "ratio", "higher", "en")).toEqual([
      { value: 0.5, label: expect.stringMatching(/^>50(\.0)?% · 26 pts$/) },
      { value: 0.6, label: expect.stringMatching(/^≥60(\.0)?% · 30 pts$/) },
    ]);
  });

  it("labels each band at its upper edge when lower is better", () => {
    const bands = [
      band({ lo: null, hi: 15, hiInclusive: true, points: 10 }),
      band({ lo: 15, hi: 30, loInclusive: false, hiInclusive: false, points: 5 }),
      band({ lo: 30, hi: null, points: 0 }),
    ];
    const lines = thresholdsOf(bands, "seconds", "lower", "en");
    expect(lines.map((l) => l.value)).toEqual([15, 30]);
    expect(lines[0]?.label).toMatch(/^≤15.* · 10 pts$/);
    expect(lines[1]?.label).toMatch(/^<30.* · 5 pts$/);
  });

  it("has no lines for a single open band", () => {
    expect(thresholdsOf([band({ points: 5 })], "count", "higher", "zh")).toEqual([]);
  });
});

describe("bandOf", () => {
  const bands = [
    band({ lo: 0.6, hi: null, loInclusive: true, points: 30 }),
    band({ lo: 0.5, hi: 0.6, loInclusive: false, hiInclusive: false, points: 26 }),
    band({ lo: null, hi: 0.5, hiInclusive: true, points: 0 }),
  ];

  it("honours each bound's inclusivity at the edges", () => {
    expect(bandOf(0.6, bands)?.points).toBe(30);
    expect(bandOf(0.5999, bands)?.points).toBe(26);
    expect(bandOf(0.5, bands)?.points).toBe(0);
    expect(bandOf(0.5001, bands)?.points).toBe(26);
    expect(bandOf(2, bands)?.points).toBe(30);
    expect(bandOf(-1, bands)?.points).toBe(0);
  });

  it("finds nothing for a missing value or in a gap between exclusive bounds", () => {
    expect(bandOf(null, bands)).toBeUndefined();
    const gap = [
      band({ lo: 1, hi: null, loInclusive: false }),
      band({ lo: null, hi: 1, hiInclusive: false }),
    ];
    expect(bandOf(1, gap)).toBeUndefined();
  });
});
