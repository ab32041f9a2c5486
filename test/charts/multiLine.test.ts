import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spreadLabels } from "~/charts/labelLayout.ts";
import { multiLine } from "~/charts/multiLine.ts";
import { seriesLook } from "~/charts/style.ts";
import { CONVERSION, marksOf, ofType } from "./helpers.ts";

const months = ["2026-07", "2026-08", "2026-09"];

describe("multiLine", () => {
  const g = multiLine({
    title: "询单转化率",
    unit: "ratio",
    lang: "zh",
    series: [
      { name: "小美", values: months.map((month, i) => ({ month, value: 0.5 + i * 0.02 })) },
      { name: "阿强", values: months.map((month, i) => ({ month, value: i === 1 ? null : 0.5 })) },
      { name: "Lily", values: [{ month: "2026-07", value: 0.55 }] },
    ],
    bands: months.map((month) => ({ month, bands: CONVERSION })),
  });

  it("gives each series its own dash pattern and marker shape", () => {
    const lines = ofType(marksOf(g, "series"), "path");
    const dashes = lines.map((l) => /stroke-dasharray:([^;]+)/.exec(l.style)?.[1] ?? "solid");
    expect(new Set(dashes).size).toBe(3);
    const shapes = ofType(marksOf(g, "points"), "point").map(
      (p) => `${p.tip.split(" · ")[0]}:${p.shape}`,
    );
    expect(new Set(shapes)).toEqual(new Set(["小美:circle", "阿强:square", "Lily:triangle"]));
  });

  it("labels each series directly, without overlapping labels", () => {
    const labels = ofType(marksOf(g, "direct-labels"), "text");
    expect(labels.map((l) => l.text)).toEqual(["小美", "阿强", "Lily"]);
    const ys = labels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++)
      expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(11);
  });

  it("tabulates all series by month, missing as a dash", () => {
    expect(g.table.columns).toEqual(["月份", "小美", "阿强", "Lily"]);
    expect(g.table.rows[1]).toEqual(["2026-08", "52.0%", "—", "—"]);
  });

  it("draws the bands as zones", () => {
    expect(ofType(marksOf(g, "zones"), "rect").length).toBeGreaterThan(0);
  });
});

describe("spreadLabels", () => {
  it("keeps labels apart by at least the gap and inside the range when they fit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 8 }),
        (ys) => {
          const out = spreadLabels(ys, 10, 0, 100);
          const sorted = [...out].sort((a, b) => a - b);
          for (let i = 1; i < sorted.length; i++) {
            expect((sorted[i] ?? 0) - (sorted[i - 1] ?? 0)).toBeGreaterThanOrEqual(10 - 1e-9);
          }
          if (ys.length * 10 <= 100) for (const y of out) expect(y).toBeLessThanOrEqual(100 + 1e-9);
        },
      ),
    );
  });
});

describe("seriesLook", () => {
  it("gives each of the first 36 series a look of its own (the 7th is not the 1st again)", () => {
    const looks = Array.from({ length: 36 }, (_, i) => JSON.stringify(seriesLook(i)));
    expect(new Set(looks).size).toBe(36);
    // The first six differ in everything at once.
    const six = Array.from({ length: 6 }, (_, i) => seriesLook(i));
    for (const key of ["stroke", "dash", "shape"] as const)
      expect(new Set(six.map((l) => l[key])).size).toBe(6);
  });
});
