import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { routes } from "~/site/routes.ts";

describe("routes", () => {
  it("puts Chinese at the contract's routes and English under /en/, base '/'", () => {
    const zh = routes("/", "zh");
    const en = routes("/", "en");
    expect(zh.home()).toBe("/");
    expect(zh.month("2026-09")).toBe("/months/2026-09/");
    expect(zh.agent("amy-w-1czx1nd1")).toBe("/agents/amy-w-1czx1nd1/");
    expect(zh.compare()).toBe("/compare/");
    expect(zh.studio()).toBe("/studio/");
    expect(zh.dataQuality()).toBe("/data-quality/");
    expect(en.home()).toBe("/en/");
    expect(en.month("2026-09")).toBe("/en/months/2026-09/");
    expect(en.agent("a-1")).toBe("/en/agents/a-1/");
    expect(en.compare()).toBe("/en/compare/");
    expect(en.studio()).toBe("/en/studio/");
    expect(en.dataQuality()).toBe("/en/data-quality/");
    expect(zh.team("2026-10", 2, "shou-qian-yi-zu")).toBe(
      "/months/2026-10/teams/2/#team-shou-qian-yi-zu",
    );
    expect(en.team("2026-10", 1, "a b")).toBe("/en/months/2026-10/teams/1/#team-a%20b");
  });

  it("prefixes every route with a base path, with or without its trailing slash", () => {
    for (const base of ["/kpi/", "/kpi"]) {
      const zh = routes(base, "zh");
      const en = routes(base, "en");
      expect(zh.home()).toBe("/kpi/");
      expect(zh.month("2026-09")).toBe("/kpi/months/2026-09/");
      expect(zh.dataQuality()).toBe("/kpi/data-quality/");
      expect(en.home()).toBe("/kpi/en/");
      expect(en.agent("x")).toBe("/kpi/en/agents/x/");
      expect(en.compare()).toBe("/kpi/en/compare/");
    }
  });

  it("serves assets from the base, not from the language prefix", () => {
    expect(routes("/kpi/", "en").asset("/favicon.svg")).toBe("/kpi/favicon.svg");
    expect(routes("/", "en").asset("months/2026-09/results.csv")).toBe(
      "/months/2026-09/results.csv",
    );
  });

  it("switches language to the same page and back, for every route and base", () => {
    for (const base of ["/", "/kpi/"]) {
      const zh = routes(base, "zh");
      const en = routes(base, "en");
      const pairs: [string, string][] = [
        [zh.home(), en.home()],
        [zh.month("2026-09"), en.month("2026-09")],
        [zh.agent("a-1"), en.agent("a-1")],
        [zh.compare(), en.compare()],
        [zh.dataQuality(), en.dataQuality()],
      ];
      for (const [zhPath, enPath] of pairs) {
        expect(zh.switchLang(zhPath, "en")).toBe(enPath);
        expect(en.switchLang(enPath, "zh")).toBe(zhPath);
        // Switching to the language a page is already in keeps it.
        expect(zh.switchLang(zhPath, "zh")).toBe(zhPath);
        expect(en.switchLang(enPath, "en")).toBe(enPath);
      }
      expect(zh.switchLang(`${base}en`, "zh")).toBe(base);
    }
  });

  it("round-trips any month and slug through a language switch", () => {
    const slug = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
    const month = fc
      .tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.constantFrom("/", "/kpi/", "/a/b/"), slug, month, (base, s, m) => {
        const zh = routes(base, "zh");
        for (const path of [zh.agent(s), zh.month(m)]) {
          const there = zh.switchLang(path, "en");
          expect(there.startsWith(`${base}en/`)).toBe(true);
          expect(zh.switchLang(there, "zh")).toBe(path);
        }
      }),
    );
  });
});
