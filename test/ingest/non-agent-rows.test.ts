/** Totals, averages and peer rows are recognised however they are padded or cased. */
import { describe, expect, it } from "vitest";
import {
  nonAgentReason,
  rosterNamesLikeSummaries,
  summaryPeriodReason,
} from "~/ingest/non-agent-rows.ts";
import { HEADER, ingestTemp } from "./temp-files.ts";

describe("nonAgentReason", () => {
  it("names totals, averages and benchmarks, padded or in either case", () => {
    const cases: [string, string, string | null][] = [
      ["合计", "", "totals row"],
      ["\u3000合计：", "", "totals row"],
      ["\u00a0汇总 ", "", "totals row"],
      ["TOTAL", "", "totals row"],
      ["Average", "", "average row"],
      ["同行均值", "", "peer benchmark row"],
      ["\ufeffpeer", "", "peer benchmark row"],
      ["", "总计", "totals row"],
      ["", " 合计", "totals row"],
      ["-", "合计", "totals row"],
      ["—", "汇总", "totals row"],
      ["全部客服", "2026-10-01~2026-10-31", "totals row"],
      ["所有客服", "", "totals row"],
      ["全店", "2026-10-01", "totals row"],
      ["全店客服01", "2026-10-01", null],
      ["全部门店:小美", "2026-10-01", null],
      // Hand-typed with a space inside the word (a full-width one is a space after NFKC too).
      ["合 计", "", "totals row"],
      ["总\u3000计", "", "totals row"],
      ["Sub Total", "", "totals row"],
      ["平 均", "", "average row"],
      ["全部 客服", "", "totals row"],
      ["", "合 计", "totals row"],
    ];
    for (const [agent, period, reason] of cases) expect(nonAgentReason(agent, period)).toBe(reason);
  });

  it("leaves agents alone, including names that start like a keyword", () => {
    for (const agent of [
      "棉语旗舰店:小美",
      "Sam",
      "totally",
      "小美",
      "阿杰0001",
      "mean_joe",
      "Sum Li",
    ])
      expect(nonAgentReason(agent, "2026-09-01")).toBeNull();
    // A dash in the agent cell of an ordinary date is an empty agent (rejected), not a totals row.
    expect(nonAgentReason("-", "2026-09-01")).toBeNull();
  });
});

describe("the summary-row rule (a summary word anywhere, unless the roster lists the name)", () => {
  it("skips other wordings of totals and averages", () => {
    expect(nonAgentReason("店铺汇总", "")).toBe("totals row");
    expect(nonAgentReason("全部客服合计", "")).toBe("totals row");
    expect(nonAgentReason("售前组小计", "")).toBe("totals row");
    expect(nonAgentReason("团队平均", "")).toBe("average row");
    expect(nonAgentReason("客服均值", "")).toBe("average row");
    expect(nonAgentReason("店铺 汇总", "")).toBe("totals row");
  });

  it("a name the roster lists is always an agent", () => {
    const roster = new Set(["王合计", "合计"]);
    expect(nonAgentReason("王合计", "", roster)).toBeNull();
    expect(nonAgentReason("合计", "", roster)).toBeNull();
    expect(nonAgentReason("店铺汇总", "", roster)).toBe("totals row");
    expect(rosterNamesLikeSummaries(["小美", "王合计", "阿杰"])).toEqual(["王合计"]);
  });
});

