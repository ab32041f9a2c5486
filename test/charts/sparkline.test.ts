import { describe, expect, it } from "vitest";
import { sparkline } from "~/charts/sparkline.ts";
import { marksOf, ofType } from "./helpers.ts";

describe("sparkline", () => {
  const g = sparkline({
    lang: "zh",
    values: [
      { month: "2026-07", value: 80 },
      { month: "2026-08", value: null },
      { month: "2026-09", value: 84 },
      { month: "2026-10", value: 90 },
    ],
  });

  it("is 80×20 by default with a gap for the missing month", () => {
    expect(g.viewBox).toBe("0 0 80 20");
    const [line] = ofType(marksOf(g, "spark"), "path");
    expect(line?.d).toMatchInlineSnapshot(`"M12.3,17ZM49.3,11.4L67.8,3"`);
  });

  it("dots the latest value", () => {
    const [last] = ofType(marksOf(g, "spark"), "point");
    expect(last?.tip).toBe("2026-10 · 90");
    expect(last?.y).toBe(3);
  });

  it("reads the numbers in its title (the aria-label)", () => {
    expect(g.title).toBe("各月总分: 2026-07 80，2026-08 —，2026-09 84，2026-10 90");
  });

  it("copes with a flat or empty series", () => {
    const flat = sparkline({
      lang: "en",
      values: [
        { month: "2026-01", value: 5 },
        { month: "2026-02", value: 5 },
      ],
    });
    expect(ofType(marksOf(flat, "spark"), "path")[0]?.d).not.toMatch(/NaN/);
    const empty = sparkline({ lang: "en", values: [] });
    expect(marksOf(empty, "spark").filter((m) => m.type === "point")).toEqual([]);
  });
});
