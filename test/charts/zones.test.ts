import { describe, expect, it } from "vitest";
import { bandLabel, bandRuns } from "~/charts/zones.ts";
import { CONVERSION, FIRST_RESPONSE, hb } from "./helpers.ts";

describe("bandRuns", () => {
  const other = [hb(0.5, null, 10, "best"), hb(null, 0.5, 0, "poor")];
  const months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"];

  it("merges adjacent months with identical bands and splits on change or absence", () => {
    const runs = bandRuns(
      [
        { month: "2026-01", bands: CONVERSION },
        { month: "2026-02", bands: [...CONVERSION] },
        { month: "2026-03", bands: other },
        // 2026-04 has no bands
        { month: "2026-05", bands: other },
      ],
      months,
    );
    expect(runs.map((r) => [r.first, r.last])).toEqual([
      ["2026-01", "2026-02"],
      ["2026-03", "2026-03"],
      ["2026-05", "2026-05"],
    ]);
  });

  it("ignores a rule text difference but not a points difference", () => {
    const renamed = CONVERSION.map((b) => ({ ...b, rule: `${b.rule}!` }));
    const repriced = CONVERSION.map((b, i) => (i === 0 ? { ...b, points: 31 } : b));
    const m = months.slice(0, 3);
    expect(
      bandRuns(
        [
          { month: m[0] ?? "", bands: CONVERSION },
          { month: m[1] ?? "", bands: renamed },
        ],
        m,
      ),
    ).toHaveLength(1);
    expect(
      bandRuns(
        [
          { month: m[0] ?? "", bands: CONVERSION },
          { month: m[1] ?? "", bands: repriced },
        ],
        m,
      ),
    ).toHaveLength(2);
  });
});

describe("bandLabel", () => {
  it("writes the range with its inclusive sign and the points", () => {
    expect(CONVERSION.map((b) => bandLabel(b, "ratio", "zh"))).toEqual([
      "≥60% · 30 分",
      "50%–60% · 26 分",
      "45%–50% · 24 分",
      "38%–45% · 16 分",
      "<38% · 0 分",
    ]);
    expect(FIRST_RESPONSE.map((b) => bandLabel(b, "seconds", "en"))).toEqual([
      "≤6 s · 20 pts",
      "6 s–12 s · 15 pts",
      "12 s–20 s · 12 pts",
      "20 s–30 s · 10 pts",
      ">30 s · 0 pts",
    ]);
  });
});
