/**
 * The studio scores the sample from its own data file with the engine, and
 * gets the report's very numbers: every total, grade and pay.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadResult, loadAndScore } from "~/cli/load-and-score.ts";
import { parseScheme } from "~/engine/index.ts";
import { aliasMap } from "~/report/pseudonymize.ts";
import { publishResults } from "~/report/site-data.ts";
import { studioData } from "~/report/studio-data.ts";
import { decodeTable } from "~/studio/columnar.ts";
import { scoreRows } from "~/studio/rescore.ts";
import { studioRows } from "~/studio/studio-data.ts";

let load: LoadResult;
beforeAll(async () => {
  load = await loadAndScore({ data: [] }, { root: process.cwd(), today: "2099-12-31" });
}, 60_000);

function build(publishedName: (n: string) => string) {
  const published = publishResults(load.results, publishedName);
  const names = [...new Set(published.map((r) => r.agent))].sort();
  const data = studioData({
    agentMonths: load.agentMonths,
    scored: load.results,
    published,
    schemes: load.schemes,
    agents: names.map((name, i) => ({ name, slug: `a${i}` })),
    months: [...new Set(published.map((r) => r.month))].sort(),
  });
  const table = decodeTable(new Uint8Array(Buffer.from(data.data, "base64")));
  return { data, published, rows: studioRows(data.index, table) };
}

describe("the studio's data and scoring", () => {
  it("has every scored agent-month and reproduces every total, grade and pay", () => {
    const { data, published, rows } = build((n) => n);
    expect(rows.length).toBe(load.results.length);
    expect(data.index.schemes.map((s) => s.id)).toEqual(["aftersales", "presales"]);
    const byKey = new Map(published.map((r) => [`${r.agent}|${r.month}`, r]));
    let checked = 0;
    data.index.schemes.forEach((s, si) => {
      const { scheme } = parseScheme(s.raw, s.id);
      if (!scheme) throw new Error("published scheme does not parse");
      const mine = rows.filter((r) => r.scheme === si);
      for (const o of scoreRows(scheme, mine)) {
        const r = byKey.get(`${data.index.agents[o.row.agent]?.name}|${o.row.month}`);
        expect(r?.scheme).toBe(s.id);
        expect(o.total).toBe(r?.total);
        expect(o.grade).toBe(r?.grade);
        expect(o.pay).toBe(r?.pay);
        expect(o.complete).toBe(r?.complete);
        expect(o.row.team).toBe(r?.team ?? null);
        checked++;
      }
    });
    expect(checked).toBe(load.results.length);
  });

  it("publishes no name the site does not: only published names (aliases when pseudonymised)", () => {
    const aliases = aliasMap(
      load.agentMonths.map((am) => am.agent),
      "test-key",
    );
    const { data } = build((n) => aliases.get(n) ?? n);
    const text = JSON.stringify(data.index) + Buffer.from(data.data, "base64").toString("latin1");
    for (const am of load.agentMonths) expect(text).not.toContain(am.agent);
    for (const entry of load.roster?.values() ?? [])
      if (entry.displayName) expect(text).not.toContain(entry.displayName);
  });
});