describe("summary rows and names in a real file", () => {
  it("skips 店铺汇总 with its reason, keeps a roster-listed 王合计, counts add up", async () => {
    const csv = `${HEADER}\n小美,2026-09-01,10,5,12,20\n店铺汇总,2026-09-01,30,9,12,50\n王合计,2026-09-01,8,2,20,16\n`;
    const rostered = await ingestTemp({ "9.csv": csv }, { rosterAgents: ["王合计"] });
    expect(rostered.skipped).toEqual([expect.objectContaining({ row: 3, reason: "totals row" })]);
    expect(rostered.agentMonths.map((m) => m.agent).sort()).toEqual(["小美", "王合计"].sort());
    const f = rostered.files[0];
    expect(f).toMatchObject({ read: 3, scored: 2, skipped: 1, rejected: 0 });
  });

  it("a name the roster does not list with a summary word inside is skipped", async () => {
    const csv = `${HEADER}\n王合计,2026-09-01,8,2,20,16\n`;
    const r = await ingestTemp({ "9.csv": csv });
    expect(r.skipped).toEqual([expect.objectContaining({ row: 2, reason: "totals row" })]);
  });

  it("names differing only by full-width letters or a zero-width space are one agent, reported", async () => {
    const csv = `${HEADER}\nAmy,2026-09-01,10,5,12,20\nＡｍｙ,2026-09-02,10,5,12,20\nAmy\u200b,2026-09-03,10,5,12,20\n 小美 ,2026-09-01,8,2,20,16\n`;
    const r = await ingestTemp({ "9.csv": csv });
    expect(r.agentMonths.map((m) => [m.agent, m.days])).toEqual([
      ["Amy", 3],
      ["小美", 1],
    ]);
    expect(r.problems.map((p) => [p.severity, p.row, p.message])).toEqual([
      ["warning", 3, expect.stringContaining("agent name 'Ａｍｙ' read as 'Amy'")],
      ["warning", 4, expect.stringContaining("agent name 'Amy<U+200B>' read as 'Amy'")],
    ]);
  });

  it("a name normalisation changed but that is only ever written one way gets no warning", async () => {
    const csv = `${HEADER}\nＢｅｎ,2026-09-01,10,5,12,20\nＢｅｎ,2026-09-02,10,5,12,20\n小美\u200b,2026-09-01,8,2,20,16\n`;
    const r = await ingestTemp({ "9.csv": csv });
    expect(r.agentMonths.map((m) => [m.agent, m.days])).toEqual([
      ["Ben", 2],
      ["小美", 1],
    ]);
    expect(r.problems).toEqual([]);
  });

  it("two spellings in two files merged into one agent: one warning, at the changed spelling's first row", async () => {
    const r = await ingestTemp({
      "a.csv": `${HEADER}\nＢｅｎ,2026-09-01,10,5,12,20\nＢｅｎ,2026-09-02,10,5,12,20\n`,
      "b.csv": `${HEADER}\nBen,2026-09-03,10,5,12,20\n`,
    });
    expect(r.agentMonths.map((m) => [m.agent, m.days])).toEqual([["Ben", 3]]);
    expect(r.problems.map((p) => [p.file, p.row, p.message])).toEqual([
      ["a.csv", 2, expect.stringContaining("agent name 'Ｂｅｎ' read as 'Ben'")],
    ]);
  });
});

describe("rows of no one", () => {
  it("skips a totals row whose agent cell is a dash, and rejects a dash agent on an ordinary day", async () => {
    const r = await ingestTemp({
      "d.csv": `${HEADER}\n小美,2026-09-01,10,5,12,20\n-,合计,10,5,12,20\n-,2026-09-02,3,1,12,20\n`,
    });
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([[3, "totals row"]]);
    expect(r.rejected.map((x) => [x.row, x.reason])).toEqual([[4, "agent is empty"]]);
    expect(r.agentMonths.map((m) => m.agent)).toEqual(["小美"]);
  });
});

describe("rows with no values", () => {
  it("skips a leaver's empty line and a group's title row on a rating sheet; a dash is still a missing value", async () => {
    const r = await ingestTemp({
      "r.csv":
        "客服,月份,询单人数,最终付款人数\n售前一组,,,\n小美,2026-10,10,5\n阿伟,2026-10,,\n阿杰,2026-10,-,-\n",
    });
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [2, "no values (every scored cell empty)"],
      [4, "no values (every scored cell empty)"],
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.files[0]).toMatchObject({ read: 4, scored: 2, skipped: 2 });
    expect(r.agentMonths.map((m) => m.agent)).toEqual(["小美", "阿杰"]);
  });

  it("keeps a daily row with its date: its empty cells are a gap in the month, never a day dropped", async () => {
    const r = await ingestTemp({
      "d.csv":
        "客服,日期,询单人数,最终付款人数\n小美,2026-09-01,10,5\n小美,2026-09-02,,\n小美,2026-09-03,10,5\n售前二组,,,\n",
    });
    expect(r.skipped.map((s) => [s.row, s.reason])).toEqual([
      [5, "no values (every scored cell empty)"],
    ]);
    const mei = r.agentMonths.find((m) => m.agent === "小美");
    expect(mei?.days).toBe(3);
    expect(mei?.values.inquiries).toBeUndefined();
    expect(mei?.missing?.inquiries).toBe("missing on 1 of 3 days");
  });
});

describe("summaryPeriodReason (the date cell of an agent's own summary line)", () => {
  it("names 月汇总, 小计, 合计 and 平均 in a date cell; nothing else", () => {
    expect(summaryPeriodReason("月汇总")).toBe("totals row");
    expect(summaryPeriodReason("9月合计")).toBe("totals row");
    expect(summaryPeriodReason("小计")).toBe("totals row");
    expect(summaryPeriodReason("月平均")).toBe("average row");
    for (const text of ["2026-09-01", "日均", "2026-09-01~2026-09-30", ""])
      expect(summaryPeriodReason(text)).toBeNull();
  });
});
