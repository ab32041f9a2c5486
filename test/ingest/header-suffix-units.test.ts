/** Header suffixes (延 settled, 修 revised), unit brackets and the rates that may pass 100%. */
import { describe, expect, it } from "vitest";
import { normalizeHeader } from "~/ingest/columns.ts";
import { ingestTemp } from "./temp-files.ts";

describe("normalizeHeader", () => {
  it("strips unit brackets of either width, mixed too, and keeps the unit", () => {
    expect(normalizeHeader("首次响应时长（秒)")).toMatchObject({ key: "首次响应时长", unit: "秒" });
    expect(normalizeHeader("平均响应时长(分)")).toMatchObject({ key: "平均响应时长", unit: "分" });
    expect(normalizeHeader("PC在线时长（小时）")).toMatchObject({ key: "pc在线时长", unit: "时" });
    expect(normalizeHeader("客服销售额（元）")).toMatchObject({ key: "客服销售额", unit: "元" });
    // A window is part of the name, not a unit.
    expect(normalizeHeader("30秒应答率(8-23点)")).toMatchObject({
      key: "30秒应答率(8-23点)",
      unit: null,
    });
  });

  it("reads full-width forms as ASCII: a window in full-width brackets, full-width letters and digits", () => {
    expect(normalizeHeader("3分钟人工回复率（8-23点）").key).toBe(
      normalizeHeader("3分钟人工回复率(8-23点)").key,
    );
    expect(normalizeHeader("ＰＣ在线时长（小时）")).toMatchObject({
      key: "pc在线时长",
      unit: "时",
    });
    expect(normalizeHeader("３０秒应答率").key).toBe("30秒应答率");
  });

  it("recognises a 延/修 suffix on either side of the unit", () => {
    expect(normalizeHeader("询单人数延")).toMatchObject({
      key: "询单人数延",
      unsuffixed: "询单人数",
      suffix: "延",
    });
    expect(normalizeHeader("平均响应(秒)延")).toMatchObject({
      unsuffixed: "平均响应",
      unit: "秒",
      suffix: "延",
    });
    expect(normalizeHeader("客单价修")).toMatchObject({ unsuffixed: "客单价", suffix: "修" });
  });
});

describe("suffix preference", () => {
  it("reads the settled 延 column over the plain one, whichever comes first, and says so", async () => {
    for (const header of [
      "客服,日期,询单人数,询单人数延,最终付款人数",
      "客服,日期,询单人数延,询单人数,最终付款人数",
    ]) {
      const settledFirst = header.indexOf("延") < header.indexOf("询单人数,");
      const row = settledFirst ? "A,2026-10-01,40,52,20" : "A,2026-10-01,52,40,20";
      const r = await ingestTemp({ "a.csv": `${header}\n${row}\n` });
      expect(r.problems).toEqual([]);
      expect(r.agentMonths[0]?.values.inquiries).toBe(40);
      expect(r.headers[0]?.unused).toEqual(["询单人数 → 询单人数延"]);
    }
  });

  it("reads a revised 修 column over the plain one; two plain ones are still an error", async () => {
    const revised = await ingestTemp({
      "a.csv": "客服,日期,客服客单价,客服客单价修,最终付款人数\nA,2026-10-01,100,120,3\n",
    });
    expect(revised.agentMonths[0]?.values.agent_aov).toBe(120);
    const twice = await ingestTemp({
      "a.csv": "客服,日期,询单人数,询单人数,最终付款人数\nA,2026-10-01,10,11,3\n",
    });
    expect(twice.problems[0]?.message).toContain("duplicate column");
  });
});

describe("units", () => {
  it("converts minutes and hours to seconds; a written unit in the cell wins", async () => {
    const r = await ingestTemp({
      "a.csv":
        "客服,日期,接待人数,平均响应时长(分),首次响应时间(时)\nA,2026-10-01,10,1.5,0.01\nB,2026-10-01,10,1分30秒,36秒\n",
    });
    expect(r.rejected).toEqual([]);
    const [a, b] = r.agentMonths;
    expect(a?.values.avg_response_s).toBeCloseTo(90);
    expect(a?.values.first_response_s).toBeCloseTo(36);
    expect(b?.values.avg_response_s).toBeCloseTo(90);
    expect(b?.values.first_response_s).toBeCloseTo(36);
  });

  it("lets 答问比 pass 100% but not a conversion rate", async () => {
    const r = await ingestTemp({
      "a.csv": "客服,月份,答问比,询单转化率\nA,2026-10,120%,50%\nB,2026-10,110%,120%\n",
    });
    expect(r.agentMonths.find((m) => m.agent === "A")?.values.answer_ratio).toBeCloseTo(1.2);
    expect(r.rejected).toEqual([
      expect.objectContaining({
        row: 3,
        column: "询单转化率",
        reason: expect.stringContaining("above 100%"),
      }),
    ]);
  });

  it("forms a month's 客服服务分 as the mean of its daily scores; a day without one makes it missing", async () => {
    const r = await ingestTemp({
      "a.csv":
        "客服账号,日期,客服服务分\nA,2026-10-01,4.8\nA,2026-10-02,5.0\nB,2026-10-01,4.6\nB,2026-10-02,-\n",
    });
    expect(r.agentMonths.find((m) => m.agent === "A")?.values.service_score).toBeCloseTo(4.9);
    const b = r.agentMonths.find((m) => m.agent === "B");
    expect(b?.values.service_score).toBeUndefined();
    expect(b?.missing?.service_score).toBe("missing on 1 of 2 days");
  });
});

describe("other names of the agent and period columns", () => {
  it("reads 客服姓名 with 统计日期, and a rating sheet's 考核月份 over its file name's month", async () => {
    const r = await ingestTemp({
      "daily.csv": "客服姓名,统计日期,询单人数\n小美,2026-10-01,10\n小美,2026-10-02,12\n",
      "评分表-2026-09 (副本).csv": "员工姓名,考核月份,询单人数\n阿杰,2026-10,7\n",
    });
    expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.agentMonths.map((m) => [m.agent, m.month, m.values.inquiries])).toEqual([
      ["小美", "2026-10", 22],
      ["阿杰", "2026-10", 7],
    ]);
  });
});
