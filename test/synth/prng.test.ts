import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binomial, createRng, hashSeed, mulberry32 } from "~/synth/prng.ts";

describe("mulberry32", () => {
  it("repeats the same stream for the same seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  it("stays in [0, 1)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const next = mulberry32(seed);
        for (let i = 0; i < 50; i++) {
          const x = next();
          if (x < 0 || x >= 1) return false;
        }
        return true;
      }),
    );
  });
});

describe("hashSeed", () => {
  it("differs by text and by salt", () => {
    expect(hashSeed("棉语旗舰店:小美")).not.toBe(hashSeed("棉语旗舰店:阿杰"));
    expect(hashSeed("x", 1)).not.toBe(hashSeed("x", 2));
  });
});

describe("binomial", () => {
  it("is an integer between 0 and the number of trials", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.nat(5000),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, n, p) => {
          const k = binomial(createRng(seed), n, p);
          return Number.isInteger(k) && k >= 0 && k <= n;
        },
      ),
    );
  });

  it("centres on n·p", () => {
    const rng = createRng(1);
    let total = 0;
    for (let i = 0; i < 2000; i++) total += binomial(rng, 100, 0.3);
    expect(total / 2000).toBeCloseTo(30, 0);
  });
});
