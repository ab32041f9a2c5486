/** `columns:` (your own header mapping) and `weights:` (explicit weights for daily rates) in data/config.yaml. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { loadAndScore } from "~/cli/load-and-score.ts";
import type { AgentMonthResult } from "~/engine/types.ts";
import { parseConfig } from "~/ingest/config.ts";
import { resultsToCsv } from "~/output/results-csv.ts";
import { resultRecord } from "~/output/results-json.ts";
import type { SchemeView, SiteResult } from "~/site/model/site-data.ts";
import { formRows } from "~/site/parts/agent-rows.ts";
import { runCommand } from "../cli/run-command.ts";
import { ALL_KPIS_SCHEME, project } from "./all-kpis-project.ts";

const feige = readFileSync(
  join(import.meta.dirname, "../fixtures/profiles/doudian-feige.csv"),
  "utf8",
);

/** A help desk's own export no profile knows. */
const OWN =
  "工号,统计日,会话量,首响秒数,好评占比\nA01,2026-10-01,40,12,95%\nA01,2026-10-02,60,8,90%\n";
const OWN_CONFIG = `columns:
  工号: agent
  统计日: date
  "helpdesk/*":
    会话量: received_customers
    首响秒数: first_response
    好评占比: satisfaction
weights:
  satisfaction: received_customers
`;

