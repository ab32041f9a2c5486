import { describe, expect, it } from "vitest";
import { agentPaths, monthPaths, parseShard } from "~/site/paths.ts";
import { ranked, schemeView, siteIndex } from "./model/builders.ts";

describe("sharded static paths", () => {
  it("parses i/n and falls back to a single shard", () => {
    expect(parseShard("1/2")).toEqual({ index: 1, count: 2 });
    expect(parseShard(undefined)).toEqual({ index: 0, count: 1 });
    expect(parseShard("2/2")).toEqual({ index: 0, count: 1 });
    expect(parseShard("x")).toEqual({ index: 0, count: 1 });
  });

  it("splits agents and months so every page is built exactly once", () => {
    const months = ["2026-08", "2026-09", "2026-10"];
    const results = ["a", "b", "c", "d", "e"].flatMap((agent, i) =>
      months.map((m) => ranked(agent, m, 60 + i)),
    );
    const ix = siteIndex(results, [schemeView("s", [], months)]);
    const all = agentPaths(ix, { index: 0, count: 1 }).map((p) => p.params.slug);
    const halves = [0, 1].flatMap((index) =>
      agentPaths(ix, { index, count: 2 }).map((p) => p.params.slug),
    );
    expect([...halves].sort()).toEqual([...all].sort());
    const split = [0, 1, 2].flatMap((index) =>
      monthPaths(ix, { index, count: 3 }).map((p) => p.params.month),
    );
    expect([...split].sort()).toEqual(months);
  });
});
