import { describe, expect, it } from "vitest";
import { parseScheme } from "~/engine/index.ts";
import { label } from "../helpers.ts";

const withBands = (id: string, bands: unknown[]) => ({
  id: "t",
  label,
  mode: "points",
  kpis: [{ id, bands }],
});

describe("a band whose min is above its max", () => {
  it("says a ratio's bounds in percent too (the studio's fields are in percent)", () => {
    // 询单转化率's 50 % edge typed down to 44 %: its partner, 45–50 %'s max, follows to 44 %.
    const { issues } = parseScheme(
      withBands("inquiry_conversion", [
        { min: 0.44, points: 26 },
        { min: 0.45, max: 0.44, points: 24 },
        { max: 0.45, points: 0 },
      ]),
      "presales.yaml",
    );
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "error",
        path: "kpis[0].bands[1].min",
        message: "min 0.45 (45%) is above max 0.44 (44%)",
        zh: "下限 0.45 (45%) 高于上限 0.44 (44%)",
      }),
    ]);
  });

  it("says other units as written", () => {
    const { issues } = parseScheme(
      withBands("first_response", [
        { max: 12, points: 10 },
        { min: 20, max: 12, points: 0 },
      ]),
      "t.yaml",
    );
    expect(issues.map((i) => i.message)).toEqual(["min 20 is above max 12"]);
  });
});
