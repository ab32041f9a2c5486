import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monthAxis } from "~/charts/axes.ts";
import { frame, monthScale } from "~/charts/frame.ts";
import { textBox } from "~/charts/labelLayout.ts";
import { ofType } from "./helpers.ts";

const monthsFrom = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const y = 2025 + Math.floor((10 + i) / 12);
    return `${y}-${String(((10 + i) % 12) + 1).padStart(2, "0")}`;
  });

function labels(n: number, width: number) {
  const f = frame(width, 200, { top: 10, right: 60, bottom: 30, left: 40 });
  const layer = monthAxis(monthScale(monthsFrom(n), f), f);
  return ofType(layer.marks, "text").map((t) => ({
    text: t.text,
    box: textBox(t.x, t.y, t.text, t.anchor),
  }));
}

describe("monthAxis", () => {
  it("leaves out the label the first one would touch once pushed clear of the value axis (12 months on a phone)", () => {
    // 12 columns of 20 px: every third month, but "2025-11" starts at the plot's edge, not its centre.
    const texts = labels(12, 340);
    expect(texts.map((t) => t.text)).toEqual(["2025-11", "2026-05", "2026-10"]);
  });

  it("always writes the last month, and no two labels come within 8 px (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 36 }), fc.integer({ min: 200, max: 900 }), (n, w) => {
        const texts = labels(n, w);
        const months = monthsFrom(n);
        expect(texts.at(-1)?.text).toBe(months.at(-1));
        for (let i = 1; i < texts.length; i++) {
          const a = texts[i - 1]?.box;
          const b = texts[i]?.box;
          // 8 px as laid out; the marks then round each x to 0.1 px, which can take 0.1 off.
          if (a && b) expect(b.x0 - a.x1).toBeGreaterThanOrEqual(8 - 0.1 - 1e-9);
        }
      }),
    );
  });
});
