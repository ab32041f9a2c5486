import { describe, expect, it } from "vitest";
import { heatClass, monthView } from "~/site/model/month-view.ts";
import { kpi, kpiView, ranked, schemeView, siteIndex } from "./builders.ts";

describe("monthView", () => {
  const pre = schemeView("presales", [kpiView("conv")]);
  const post = schemeView("aftersales", [kpiView("conv")]);
  const ix = siteIndex(
    [
      ranked("b", "2026-09", 80, {
        scheme: "presales",
        rank: 2,
        kpis: [kpi("conv", 0.4, 5)],
        grade: "B",
      }),
      ranked("a", "2026-09", 90, {
        scheme: "presales",
        rank: 1,
        kpis: [kpi("conv", 0.6, 10)],
        grade: "A",
      }),
      ranked("c", "2026-09", 80, {
        scheme: "presales",
        rank: 2,
        kpis: [kpi("conv", null, null)],
        complete: false,
      }),
      ranked("x", "2026-09", 70, { scheme: "aftersales", kpis: [kpi("conv", 0.5, 8)] }),
      ranked("a", "2026-08", 85, { scheme: "presales" }),
      ranked("a", "2026-10", 85, { scheme: "presales" }),
    ],
    [pre, post],
  );

  it("groups a month's rows by scheme, bigger team first, rows in rank then name order", () => {
    const view = monthView(ix, "2026-09");
    expect(view.groups.map((g) => g.scheme.id)).toEqual(["presales", "aftersales"]);
    expect(view.groups[0]?.rows.map((r) => r.agent)).toEqual(["a", "b", "c"]);
    expect(view.count).toBe(4);
    expect(view.incomplete).toBe(1);
  });

  it("takes medians over present values only (a missing KPI is not a 0), totals over complete months", () => {
    const group = monthView(ix, "2026-09").groups[0];
    // a 90 and b 80 are complete; c's 80 leaves out a KPI without data.
    expect(group?.medianTotal).toBe(85);
    expect(group?.kpiMedians.conv).toBeCloseTo(0.5);
  });

  it("counts grades in the scheme's grade order, including empty grades", () => {
    // In the tones the badges have: the last grade poor.
    expect(monthView(ix, "2026-09").groups[0]?.gradeCounts).toEqual([
      { grade: "A", count: 1, tone: "best" },
      { grade: "B", count: 1, tone: "poor" },
    ]);
    expect(monthView(ix, "2026-09").groups[1]?.gradeCounts).toEqual([
      { grade: "A", count: 0, tone: "best" },
      { grade: "B", count: 0, tone: "poor" },
    ]);
  });

  it("links to the previous and next month that exist", () => {
    expect(monthView(ix, "2026-09")).toMatchObject({ prev: "2026-08", next: "2026-10" });
    expect(monthView(ix, "2026-08").prev).toBeUndefined();
    expect(monthView(ix, "2026-10").next).toBeUndefined();
  });

  it("breaks a tie in team size by scheme id, so the order is stable", () => {
    const two = siteIndex(
      [
        ranked("a", "2026-09", 1, { scheme: "zeta" }),
        ranked("b", "2026-09", 1, { scheme: "alpha" }),
      ],
      [schemeView("zeta", []), schemeView("alpha", [])],
    );
    expect(monthView(two, "2026-09").groups.map((g) => g.scheme.id)).toEqual(["alpha", "zeta"]);
  });
});

describe("heatClass", () => {
  it("grades a cell by the share of its maximum earned, and marks missing points", () => {
    expect(heatClass(null, 10)).toBe("heat-na");
    expect(heatClass(0, 10)).toBe("heat-0");
    expect(heatClass(0.1, 10)).toBe("heat-1");
    expect(heatClass(5.99, 10)).toBe("heat-1");
    expect(heatClass(6, 10)).toBe("heat-2");
    expect(heatClass(9.99, 10)).toBe("heat-2");
    expect(heatClass(10, 10)).toBe("heat-3");
    expect(heatClass(0, 0)).toBe("heat-2");
  });
});
