import { describe, expect, it } from "vitest";
import { homeView } from "~/site/model/home-view.ts";
import { ranked, schemeView, siteIndex } from "./builders.ts";

describe("homeView", () => {
  const deltas: [string, number | null][] = [
    ["a", 12],
    ["b", -3],
    ["c", 5],
    ["d", 0],
    ["e", null],
    ["f", 1],
    ["g", 30],
    ["h", -20],
    ["i", -1],
    ["j", -7],
  ];
  const ix = siteIndex(
    [
      ...deltas.map(([agent, delta]) => ranked(agent, "2026-09", 50, { delta })),
      ranked("a", "2026-08", 38, { complete: false }),
    ],
    [schemeView("s", [])],
  );

  it("shows the latest month's top three movers up and down, ignoring no change and no history", () => {
    const view = homeView(ix);
    expect(view.latest).toBe("2026-09");
    expect(view.groups).toHaveLength(1);
    expect(view.groups[0]?.up.map((r) => r.agent)).toEqual(["g", "a", "c"]);
    expect(view.groups[0]?.down.map((r) => r.agent)).toEqual(["h", "j", "b"]);
  });

  it("lists every month, newest first, with its agent and incomplete counts", () => {
    expect(homeView(ix).months).toEqual([
      { month: "2026-09", agents: 10, incomplete: 0 },
      { month: "2026-08", agents: 1, incomplete: 1 },
    ]);
  });

  it("copes with no data at all", () => {
    expect(homeView(siteIndex([], []))).toEqual({ latest: undefined, groups: [], months: [] });
  });
});
