/** Rated inputs (a scheme's judgement, count, tick, level, ratio and plan columns) are checked as they are read. */
import { describe, expect, it } from "vitest";
import { schemeInputs } from "~/engine/index.ts";
import { reasonText } from "~/reasons/reason-text.ts";
import { builtin, scheme } from "../engine/helpers.ts";
import { ingestTemp } from "./temp-files.ts";

const inputsOf = (...ids: string[]) => ids.flatMap((id) => schemeInputs(builtin(id)));
const where = (r: { rejected: { file: string; row: number; column: string; reason: string }[] }) =>
  r.rejected.map((x) => `${x.file}:${x.row}:${x.column}: ${x.reason}`);

describe("rated inputs are validated against their kind and range", () => {
  it("rejects a negative count, a score above its scale, a plan above 100, a satisfaction of 120", async () => {
    const r = await ingestTemp(
      {
        "f2.csv":
          "客服,月份,仪容仪表违规次数,考勤违规次数,礼仪违规次数\nA,2026-09,-1,0,0\nB,2026-09,1.5,0,0\nC,2026-09,2,0,0\n",
        "f3.csv":
          "客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分\nA,2026-09,10,11,90\nB,2026-09,9,8,150\nC,2026-09,9,8,90\n",
        "f18.csv": "客服,月份,客户满意度\nA,2026-09,120\nC,2026-09,88\n",
        "f19.csv": "客服,月份,客户访问-本人,客户访问-上级,客户访问-裁决小组\nA,2026-09,12,13,10\n",
      },
      {
        extraColumns: inputsOf(
          "seed-form2-property",
          "seed-form3-raters",
          "seed-form18-manager",
          "seed-form19-360",
        ),
      },
    );
    expect(where(r)).toEqual([
      "f18.csv:2:客户满意度: score outside 0–100: '120'",
      "f19.csv:2:客户访问-上级: score outside 0–12: '13'",
      "f2.csv:2:仪容仪表违规次数: not a count: '-1' (a whole number ≥ 0)",
      "f2.csv:3:仪容仪表违规次数: not a count: '1.5' (a whole number ≥ 0)",
      "f3.csv:2:主管评-售前服务: score outside 0–10: '11'",
      "f3.csv:3:月度工作计划得分: score outside 0–100: '150'",
    ]);
    // Nothing is scored from a rejected row; the valid rows are.
    const c = r.agentMonths.find((m) => m.agent === "C");
    expect(c?.values).toMatchObject({
      appearance_violations: 2,
      sup_presales: 8,
      satisfaction_score: 88,
    });
    // Every row of A's month was rejected: A's month is kept, with no values, incomplete.
    expect(r.agentMonths.find((m) => m.agent === "A")).toMatchObject({ values: {} });
    expect(r.agentMonths.find((m) => m.agent === "A")?.rejectedRows).toBeGreaterThan(0);
    for (const f of r.files) expect(f.scored + f.rejected + f.skipped).toBe(f.read);
  });

  it("a percentage is a fraction or 95%, never a bare 95", async () => {
    const r = await ingestTemp(
      {
        "f9.csv":
          "客服,月份,客户资料准确率\nA,2026-09,95\nB,2026-09,95%\nC,2026-09,0.95\nD,2026-09,-5%\n",
      },
      { extraColumns: inputsOf("seed-form9-letter") },
    );
    expect(where(r)).toEqual([
      "f9.csv:2:客户资料准确率: not a ratio: '95' (write 95% or 0.95)",
      "f9.csv:5:客户资料准确率: negative ratio: '-5%'",
    ]);
    // (Agent-months whose only row was rejected are kept with no values: left out here.)
    const kept = r.agentMonths.filter((m) => Object.keys(m.values).length > 0);
    expect(kept.map((m) => [m.agent, m.values.data_accuracy])).toEqual([
      ["B", 0.95],
      ["C", 0.95],
    ]);
  });

  it("ticks are 1/0, 是/否, ✓/✗ (√/×); anything else is an error", async () => {
    const r = await ingestTemp(
      {
        "f18.csv":
          "客服,月份,2小时内响应,3个工作日内解决,解决率100%\nA,2026-09,是,否,1\nB,2026-09,✓,✗,√\nC,2026-09,2,1,1\nD,2026-09,,1,1\n",
      },
      { extraColumns: inputsOf("seed-form18-manager") },
    );
    expect(where(r)).toEqual([
      "f18.csv:4:2小时内响应: not a tick: '2' (write 1 or 0, 是 or 否, ✓ or ✗)",
    ]);
    const v = (agent: string) => r.agentMonths.find((m) => m.agent === agent)?.values;
    expect(v("A")).toEqual({ responded_2h: 1, solved_3d: 0, solve_rate_full: 1 });
    expect(v("B")).toEqual({ responded_2h: 1, solved_3d: 0, solve_rate_full: 1 });
    // An empty tick is missing, never "unmet".
    expect(v("D")?.responded_2h).toBeUndefined();
  });

  it("a level is 1…n or the level's name", async () => {
    const label = { zh: "项", en: "item" };
    const s = scheme({
      id: "levels",
      label,
      mode: "points",
      inputs: [
        { id: "lvl", label, headers: ["档次"] },
        { id: "sup", label, headers: ["主管评"] },
      ],
      kpis: [
        {
          id: "j",
          type: "judgement",
          max: 10,
          level: "lvl",
          levels: [
            { label: { zh: "高", en: "high" }, min: 8, max: 10 },
            { label: { zh: "中", en: "medium" }, min: 4, max: 7 },
            { label: { zh: "低", en: "low" }, min: 0, max: 3 },
          ],
          raters: [{ input: "sup" }],
        },
      ],
    });
    const r = await ingestTemp(
      {
        "l.csv":
          "客服,月份,档次,主管评\nA,2026-09,中,6\nB,2026-09,1,9\nC,2026-09,4,9\nD,2026-09,medium,5\n",
      },
      { extraColumns: schemeInputs(s) },
    );
    expect(where(r)).toEqual(["l.csv:4:档次: not a level: '4' (1 = 高, 2 = 中, 3 = 低)"]);
    const kept = r.agentMonths.filter((m) => Object.keys(m.values).length > 0);
    expect(kept.map((m) => [m.agent, m.values.lvl])).toEqual([
      ["A", 2],
      ["B", 1],
      ["D", 2],
    ]);
  });

  it("ratings are given once a month: a daily row with one is an error; daily counts sum", async () => {
    const r = await ingestTemp(
      {
        "daily.csv":
          "客服,日期,自评-售前服务,仪容仪表违规次数\nA,2026-09-01,9,1\nA,2026-09-02,,2\nA,2026-09-03,9,0\n",
      },
      { extraColumns: inputsOf("seed-form3-raters", "seed-form2-property") },
    );
    expect(where(r)).toEqual([
      "daily.csv:2:自评-售前服务: 自评-售前服务 is given once a month, not per day: put it in a monthly sheet (月份 column) instead of this daily row ('9')",
      "daily.csv:4:自评-售前服务: 自评-售前服务 is given once a month, not per day: put it in a monthly sheet (月份 column) instead of this daily row ('9')",
    ]);
    // Day 2 (no rating) is folded: its count is summed, the rating column is not taken from a daily file.
    expect(r.agentMonths[0]?.values).toEqual({ appearance_violations: 2 });
    expect(r.agentMonths[0]?.rejectedRows).toBe(2);
  });

  it("counts sum over daily rows", async () => {
    const r = await ingestTemp(
      { "d.csv": "客服,日期,仪容仪表违规次数\nA,2026-09-01,1\nA,2026-09-02,0\nA,2026-09-03,2\n" },
      { extraColumns: inputsOf("seed-form2-property") },
    );
    expect(r.rejected).toEqual([]);
    expect(r.agentMonths[0]?.values.appearance_violations).toBe(3);
  });
});

