import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { scoreAgentMonth } from "~/engine/index.ts";
import type { AgentMonthResult } from "~/engine/types.ts";
import { csvCell, resultsToCsv } from "~/output/results-csv.ts";
import { resultsToJson } from "~/output/results-json.ts";
import { am, builtin } from "../engine/helpers.ts";

const result = (agent: string, month: string, total: number): AgentMonthResult => ({
  agent,
  month,
  scheme: "seed-monthly",
  total,
  max: 110,
  complete: true,
  grade: null,
  pay: null,
  kpis: [
    {
      id: "inquiry_conversion",
      label: { zh: "询单转化率", en: "Inquiry conversion" },
      value: 0.52134,
      points: 26.004,
      max: 30,
      status: "scored",
      band: null,
      next: null,
    },
  ],
});

describe("results as CSV", () => {
  it("has a BOM, KPI columns <id>.value/<id>.points, rows sorted by month then agent", () => {
    const csv = resultsToCsv([
      result("b", "2026-10", 1),
      result("a", "2026-10", 2),
      result("c", "2026-09", 3),
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[0]).toContain("inquiry_conversion.value");
    expect(rows.slice(1).map((r) => r[0])).toEqual(["c", "a", "b"]);
    expect(rows[1]).toContain("0.5213");
    expect(rows[1]).toContain("26");
  });

  it("neutralises formula-looking text, leaves numbers (negative too) numeric", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    for (const t of ["+1", "-1", "@a", "\tx", "\rx"])
      expect(csvCell(t).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell(-3.5)).toBe("-3.5");
  });

  it("never lets a text cell start a formula (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const [parsed] = Papa.parse<string[]>(`${csvCell(s)},`).data;
        expect(/^[=+\-@\t\r]/.test(parsed?.[0] ?? "")).toBe(false);
      }),
    );
  });
});

describe("a judgement item one rater left empty (Form 3: self 20%, supervisor 80%)", () => {
  const form3 = builtin("seed-form3-raters");
  const rated = [
    scoreAgentMonth(
      form3,
      am({ self_presales: 10, sup_presales: 7, work_plan: 90 }, "2026-09", "a"),
    ),
    scoreAgentMonth(form3, am({ self_presales: 9, work_plan: 90 }, "2026-09", "b")),
  ];

  it("CSV: the given score stays in its rater column, the missing one empty, no points or pay", () => {
    const rows = Papa.parse<Record<string, string>>(resultsToCsv(rated).slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows[1]).toMatchObject({
      agent: "b",
      complete: "false",
      pay: "",
      "presales_service.points": "",
      "presales_service.self_presales": "9",
      "presales_service.sup_presales": "",
    });
  });

  it("JSON: the raters with the given score and null for the one who did not rate", () => {
    const doc = JSON.parse(
      resultsToJson({
        scheme: "seed-form3-raters",
        results: rated,
        rejected: [],
        skipped: [],
        files: [],
      }),
    );
    expect(doc.results[1].kpis[0]).toMatchObject({
      status: "missing",
      points: null,
      reason: "missing input: sup_presales",
      raters: [
        { input: "self_presales", rater: "自评", score: 9, weight: 20 },
        { input: "sup_presales", rater: "主管", score: null, weight: 80 },
      ],
    });
  });
});

describe("results as JSON", () => {
  it("rounds total and points to 2 decimals at output", () => {
    const doc = JSON.parse(
      resultsToJson({
        scheme: "seed-monthly",
        results: [result("a", "2026-09", 86.005)],
        rejected: [],
        skipped: [],
        files: [],
      }),
    );
    expect(doc.results[0].total).toBe(86.01);
    expect(doc.results[0].kpis[0]).toMatchObject({ value: 0.5213, points: 26 });
    expect(Object.keys(doc)).toEqual(["scheme", "results", "rejected", "skipped", "files"]);
  });
});
