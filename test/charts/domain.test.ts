import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { paddedDomain } from "~/charts/domain.ts";

describe("paddedDomain", () => {
  it("holds the values and the band edges, with padding", () => {
    expect(paddedDomain([0.5], [0.38, 0.6])).toEqual([0.38 - 0.0264, 0.6 + 0.0264]);
  });

  it("stays non-negative for non-negative data and inside a clamp", () => {
    expect(paddedDomain([0, 10])[0]).toBe(0);
    expect(paddedDomain([0.1, 0.99], [], { clamp: [0, 1] })).toEqual([0, 1]);
  });

  it("never degenerates", () => {
    expect(paddedDomain([])).toEqual([0, 1]);
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), {
          minLength: 1,
        }),
        (vs) => {
          const [lo, hi] = paddedDomain(vs);
          expect(hi).toBeGreaterThan(lo);
          for (const v of vs) expect(v >= lo && v <= hi).toBe(true);
        },
      ),
    );
  });
});