describe("columns: mapping", () => {
  it("reads a file no profile knows through the user's mapping, per file pattern", async () => {
    const root = project({ "data/exports/helpdesk/2026-10.csv": OWN }, OWN_CONFIG);
    const loaded = await loadAndScore({ data: [] }, { root, today: "2026-11-26" });
    expect(loaded.rejected).toEqual([]);
    const am = loaded.agentMonths[0];
    expect(am?.agent).toBe("A01");
    expect(am?.values.received_customers).toBe(100);
    // Weighted by 会话量: (12·40 + 8·60) / 100
    expect(am?.values.first_response_s).toBeCloseTo(9.6);
    // The daily rate has no review count: weighted by the column named in weights:.
    expect(am?.values.satisfaction).toBeCloseTo((0.95 * 40 + 0.9 * 60) / 100);
    expect(loaded.explicitWeights.get("satisfaction")).toBe("received_customers");
  });

  it("applies a pattern's headers only to matching files: helpdesk/* is every file under helpdesk/", async () => {
    const nested = project({ "data/exports/helpdesk/2026-10/x.csv": OWN }, OWN_CONFIG);
    const under = await loadAndScore({ data: [] }, { root: nested, today: "2026-11-26" });
    expect(under.agentMonths[0]?.values.received_customers).toBe(100);
    const root = project({ "data/exports/other/2026-10.csv": OWN }, OWN_CONFIG);
    const loaded = await loadAndScore({ data: [] }, { root, today: "2026-11-26" });
    expect(loaded.agentMonths[0]?.values.received_customers).toBeUndefined();
    expect(loaded.fileHeaders[0]?.unused).toEqual(["会话量", "首响秒数", "好评占比"]);
  });

  it("a header the user maps wins over another of the same column (坐席工号 over 坐席姓名), quietly", async () => {
    const file =
      "坐席工号,坐席姓名,日期,接待人数\n8001,张伟,2026-10-01,10\n8001,张伟,2026-10-02,12\n";
    const both = await loadAndScore(
      { data: [] },
      { root: project({ "data/exports/cc.csv": file }), today: "2026-11-26" },
    );
    expect(both.problems.map((p) => p.why?.code)).toContain("duplicate-column");
    const root = project({ "data/exports/cc.csv": file }, "columns:\n  坐席工号: agent\n");
    const loaded = await loadAndScore({ data: [] }, { root, today: "2026-11-26" });
    expect(loaded.problems.map((p) => p.why?.code)).not.toContain("duplicate-column");
    expect(loaded.rejected).toEqual([]);
    expect(loaded.agentMonths.map((m) => [m.agent, m.values.received_customers])).toEqual([
      ["8001", 22],
    ]);
    expect(loaded.fileHeaders[0]?.unused).toContain("坐席姓名 → 坐席工号");
  });

  it("check lists the mapping and the weights", async () => {
    const run = await runCommand(checkCommand, {
      "data/config.yaml": `defaultScheme: all-kpis\n${OWN_CONFIG}`,
      "data/schemes/all-kpis.json": ALL_KPIS_SCHEME,
      "data/exports/helpdesk/2026-10.csv": OWN,
    });
    expect(run.stdout).toContain("columns mapped in data/config.yaml (columns:):");
    expect(run.stdout).toContain("  会话量 → received_customers (files helpdesk/*): 1 file(s)");
    expect(run.stdout).toContain("  工号 → agent: 1 file(s)");
    expect(run.stdout).toContain(
      "daily satisfaction weighted by received_customers where its denominator is absent (weights:): used",
    );
  });

  it("rejects an unknown target or a computed metric with the path inside the file (exit 2)", async () => {
    const run = await runCommand(checkCommand, {
      "data/config.yaml": `columns:\n  "京东/*":\n    接待量: receptions\n  落实: aov_ratio\nweights:\n  satisfaction: agent\n`,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "data/config.yaml: columns.京东/*.接待量: unknown column 'receptions'",
    );
    expect(run.stderr).toContain(
      "data/config.yaml: columns.落实: 'aov_ratio' is computed from agent_aov / shop_aov",
    );
    expect(run.stderr).toContain(
      "data/config.yaml: weights.satisfaction: weight by a count column",
    );
  });

  it("validates the shape with zod, by path", () => {
    const { errors } = parseConfig({ columns: { 接待量: 3 }, weights: [] }, "data/config.yaml");
    expect(errors).toEqual([
      expect.stringMatching(/^data\/config\.yaml: columns\.接待量: /),
      expect.stringMatching(/^data\/config\.yaml: weights: /),
    ]);
  });
});

describe("weights:", () => {
  it("a daily rate without its denominator is refused (missing, never 0) unless a weight is named", async () => {
    const plain = await loadAndScore(
      { data: [] },
      { root: project({ "data/exports/feige.csv": feige }), today: "2026-11-26" },
    );
    const kpi = plain.results[0]?.kpis.find((k) => k.id === "satisfaction");
    expect(kpi).toMatchObject({ status: "missing", points: null, value: null });
    // Only the 飞鸽 profile's own weight (3分钟人工回复率 by 人工已接待人数, not its denominator).
    expect([...plain.explicitWeights]).toEqual([["reply_3min_rate", "received_customers"]]);

    const weighted = await loadAndScore(
      { data: [] },
      {
        root: project(
          { "data/exports/feige.csv": feige },
          "weights:\n  satisfaction: received_customers\n  dissatisfaction_rate: received_customers\n",
        ),
        today: "2026-11-26",
      },
    );
    const am = weighted.agentMonths.find((m) => m.agent === "小美");
    expect(am?.values.satisfaction).toBeCloseTo((0.952 * 150 + 0.96 * 160) / 310);
    expect(weighted.results[0]?.kpis.find((k) => k.id === "satisfaction")?.status).toBe("scored");
    expect([...weighted.explicitWeights].sort()).toEqual([
      ["dissatisfaction_rate", "received_customers"],
      ["reply_3min_rate", "received_customers"],
      ["satisfaction", "received_customers"],
    ]);
    // The agent page, the CSV and the JSON say how the month was formed.
    const kpi0 = weighted.results[0]?.kpis.find((k) => k.id === "satisfaction");
    expect(kpi0?.weightedBy).toBe("接待人数");
    expect(plain.results[0]?.kpis.find((k) => k.id === "satisfaction")?.weightedBy).toBeUndefined();
    const csv = resultsToCsv(weighted.results);
    expect(csv).toContain("satisfaction.value,satisfaction.points,satisfaction.weighted_by");
    expect(csv).toContain("weighted by 接待人数");
    const plainCsv = resultsToCsv(plain.results);
    expect(plainCsv).not.toContain("satisfaction.weighted_by");
    expect(plainCsv).toContain("reply_3min_rate.weighted_by");
    expect(resultRecord(weighted.results[0] as AgentMonthResult).kpis).toContainEqual(
      expect.objectContaining({ id: "satisfaction", weightedBy: "接待人数" }),
    );
    const r = weighted.results[0] as AgentMonthResult;
    const view = {
      kpis: [
        {
          id: "satisfaction",
          label: { zh: "客户满意率", en: "Satisfaction" },
          formula: { zh: "", en: "" },
          unit: "ratio",
          better: "higher",
          max: 1,
        },
      ],
    } as unknown as SchemeView;
    const site = {
      ...r,
      kpis: r.kpis
        .filter((k) => k.id === "satisfaction")
        .map((k) => ({ ...k, band: null, next: null })),
    } as unknown as SiteResult;
    expect(formRows(site, view, "zh", () => "")).toContain("按接待人数加权");
    expect(formRows(site, view, "en", () => "")).toContain("weighted by 接待人数");
  });
});