describe("rating sheets as supervisors type them", () => {
  const valuesOf = (r: Awaited<ReturnType<typeof ingestTemp>>, agent: string) =>
    r.agentMonths.find((m) => m.agent === agent)?.values;

  it("reads full-width digits, 90分 on a score and 2次 on a count; other units are still refused", async () => {
    const r = await ingestTemp(
      {
        "f3.csv":
          "客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分\n" +
          "A,2026-09,９,８分,９０分\nB,２０２６－０９,10分,7,８５．５\n" +
          "C,2026-09,9,8分钟,90\nD,2026-09,9,11分,90\n",
        "f2.csv":
          "客服,月份,仪容仪表违规次数,考勤违规次数,礼仪违规次数\n" +
          "A,2026-09,2次,０,1 次\nB,2026-09,1.5次,0,0\nC,2026-09,2分,0,0\n",
        "f9.csv": "客服,月份,客户资料准确率\nA,2026-09,９５％\nB,2026-09,０．９\n",
        "f18.csv": "客服,月份,2小时内响应,3个工作日内解决,解决率100%\nA,2026-09,１,０,是\n",
      },
      {
        extraColumns: inputsOf(
          "seed-form3-raters",
          "seed-form2-property",
          "seed-form9-letter",
          "seed-form18-manager",
        ),
      },
    );
    expect(where(r)).toEqual([
      "f2.csv:3:仪容仪表违规次数: not a count: '1.5次' (a whole number ≥ 0)",
      "f2.csv:4:仪容仪表违规次数: not a number: '2分'",
      "f3.csv:4:主管评-售前服务: not a number: '8分钟'",
      "f3.csv:5:主管评-售前服务: score outside 0–10: '11分'",
    ]);
    expect(valuesOf(r, "A")).toMatchObject({
      self_presales: 9,
      sup_presales: 8,
      work_plan: 90,
      appearance_violations: 2,
      attendance_violations: 0,
      courtesy_violations: 1,
      data_accuracy: 0.95,
      responded_2h: 1,
      solved_3d: 0,
    });
    expect(valuesOf(r, "B")).toMatchObject({
      self_presales: 10,
      sup_presales: 7,
      work_plan: 85.5,
      data_accuracy: 0.9,
    });
  });

  it("reads the month as 10月 (year from the file name), a 1st or last-day date, or Sep-26; refuses what it cannot be sure of", async () => {
    const r = await ingestTemp(
      {
        "评分表-2026-09.csv":
          "客服,月份,主管评-售前服务\n" +
          "A,9月,7\nB,2026-09-01,7\nC,Sep-26,7\nD,2026/9/30,7\nE,2026-09-15,7\nF,8月,7\n",
        "主管评分表.csv": "客服,月份,主管评-售前服务\nG,9月,7\nH,２０２６年９月,7\n",
      },
      { extraColumns: inputsOf("seed-form3-raters") },
    );
    expect(where(r)).toEqual([
      "主管评分表.csv:2:月份: month without a year: '9月' (write it as YYYY-09, the year first: no one period in the file name, sheet name or lines above the header gives the year)",
      "评分表-2026-09.csv:6:月份: a date, not a month: '2026-09-15' (write the month, e.g. 2026-09: a date in a month column is read only as the 1st or the last day of its month)",
      "评分表-2026-09.csv:7:月份: month without a year: '8月', and file name '2026-09' says 2026-09, another month (write it with its year, e.g. 2026-08)",
    ]);
    const scored = r.agentMonths
      .filter((m) => Object.keys(m.values).length > 0)
      .map((m) => `${m.agent} ${m.month}`);
    expect(scored.sort()).toEqual([
      "A 2026-09",
      "B 2026-09",
      "C 2026-09",
      "D 2026-09",
      "H 2026-09",
    ]);
    for (const f of r.files) expect(f.scored + f.rejected + f.skipped).toBe(f.read);
  });
});

