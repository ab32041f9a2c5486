import { describe, expect, it } from "vitest";
import { glance } from "~/site/model/glance.ts";
import { monthGroups } from "~/site/model/month-view.ts";
import { ranked, schemeView, siteIndex } from "./builders.ts";

const M = "2026-10";
const pre = schemeView("pre", []);

/** A ranking of `totals` (best first); `partial` are the positions of incomplete months. */
function group(totals: number[], partial: number[] = []) {
  const rows = totals.map((t, i) =>
    ranked(`a${i}`, M, t, { scheme: "pre", rank: i + 1, complete: !partial.includes(i) }),
  );
  const ix = siteIndex(rows, [pre]);
  return monthGroups(ix.byMonth.get(M) ?? [], ix)[0] ?? (undefined as never);
}
const names = (rows: { agent: string }[]) => rows.map((r) => r.agent);

describe("glance", () => {
  it("names the top and bottom three of a ranking", () => {
    const g = glance(group([90, 80, 70, 60, 50, 40, 30]));
    expect(names(g.top)).toEqual(["a0", "a1", "a2"]);
    expect(names(g.bottom)).toEqual(["a4", "a5", "a6"]);
  });

  it("shows a ranking of six or fewer whole, as the top", () => {
    const g = glance(group([90, 80, 70, 60, 50, 40], [5]));
    expect(names(g.top)).toHaveLength(6);
    expect(g.bottom).toEqual([]);
  });

  it("leaves incomplete months out of the top and bottom: a total without some KPIs is no bottom", () => {
    const g = glance(group([90, 80, 70, 60, 50, 40, 30, 0, 0], [1, 7, 8]));
    expect(names(g.top)).toEqual(["a0", "a2", "a3"]);
    expect(names(g.bottom)).toEqual(["a4", "a5", "a6"]);
    // Too few complete months for both ends: the bottom takes what the top left.
    const few = glance(group([90, 80, 70, 60, 0, 0, 0], [4, 5, 6]));
    expect(names(few.top)).toEqual(["a0", "a1", "a2"]);
    expect(names(few.bottom)).toEqual(["a3"]);
  });
});
