import { describe, expect, it } from "vitest";
import { ceilTrim, gapText } from "~/engine/format.ts";

describe("gapText", () => {
  it("never shows a needed change as zero", () => {
    // 45.03 s must drop to ≤ 45 s: the gap is 0.03 s, shown as the next 0.1 s step.
    expect(gapText(-0.03, "seconds")).toEqual({ zh: "−0.1 秒", en: "−0.1 s" });
    expect(gapText(0.0004, "ratio").en).toBe("+0.1 pp");
  });

  it("keeps exact steps exact despite float noise", () => {
    expect(gapText(0.032, "ratio").en).toBe("+3.2 pp");
    expect(gapText(0.08, "ratio").en).toBe("+8 pp");
    expect(ceilTrim(0.1 + 0.2, 1)).toBe("0.3");
    expect(gapText(-2, "seconds").en).toBe("−2 s");
    expect(gapText(0.05, "multiple").en).toBe("+0.05×");
  });
});