describe("a score typed with its grade word (评分表 as supervisors fill it)", () => {
  it("reads 95（优秀）, 88 (良好) and ９０分（优秀） as the score; refuses a bracket with a digit", async () => {
    const r = await ingestTemp(
      {
        "f3.csv": [
          "客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分",
          "A,2026-09,8（高）,9,95（优秀）",
          "B,2026-09,7,８,88 (良好)",
          "C,2026-09,9,7,９０分（优秀）",
          "D,2026-09,9,7,90（+5）",
          "E,2026-09,9,7,95(满分100)",
          "F,2026-09,9,7,优秀",
          "",
        ].join("\n"),
      },
      { extraColumns: inputsOf("seed-form3-raters") },
    );
    expect(where(r)).toEqual([
      "f3.csv:5:月度工作计划得分: not a number: '90（+5）'",
      "f3.csv:6:月度工作计划得分: not a number: '95(满分100)'",
      "f3.csv:7:月度工作计划得分: not a number: '优秀' (this column wants a score 0–100; a grade word is not read as a score)",
    ]);
    const v = (agent: string) => r.agentMonths.find((m) => m.agent === agent)?.values;
    expect(v("A")).toMatchObject({ self_presales: 8, sup_presales: 9, work_plan: 95 });
    expect(v("B")).toMatchObject({ work_plan: 88 });
    expect(v("C")).toMatchObject({ work_plan: 90 });
  });

  it("refuses a grade word (优秀, 良好, A, B+, 甲等) in a score column saying the column wants a score, with its scale when the scheme gives it", async () => {
    const r = await ingestTemp(
      {
        "f3.csv": [
          "客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分",
          "A,2026-09,良好,9,90",
          "B,2026-09,9,A,90",
          "C,2026-09,9,8,B+",
          "D,2026-09,9,8,甲等",
          "E,2026-09,9,8,abc",
          "",
        ].join("\n"),
        // A score column no scheme rates (客服服务分): its scale is not at hand.
        "svc.csv": "客服,月份,客服服务分\nA,2026-09,优秀\n",
      },
      { extraColumns: inputsOf("seed-form3-raters") },
    );
    const score = (range: string) =>
      `(this column wants a score ${range}; a grade word is not read as a score)`;
    expect(where(r)).toEqual([
      `f3.csv:2:自评-售前服务: not a number: '良好' ${score("0–10")}`,
      `f3.csv:3:主管评-售前服务: not a number: 'A' ${score("0–10")}`,
      `f3.csv:4:月度工作计划得分: not a number: 'B+' ${score("0–100")}`,
      `f3.csv:5:月度工作计划得分: not a number: '甲等' ${score("0–100")}`,
      // Not a grade word: as before.
      "f3.csv:6:月度工作计划得分: not a number: 'abc'",
      "svc.csv:2:客服服务分: not a number: '优秀' (this column wants a number; a grade word is not read as a score)",
    ]);
    const zh = r.rejected.find((x) => x.file === "f3.csv" && x.row === 5)?.why;
    expect(zh && reasonText(zh, "zh")).toBe(
      "不是数字：'甲等'（此列要填 0–100 的分数，等级词不会被当作分数读取）",
    );
  });
});
