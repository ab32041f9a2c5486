/** A platform export plus a separately filled rating sheet, through score and check. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { scoreCommand } from "~/cli/score-command.ts";
import { dayRow, FULL_HEADER, runCommand } from "./run-command.ts";

const exportFile = `${FULL_HEADER}\n${dayRow("小美", "2026-09-01")}\n${dayRow("小美", "2026-09-02")}\n`;

describe("rating sheets", () => {
  it("a platform export and a rating sheet join into one scored month (Form 3)", async () => {
    const run = await runCommand(
      scoreCommand,
      {
        "data/exports/platform.csv": exportFile,
        "data/ratings/2026-09-评分表.csv":
          "\uFEFF客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分\n小美,2026-09,10,7,90\n",
      },
      ["--data", "data/exports", "--data", "data/ratings", "--scheme", "seed-form3-raters"],
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    // 0.2 × 10 + 0.8 × 7 = 7.6 of 10 → 76 of 100; 0.4 × 76 + 0.6 × 90 = 84.4
    expect(doc.results[0]).toMatchObject({
      agent: "小美",
      total: 84.4,
      max: 100,
      complete: true,
      formTotal: 7.6,
    });
    expect(doc.files.map((f: { file: string; scored: number }) => [f.file, f.scored])).toEqual([
      ["data/exports/platform.csv", 2],
      ["data/ratings/2026-09-评分表.csv", 1],
    ]);
  });

  it("two raters' copies of one template, each filled in part: the duplicate says why and what to do", async () => {
    const header = "\uFEFF客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分";
    const run = await runCommand(
      checkCommand,
      {
        "data/exports/platform.csv": exportFile,
        "data/ratings/主管评.csv": `${header}\n小美,2026-09,,8,90\n`,
        "data/ratings/自评.csv": `${header}\n小美,2026-09,9,,\n`,
      },
      ["--data", "data/exports", "--data", "data/ratings", "--scheme", "seed-form3-raters"],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "duplicate: 小美 2026-09 already given at data/ratings/主管评.csv:2; both files have every column of this row, and an empty cell still gives its column: if each rater fills in only their own, give each rater's sheet only their own columns",
    );
  });

  it("a wrong rated value fails the run with file:row:column, and check finds it too", async () => {
    const files = {
      "data/exports/platform.csv": exportFile,
      "data/exports/评分表.csv":
        "客服,月份,仪容仪表违规次数,考勤违规次数,礼仪违规次数\n小美,2026-09,-2,0,0\n",
    };
    const argv = ["--scheme", "seed-form2-property"];
    const score = await runCommand(scoreCommand, files, argv);
    expect(score.code).toBe(1);
    expect(score.stdout).toBe("");
    expect(score.stderr).toContain(
      "data/exports/评分表.csv:2:仪容仪表违规次数: not a count: '-2' (a whole number ≥ 0)\n",
    );
    const check = await runCommand(checkCommand, files, argv);
    expect(check.code).toBe(1);
    expect(check.stderr + check.stdout).toContain(
      "data/exports/评分表.csv:2:仪容仪表违规次数: not a count: '-2' (a whole number ≥ 0)",
    );
  });

  it("a sheet typed by hand (９０, 7分, 9月 in a file named for 2026-09) scores like a plain one", async () => {
    const argv = ["--scheme", "seed-form3-raters"];
    const plain = await runCommand(
      scoreCommand,
      {
        "data/exports/platform.csv": exportFile,
        "data/exports/评分表-2026-09.csv":
          "客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分\n小美,2026-09,10,7,90\n",
      },
      argv,
    );
    const typed = await runCommand(
      scoreCommand,
      {
        "data/exports/platform.csv": exportFile,
        "data/exports/评分表-2026-09.csv":
          "客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分\n小美,9月,１０,7分,９０分\n",
      },
      argv,
    );
    expect(typed.stderr).toBe("");
    expect(typed.code).toBe(0);
    expect(JSON.parse(typed.stdout).results).toEqual(JSON.parse(plain.stdout).results);
  });

  it("a month without its year, in a file name or a cell, is refused saying to write the year", async () => {
    const check = await runCommand(
      checkCommand,
      {
        "data/exports/platform.csv": exportFile,
        "data/exports/9月评分表.csv":
          "客服,自评-售前服务,主管评-售前服务,月度工作计划得分\n小美,10,7,90\n",
        "data/exports/主管评分.csv":
          "客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分\n小美,9月,10,7,90\n",
      },
      ["--scheme", "seed-form3-raters"],
    );
    expect(check.code).toBe(1);
    const out = check.stderr + check.stdout;
    expect(out).toContain(
      "data/exports/9月评分表.csv: file name '9月' names a month without its year: write it as YYYY-09, the year first, or add a 月份/month column",
    );
    expect(out).toContain(
      "data/exports/主管评分.csv:2:月份: month without a year: '9月' (write it as YYYY-09, the year first: no one period in the file name, sheet name or lines above the header gives the year)",
    );
  });
});

describe("the explanation in JSON and CSV", () => {
  it("carries each rater's score, letters, unmet items and the form total before the composite", async () => {
    const files = {
      "data/exports/ratings.csv":
        "客服,月份,自评-售前服务,主管评-售前服务,月度工作计划得分\n小美,2026-09,10,7,90\n",
    };
    const json = await runCommand(scoreCommand, files, ["--scheme", "seed-form3-raters"]);
    const r = JSON.parse(json.stdout).results[0];
    expect(r).toMatchObject({ formTotal: 7.6, formMax: 10, total: 84.4 });
    expect(r.kpis[0].raters).toEqual([
      { input: "self_presales", rater: "自评", score: 10, weight: 20 },
      { input: "sup_presales", rater: "主管", score: 7, weight: 80 },
    ]);
    expect(r.composite).toEqual([
      { id: "form", value: 7.6, max: 10, score: 76, weight: 40, points: 30.4 },
      { id: "work_plan", value: 90, max: 100, score: 90, weight: 60, points: 54 },
    ]);
    const csv = await runCommand(scoreCommand, files, [
      "--scheme",
      "seed-form3-raters",
      "--format",
      "csv",
    ]);
    const [header, row] = csv.stdout.replace("\uFEFF", "").split("\r\n");
    const cells = Object.fromEntries(
      header?.split(",").map((h, i) => [h, row?.split(",")[i]]) ?? [],
    );
    expect(cells).toMatchObject({
      formTotal: "7.6",
      formMax: "10",
      total: "84.4",
      "presales_service.self_presales": "10",
      "presales_service.sup_presales": "7",
    });
  });

  it("a letter-grade KPI carries its letter; a checklist its items", async () => {
    const letters = await runCommand(
      scoreCommand,
      {
        "data/exports/f9.csv":
          "客服,月份,实际回访客户数,计划回访客户数,客户资料准确率\nA,2026-09,95,100,100%\n",
      },
      ["--scheme", "seed-form9-letter"],
    );
    const kpis = JSON.parse(letters.stdout).results[0].kpis;
    expect(kpis.map((k: { letter: string }) => k.letter)).toEqual(["C", "A"]);
    const counts = await runCommand(
      scoreCommand,
      {
        "data/exports/f2.csv":
          "客服,月份,仪容仪表违规次数,考勤违规次数,礼仪违规次数\nA,2026-09,2,0,3\n",
      },
      ["--scheme", "seed-form2-property"],
    );
    const f2 = JSON.parse(counts.stdout).results[0].kpis;
    expect(
      f2.map((k: { value: number; each: number; points: number }) => [k.value, k.each, k.points]),
    ).toEqual([
      [2, -1, 3],
      [0, -1, 5],
      [3, -1, 0],
    ]);
    const ticks = await runCommand(
      scoreCommand,
      {
        "data/exports/f18.csv":
          "客服,月份,2小时内响应,3个工作日内解决,解决率100%\nA,2026-09,是,否,是\n",
      },
      ["--scheme", "seed-form18-manager", "--allow-invalid"],
    );
    const complaints = JSON.parse(ticks.stdout).results[0].kpis[1];
    expect(complaints.items).toEqual([
      { input: "responded_2h", item: "2小时内响应", met: true },
      { input: "solved_3d", item: "3个工作日内解决", met: false },
      { input: "solve_rate_full", item: "解决率100%", met: true },
    ]);
  });
});

describe("a rater's score outside the level chosen on its line", () => {
  const scheme = readFileSync("test/fixtures/level-judgement.yaml", "utf8");
  const files = {
    "data/schemes/lvl.yaml": scheme,
    "data/exports/评分表-2026-09.csv":
      "客服,月份,等级,自评,主管评\nj1,2026-09,1,8,10\nj2,2026-09,2,8,6\n",
  };

  it("is a problem naming the agent, month, item and sheet header (exit 1, nothing written)", async () => {
    const run = await runCommand(scoreCommand, files, ["--scheme", "lvl", "--format", "csv"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(
      "data:自评: j2 2026-09: 售前服务 / Service: self_s = 8 is outside 4–7 (中): not scored; correct the rating sheet",
    );
    const check = await runCommand(checkCommand, files, ["--scheme", "lvl"]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("1 problem(s) found");
  });

  it("with --allow-invalid the month is incomplete, never scored as 0", async () => {
    const run = await runCommand(scoreCommand, files, ["--scheme", "lvl", "--allow-invalid"]);
    expect(run.code).toBe(0);
    const j2 = JSON.parse(run.stdout).results.find((r: { agent: string }) => r.agent === "j2");
    expect(j2).toMatchObject({ complete: false, grade: null });
    expect(j2.kpis[0]).toMatchObject({ points: null });
  });
});
