import { describe, expect, it, vi } from "vitest";
import { agentView } from "~/site/model/agent-view.ts";
import { band, kpi, kpiView, ranked, schemeView, siteIndex } from "./builders.ts";

const months = ["2026-06", "2026-07", "2026-08", "2026-09"];

/** Agent a's months: one in aftersales, then presales, then its version from 2026-09. */
const versionedMonths = () => [
  ranked("a", "2026-06", 60, { scheme: "aftersales", kpis: [kpi("sat", 0.9, 5)] }),
  ranked("a", "2026-07", 70, { scheme: "presales", kpis: [kpi("conv", 0.6, 10)] }),
  ranked("a", "2026-08", 72, { scheme: "presales", kpis: [kpi("conv", 0.62, 10)] }),
  ranked("a", "2026-09", 66, { scheme: "presales-2026-09", kpis: [kpi("conv", 0.63, 0)] }),
];

describe("agentView", () => {
  const pre = schemeView(
    "presales",
    [kpiView("conv"), kpiView("resp", { better: "lower", unit: "seconds" })],
    months,
  );
  const post = schemeView("aftersales", [kpiView("sat")], months);
  const ix = siteIndex(
    [
      // a: presales in 06, a gap in 07 (scored by no one), back in 08 and 09.
      ranked("a", "2026-06", 60, { scheme: "aftersales", kpis: [kpi("sat", 0.9, 5)] }),
      ranked("a", "2026-07", 70, {
        scheme: "presales",
        kpis: [kpi("conv", 0.3, 2), kpi("resp", 20, 4)],
      }),
      ranked("a", "2026-09", 80, {
        scheme: "presales",
        kpis: [kpi("conv", 0.5, 6, 2), kpi("resp", null, null), kpi("x", 1, 1, 9)].map((k) =>
          k.id === "x" ? { ...k, status: "scored" as const, next: null } : k,
        ),
      }),
      ranked("b", "2026-08", 50, {
        scheme: "presales",
        kpis: [kpi("conv", 0.2, 1, 5), kpi("resp", 30, 2, 3)],
      }),
      ranked("b", "2026-09", 55, {
        scheme: "presales",
        kpis: [kpi("conv", 0.7, 8, 1), kpi("resp", 10, 9, 4)],
      }),
    ],
    [pre, post],
  );
  const agent = (name: string) =>
    ix.agentByName.get(name) as NonNullable<ReturnType<typeof ix.agentByName.get>>;

  it("follows the latest scheme from its first month to the latest, with nulls in gaps", () => {
    const view = agentView(ix, agent("a"));
    expect(view?.scheme.id).toBe("presales");
    expect(view?.latest.month).toBe("2026-09");
    const conv = view?.trends.find((t) => t.kpi.id === "conv");
    expect(conv?.values).toEqual([
      { month: "2026-07", value: 0.3 },
      { month: "2026-08", value: null },
      { month: "2026-09", value: 0.5 },
    ]);
    const resp = view?.trends.find((t) => t.kpi.id === "resp");
    expect(resp?.values.map((v) => v.value)).toEqual([20, null, null]);
  });

  it("aligns team medians and bands to the same months", () => {
    const conv = agentView(ix, agent("a"))?.trends.find((t) => t.kpi.id === "conv");
    expect(conv?.teamMedian.map((v) => v.month)).toEqual(["2026-07", "2026-08", "2026-09"]);
    expect(conv?.teamMedian[1]?.value).toBeCloseTo(0.2);
    expect(conv?.teamMedian[2]?.value).toBeCloseTo(0.6);
    expect(conv?.bands.map((b) => b.month)).toEqual(["2026-07", "2026-08", "2026-09"]);
    expect(conv?.bands[0]?.bands).toHaveLength(1);
  });

  it("lists what to improve: scored KPIs with a next band, biggest gain first", () => {
    expect(agentView(ix, agent("b"))?.improve.map((k) => k.id)).toEqual(["resp", "conv"]);
    // a: resp is missing (no advice), x has no next band.
    expect(agentView(ix, agent("a"))?.improve.map((k) => k.id)).toEqual(["conv"]);
  });

  it("returns undefined for an agent without results", () => {
    expect(agentView(ix, { name: "nobody", slug: "n" })).toBeUndefined();
  });
});

describe("agentView over versions of one scheme (schemesFrom)", () => {
  it("spans the earlier version's months, each against its own bands and team median", () => {
    const v1 = schemeView("presales", [kpiView("conv")], months);
    const v2 = schemeView("presales-2026-09", [kpiView("conv")], months);
    // The new version raised the target: its bands start at 65%.
    v2.bands = {
      conv: Object.fromEntries(months.map((m) => [m, [band({ lo: 0.65, points: 10 })]])),
    };
    const other = schemeView("aftersales", [kpiView("sat")], months);
    const ix = siteIndex(versionedMonths(), [v1, v2, other]);
    const view = agentView(
      ix,
      ix.agentByName.get("a") as NonNullable<ReturnType<typeof ix.agentByName.get>>,
    );
    expect([...(view?.line ?? [])].sort()).toEqual(["presales", "presales-2026-09"]);
    const [trend] = view?.trends ?? [];
    expect(trend?.values.map((v) => [v.month, v.value])).toEqual([
      ["2026-07", 0.6],
      ["2026-08", 0.62],
      ["2026-09", 0.63],
    ]);
    expect(trend?.bands.map((b) => [b.month, b.bands[0]?.lo])).toEqual([
      ["2026-07", 0.5],
      ["2026-08", 0.5],
      ["2026-09", 0.65],
    ]);
  });

  it("compares the versions' shapes once per scheme, not once per result and page", () => {
    const v1 = schemeView("presales", [kpiView("conv")], months);
    const v2 = schemeView("presales-2026-09", [kpiView("conv")], months);
    const other = schemeView("aftersales", [kpiView("sat")], months);
    const ix = siteIndex(versionedMonths(), [v1, v2, other]);
    const a = ix.agentByName.get("a") as NonNullable<ReturnType<typeof ix.agentByName.get>>;
    const stringify = vi.spyOn(JSON, "stringify");
    try {
      for (let i = 0; i < 3; i++)
        expect([...(agentView(ix, a)?.line ?? [])].sort()).toEqual([
          "presales",
          "presales-2026-09",
        ]);
      // One shape for each of the three schemes, however many results and pages.
      expect(stringify.mock.calls.length).toBeLessThanOrEqual(3);
    } finally {
      stringify.mockRestore();
    }
  });
});
