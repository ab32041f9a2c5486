/**
 * The studio scores the sample from its own data file with the engine, and
 * gets the report's very numbers: every total, grade and pay.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadResult, loadAndScore } from "~/cli/load-and-score.ts";
import { parseScheme } from "~/engine/index.ts";
import type { Scheme } from "~/engine/scheme/types.ts";
import { scoreAgentMonth } from "~/engine/score/agent-month.ts";
import { aliasMap } from "~/report/pseudonymize.ts";
import { publishResults } from "~/report/site-data.ts";
import { studioData } from "~/report/studio-data.ts";
import { decodeTable } from "~/studio/columnar.ts";
import {
  addSeason,
  type EditState,
  effectiveScheme,
  moveEdge,
  removeSeason,
  setKpiOn,
  setValue,
  setWeight,
  startEdit,
} from "~/studio/edit.ts";
import { getAt, type Json } from "~/studio/json-edit.ts";
import { RowScorer, type Scored, scoreRows } from "~/studio/rescore.ts";
import { type StudioRow, studioRows } from "~/studio/studio-data.ts";

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
    expect(data.index.schemes.map((s) => s.id)).toEqual(["aftersales", "douyin", "presales"]);
    const byKey = new Map(published.map((r) => [`${r.agent}|${r.month}`, r]));
    let checked = 0;
    data.index.schemes.forEach((s, si) => {
      const { scheme } = parseScheme(s.raw, s.id);
      if (!scheme) throw new Error("published scheme does not parse");
      const mine = rows.filter((r) => r.scheme === si);
      for (const o of scoreRows(scheme, mine).outcomes) {
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

/** Every row's total, grade, pay, completeness and band per KPI, as scoreAgentMonth gives them. */
function expectEngine(scheme: Scheme, rows: readonly StudioRow[], got: Scored) {
  rows.forEach((row, i) => {
    const r = scoreAgentMonth(scheme, row.input);
    const o = got.outcomes[i];
    expect(o?.row).toBe(row);
    expect([o?.total, o?.grade, o?.pay, o?.complete]).toEqual([
      r.total,
      r.grade,
      r.pay,
      r.complete,
    ]);
    scheme.kpis.forEach((k, j) => {
      if (k.kind === "banded") expect(got.kpis[j]?.band[i]).toBe(r.kpis[j]?.band?.index ?? -1);
    });
  });
}

describe("re-scoring an edit (only the KPIs it changed)", () => {
  const presales = () => {
    const { data, rows } = build((n) => n);
    const at = data.index.schemes.findIndex((s) => s.id === "presales");
    return { raw: data.index.schemes[at]?.raw ?? null, rows: rows.filter((r) => r.scheme === at) };
  };
  const compiled = (edit: EditState) => {
    const { scheme } = parseScheme(effectiveScheme(edit), "presales.yaml");
    if (!scheme) throw new Error("edited scheme does not parse");
    return scheme;
  };

  it("gives the engine's numbers after each of a sequence of edits, the published side kept", () => {
    const { raw, rows } = presales();
    const scorer = new RowScorer(rows);
    let edit = startEdit(raw);
    const before = scorer.score(compiled(edit), raw, true);
    const published = before.outcomes.map((o) => [o.total, o.grade, o.pay]);
    const X = ["kpis", 0, "bands"] as const;
    const steps: ((e: EditState) => EditState)[] = [
      (e) => moveEdge(e, [...X, 0, "min"], [[...X, 1, "max"]], 0.55),
      (e) => setWeight(e, 1, 20, getAt(e.edited, ["kpis", 1]) ?? {}, true),
      (e) => setValue(e, ["grades", 1, "min"], 78),
      (e) => addSeason(e, 0),
      (e) => setValue(e, ["kpis", 0, "seasons", 0, "months"], [1, 2, 3]),
      (e) => removeSeason(e, 2, 0),
      (e) => setKpiOn(e, "aov_ratio", false),
      (e) => setValue(e, ["pay", 0, "amount"], 350),
    ];
    for (const step of steps) {
      edit = step(edit);
      expectEngine(compiled(edit), rows, scorer.score(compiled(edit), effectiveScheme(edit)));
    }
    // The published side is neither re-scored nor overwritten by the edits.
    expect(before.outcomes.map((o) => [o.total, o.grade, o.pay])).toEqual(published);
    expectEngine(compiled(startEdit(raw)), rows, before);
  });

  it("any band of any KPI given any points: the same numbers as scoring from scratch", () => {
    const { raw, rows } = presales();
    const scorer = new RowScorer(rows);
    scorer.score(compiled(startEdit(raw)), raw, true);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        (kpi, band, value) => {
          const edit = setValue(startEdit(raw), ["kpis", kpi, "bands", band, "points"], value);
          expectEngine(compiled(edit), rows, scorer.score(compiled(edit), effectiveScheme(edit)));
        },
      ),
      { numRuns: 15 },
    );
  });

  it("scores a scheme with adjustments, vetoes or a composite through scoreAgentMonth whole", () => {
    const { raw, rows: published } = presales();
    // 0–2 complaints per agent-month, −5 points each.
    const rows = published.map((r) => ({
      ...r,
      input: { ...r.input, values: { ...r.input.values, complaints: r.row % 3 } },
    }));
    const withAdjustment = {
      ...(raw as Record<string, Json>),
      inputs: [{ id: "complaints", label: { zh: "投诉", en: "Complaints" }, headers: ["投诉数"] }],
      adjustments: [
        {
          id: "complaint",
          label: { zh: "投诉", en: "Complaint" },
          input: "complaints",
          points: -5,
        },
      ],
    } as Json;
    const { scheme, issues } = parseScheme(withAdjustment, "adj.yaml");
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    if (!scheme) throw new Error("does not parse");
    const got = new RowScorer(rows).score(scheme, withAdjustment);
    expectEngine(scheme, rows, got);
    // The complaints count: some totals are below the published scheme's.
    const plain = scoreRows(parseScheme(raw, "p").scheme as Scheme, published).outcomes;
    expect(got.outcomes.some((o, i) => o.complete && o.total < (plain[i]?.total ?? 0))).toBe(true);
  });
});
