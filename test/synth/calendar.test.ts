import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayContext, daysOfMonth, monthsEndingWith } from "~/synth/calendar.ts";

describe("monthsEndingWith", () => {
  it("counts back across a year boundary, oldest first", () => {
    expect(monthsEndingWith("2026-02", 4)).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsEndingWith("2026-10", 12)).toHaveLength(12);
    expect(monthsEndingWith("2026-10", 24)[0]).toBe("2024-11");
  });
});

describe("daysOfMonth", () => {
  it("knows month lengths and leap years", () => {
    expect(daysOfMonth("2026-02")).toHaveLength(28);
    expect(daysOfMonth("2024-02")).toHaveLength(29);
    expect(daysOfMonth("2026-10").at(-1)).toBe("2026-10-31");
  });
});

describe("dayContext", () => {
  it("makes 双11 three to five times busier and the Spring Festival quiet", () => {
    const normal = dayContext("2026-03-11").volume; // a Wednesday
    expect(dayContext("2025-11-11").volume / normal).toBeGreaterThanOrEqual(3);
    expect(dayContext("2025-11-11").volume / normal).toBeLessThanOrEqual(5.5);
    expect(dayContext("2026-02-17").volume).toBeLessThan(0.5);
    expect(dayContext("2026-06-18").volume).toBeGreaterThan(2);
    expect(dayContext("2025-11-11").slowdown).toBeGreaterThan(1);
  });

  it("gives every day a positive volume and an off chance below 1", () => {
    const day = fc
      .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 9, 31) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (date) => {
        const c = dayContext(date);
        return c.volume > 0 && c.slowdown >= 1 && c.offChance >= 0 && c.offChance < 1;
      }),
    );
  });
});
