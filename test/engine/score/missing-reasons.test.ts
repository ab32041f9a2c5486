import { describe, expect, it } from "vitest";
import { getBuiltinScheme, scoreAgentMonth } from "~/engine/index.ts";

describe("a missing KPI says why ingest had no value", () => {
  it("adds the source reasons of the KPI's columns", () => {
    const scheme = getBuiltinScheme("seed-monthly");
    if (!scheme) throw new Error("seed-monthly missing");
    const r = scoreAgentMonth(scheme, {
      agent: "小美",
      month: "2026-08",
      days: 31,
      values: { paid_buyers: 50, inquiries: 100, first_response_s: 8, avg_response_s: 30 },
      missing: { reviews: "missing on 3 of 31 days (延迟统计)", satisfied_reviews: "empty" },
    });
    const satisfaction = r.kpis.find((k) => k.id === "satisfaction");
    expect(satisfaction?.status).toBe("missing");
    expect(satisfaction?.points).toBeNull();
    expect(satisfaction?.reason).toContain("reviews: missing on 3 of 31 days (延迟统计)");
    expect(satisfaction?.reason).toContain("satisfied_reviews: empty");
    expect(r.complete).toBe(false);
  });
});
