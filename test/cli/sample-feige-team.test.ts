/**
 * The committed sample's 抖店 team arrives as 飞鸽 downloads it (daily rates
 * without their counts): `npm run score` finds every agent-month from
 * `--data` alone, rejects nothing, scores every KPI of the douyin scheme and
 * says which rates were weighted by 人工已接待人数.
 */
import { describe, expect, it } from "vitest";
import { loadAndScore } from "~/cli/load-and-score.ts";

describe("the sample's 飞鸽 team", async () => {
  const loaded = await loadAndScore({ data: [] }, { root: process.cwd(), today: "2026-11-26" });
  const douyin = loaded.results.filter((r) => r.scheme === "douyin");

  it("scores every agent-month, complete, with nothing rejected", () => {
    expect(douyin.map((r) => `${r.agent} ${r.month}`).sort()).toEqual(
      ["乐乐", "小橘", "阿宁"]
        .flatMap((a) => ["2026-08", "2026-09", "2026-10"].map((m) => `${a} ${m}`))
        .sort(),
    );
    for (const r of douyin) {
      expect(r.complete, `${r.agent} ${r.month}`).toBe(true);
      expect(r.kpis.map((k) => k.status)).toEqual(Array(5).fill("scored"));
    }
    const feige = loaded.files.filter((f) => f.file.includes("飞鸽"));
    expect(feige).toHaveLength(3);
    for (const f of feige) {
      expect(f.rejected).toBe(0);
      expect(f.read).toBe(f.scored);
    }
  });

  it("marks the rates weighted by 人工已接待人数 (the profile's and the config's weights), not the counted one", () => {
    for (const r of douyin) {
      const by = Object.fromEntries(r.kpis.map((k) => [k.id, k.weightedBy]));
      expect(by).toMatchObject({
        satisfaction: "接待人数",
        dissatisfaction_rate: "接待人数",
        reply_3min_rate: "接待人数",
      });
      expect(by.inquiry_conversion).toBeUndefined();
    }
    // The Tmall teams' satisfaction comes from its counts: never marked.
    const tmall = loaded.results.filter((r) => r.scheme !== "douyin");
    expect(tmall.flatMap((r) => r.kpis).some((k) => k.weightedBy !== undefined)).toBe(false);
  });
});
