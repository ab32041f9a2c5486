import { describe, expect, it } from "vitest";
import { round2 } from "~/engine/round.ts";

describe("round2", () => {
  it("rounds half up at two decimals", () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(86.123)).toBe(86.12);
  });
});
