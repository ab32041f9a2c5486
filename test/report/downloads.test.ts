import { describe, expect, it } from "vitest";
import type { AgentMonthResult } from "~/engine/types.ts";
import { piecesText } from "~/output/write-chunks.ts";
import { monthDownloads } from "~/report/downloads.ts";

function result(
  agent: string,
  month: string,
  total: number,
  scheme = "presales",
): AgentMonthResult {
  return {
    agent,
    month,
    scheme,
    total,
    max: 100,
    complete: true,
    grade: null,
    pay: null,
    kpis: [
      {
        id: "inquiry_conversion",
        label: { zh: "询单转化率", en: "Inquiry conversion" },
        value: 0.52,
        points: 26,
        max: 30,
        status: "scored",
        band: null,
        next: null,
      },
    ],
  };
}

const quality = {
  rejected: [{ file: "exports/a.csv", row: 7, column: "询单人数", reason: "not a number: 'abc'" }],
  skipped: [{ file: "exports/a.csv", row: 30, reason: "totals row" }],
  files: [],
};

describe("monthDownloads", () => {
  const results = [
    result("小美", "2026-09", 86.456),
    result("阿杰", "2026-08", 70),
    result("=HYPERLINK()", "2026-09", 50, "aftersales"),
  ];
  const files = monthDownloads(results, quality).map((f) => ({
    path: f.path,
    content: piecesText(f.content()),
  }));

  it("writes one results.csv and one results.json per month, beside the month's page", () => {
    expect(files.map((f) => f.path).sort()).toEqual([
      "months/2026-08/results.csv",
      "months/2026-08/results.json",
      "months/2026-09/results.csv",
      "months/2026-09/results.json",
    ]);
  });

  it("starts each CSV with a BOM and a header, one row per agent-month, formulas neutralised", () => {
    const csv = files.find((f) => f.path === "months/2026-09/results.csv")?.content ?? "";
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^agent,month,/);
    expect(lines).toHaveLength(3);
    expect(csv).toContain("'=HYPERLINK()");
    expect(csv).not.toContain("阿杰");
  });

  it("puts only that month's results in its JSON, with the data quality and every scheme used", () => {
    const json = JSON.parse(
      files.find((f) => f.path === "months/2026-09/results.json")?.content ?? "{}",
    );
    expect(json.results.map((r: { agent: string }) => r.agent).sort()).toEqual([
      "=HYPERLINK()",
      "小美",
    ]);
    expect(json.results.every((r: { month: string }) => r.month === "2026-09")).toBe(true);
    expect(json.scheme).toBe("aftersales,presales");
    expect(json.rejected).toEqual(quality.rejected);
    expect(json.skipped).toEqual(quality.skipped);
    expect(json.results.find((r: { agent: string }) => r.agent === "小美").total).toBe(86.46);
  });

  it("writes nothing when there are no results", () => {
    expect(monthDownloads([], quality)).toEqual([]);
  });
});
