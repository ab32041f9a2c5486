import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FONT,
  inside,
  overlaps,
  type PlacedLabel,
  placeLabels,
  textBox,
  textWidth,
} from "~/charts/labelLayout.ts";

describe("textWidth", () => {
  it("gives an ideograph a whole em and a digit less", () => {
    expect(textWidth("团队", 10)).toBe(20);
    expect(textWidth("12", 10)).toBeCloseTo(13.2);
  });

  it("counts full-width forms and Hangul wide, a space narrower, and a character outside the BMP once", () => {
    expect(textWidth("Ａ", 10)).toBe(10); // U+FF21, full-width
    expect(textWidth("한", 10)).toBe(10);
    expect(textWidth("a b", 10)).toBeCloseTo(16.6);
    // 😀 is two UTF-16 code units, one narrow character; a lone surrogate is one too.
    expect(textWidth("😀", 10)).toBeCloseTo(6.6);
    expect(textWidth("x\ud83d", 10)).toBeCloseTo(13.2);
    expect(textWidth("\ude00y", 10)).toBeCloseTo(13.2);
  });
});

describe("placeLabels", () => {
  const bounds = { x0: 0, y0: 0, x1: 300, y1: 200 };

  it("takes the first free spot and drops a label with none", () => {
    const spot = { x: 100, y: 100, anchor: "middle" as const };
    const placed = placeLabels(
      [
        { text: "61.0%", spots: [spot], data: 1 },
        { text: "60.5%", spots: [spot, { ...spot, y: 120 }], data: 2 },
        { text: "59.9%", spots: [spot], data: 3 },
      ],
      [],
      bounds,
    );
    expect(placed.map((p) => [p.data, p.y])).toEqual([
      [1, 100],
      [2, 120],
    ]);
  });

  it("keeps out of obstacles and bounds", () => {
    const obstacle = textBox(100, 100, "团队中位数", "middle");
    const placed = placeLabels(
      [
        {
          text: "50%",
          spots: [
            { x: 100, y: 100, anchor: "middle" },
            { x: 290, y: 100, anchor: "start" },
          ],
          data: 0,
        },
      ],
      [obstacle],
      bounds,
    );
    expect(placed).toEqual([]);
  });

  it("never places two labels that overlap or leave the bounds (property)", () => {
    const spot = fc.record({
      x: fc.integer({ min: 0, max: 300 }),
      y: fc.integer({ min: 0, max: 200 }),
      anchor: fc.constantFrom("start" as const, "middle" as const, "end" as const),
    });
    const request = fc.record({
      text: fc.constantFrom("61.0%", "团队中位数", "≥60% · 30 分", "小美", "12 s"),
      spots: fc.array(spot, { minLength: 1, maxLength: 4 }),
      data: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 30 }), (requests) => {
        const placed = placeLabels(requests, [], bounds);
        for (const p of placed) expect(inside(p.box, bounds)).toBe(true);
        for (let i = 0; i < placed.length; i++)
          for (let j = i + 1; j < placed.length; j++)
            expect(
              overlaps((placed[i] as PlacedLabel<null>).box, (placed[j] as PlacedLabel<null>).box),
            ).toBe(false);
        expect(placed.every((p) => p.fontSize === FONT)).toBe(true);
      }),
    );
  });
});
