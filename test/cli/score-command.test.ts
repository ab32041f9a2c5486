import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { scoreCommand } from "~/cli/score-command.ts";
import { dayRow, FULL_HEADER, runCommand } from "./run-command.ts";

const good = {
  "data/exports/2026-09.csv": `${FULL_HEADER}\n${dayRow("小美", "2026-09-01")}\n${dayRow("007", "2026-09-01")}\n合计,,1,1,1,1,1,1,1,1,1,1\n`,
};

describe("score", () => {
  it("prints the contract's JSON with files, results sorted by month then agent (exit 0)", async () => {
    const run = await runCommand(scoreCommand, good);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.scheme).toBe("seed-monthly");
    expect(doc.results.map((r: { agent: string }) => r.agent)).toEqual(["007", "小美"]);
    expect(doc.results[0]).toMatchObject({
      month: "2026-09",
      max: 110,
      complete: true,
      grade: null,
      pay: null,
    });
    expect(doc.results[0].kpis[0]).toMatchObject({
      id: "inquiry_conversion",
      value: 0.55,
      points: 26,
      max: 30,
      status: "scored",
    });
    expect(doc.skipped).toEqual([
      { file: "data/exports/2026-09.csv", row: 4, reason: "totals row" },
    ]);
    expect(doc.files).toEqual([
      {
        file: "data/exports/2026-09.csv",
        encoding: "utf-8",
        delimiter: "comma",
        read: 3,
        scored: 2,
        rejected: 0,
        skipped: 1,
      },
    ]);
  });

  it("exits 1 on a rejected row, prints file:row:column: message and writes nothing", async () => {
    const bad = {
      "data/exports/a.csv": `${FULL_HEADER}\n${dayRow("A", "2026-09-01").replace(",100,", ",abc,")}\n`,
    };
    const run = await runCommand(scoreCommand, bad, ["--out", "out.json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("data/exports/a.csv:2:询单人数: not a number: 'abc'\n");
    expect(run.stdout).toBe("");
    expect(run.written.size).toBe(0);
  });

  it("--allow-invalid scores the valid rows and still lists the rejected ones", async () => {
    const files = {
      "data/exports/a.csv": `${FULL_HEADER}\n${dayRow("A", "2026-09-01")}\nB,2026-09-01,x,1,1,1,1,1,1,1,1,1\n`,
    };
    const run = await runCommand(scoreCommand, files, ["--allow-invalid"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("a.csv:3:询单人数: not a number: 'x'");
    const doc = JSON.parse(run.stdout);
    // B's only row was rejected: B is listed for the month, incomplete, not left out.
    expect(
      doc.results.map((r: { agent: string; complete: boolean }) => [r.agent, r.complete]),
    ).toEqual([
      ["A", true],
      ["B", false],
    ]);
    expect(doc.rejected).toEqual([
      { file: "data/exports/a.csv", row: 3, column: "询单人数", reason: "not a number: 'x'" },
    ]);
  });

  it("writes CSV to --out", async () => {
    const run = await runCommand(scoreCommand, good, ["--format", "csv", "--out", "r.csv"]);
    expect(run.code).toBe(0);
    expect(run.written.get("r.csv")?.startsWith("\uFEFFagent,month,")).toBe(true);
  });

  it("refuses --out among the exports (exit 2) before reading anything: nothing written", async () => {
    const run = await runCommand(scoreCommand, good, ["--out", "data/exports/2026-09.csv"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--out data\/exports\/2026-09\.csv: is inside the inputs/);
    expect(run.written.size).toBe(0);
  });

  it("refuses --out in the exports folder config.yaml names", async () => {
    const run = await runCommand(
      scoreCommand,
      { ...good, "data/config.yaml": "exports: ../shop-exports\n", "shop-exports/a.csv": "x\n" },
      ["--out", "shop-exports/results.csv", "--data", "data/exports"],
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^--out shop-exports\/results\.csv: is inside the inputs \(.*shop-exports\)/,
    );
  });

  it("a --data path that does not exist: exit 2, the full path and what to check", async () => {
    const run = await runCommand(scoreCommand, good, ["--data", "exprots"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${run.root}/exprots: no such file or folder\ncheck the --data path (a relative one is read from the folder the command runs in: under npm, the repository's)\n`,
    );
  });

  it("exits 1 naming the KPI when no file has a column the scheme needs", async () => {
    const run = await runCommand(scoreCommand, {
      "data/exports/a.csv": "客服,日期,询单人数,最终付款人数\nA,2026-09-01,10,5\n",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /scheme seed-monthly:kpi satisfaction: KPI satisfaction \(.*\) needs column/,
    );
  });

  it.each([
    [["--bogus"], /bad option/],
    [["--format", "xml"], /--format: expected json, csv or xlsx, got 'xml'/],
    // A workbook is no text for a terminal or a pipe.
    [["--format", "xlsx"], /--format xlsx writes a workbook: give --out FILE.xlsx/],
    [["--month", "2026-13"], /--month: expected YYYY-MM/],
    [["--scheme", "nope"], /unknown scheme 'nope'/],
  ])("exits 2 on usage errors: %j", async (argv, message) => {
    const run = await runCommand(scoreCommand, good, argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("--format xlsx --out writes the results as a workbook (the CSV's rows, typed cells)", async () => {
    const run = await runCommand(scoreCommand, good, ["--format", "xlsx", "--out", "r.xlsx"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("");
    // A zip (an .xlsx) starts PK.
    expect([...run.written.entries()].find(([p]) => p.endsWith("r.xlsx"))?.[1]).toMatch(/^PK/);
  });

  it("exits 2 on an invalid scheme file, naming the file", async () => {
    const run = await runCommand(
      scoreCommand,
      { ...good, "data/schemes/s.yaml": "id: s\nkpis: 3\n" },
      ["--scheme", "s"],
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/s\.yaml: /);
    // Refused for what it holds, not for being absent.
    expect(run.stderr).not.toMatch(/no such|not found|ENOENT/i);
    expect(run.stderr).toMatch(/s\.yaml:\d+: kpis: /);
  });

  it.each([
    ["score", scoreCommand],
    ["check", checkCommand],
  ])(
    "%s: exits 2 on a scheme whose bands leave a gap (a checker error), naming the file and path",
    async (_name, command) => {
      // 50% ≤ X < 52% matches no band: scoring it would leave such months without points.
      const gap = [
        "id: gappy",
        "label: { zh: 缺口, en: Gap }",
        "mode: points",
        "kpis:",
        "  - id: inquiry_conversion",
        "    weight: 100",
        "    bands:",
        "      - { min: 0.52, points: 100 }",
        "      - { max: 0.50, points: 0 }",
        "",
      ].join("\n");
      const files = { ...good, "data/schemes/gappy.yaml": gap };
      const run = await runCommand(command, files, ["--scheme", "gappy"]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /schemes\/gappy\.yaml:8: kpis\[0\]\.bands\[\d\]\.\w+: .*gap between 50% and 52%/,
      );
      expect(run.stdout).toBe("");
    },
  );

  it("exits 2 on a bad data/config.yaml, naming the field", async () => {
    const run = await runCommand(scoreCommand, {
      ...good,
      "data/config.yaml": "defaultScheme: 3\n",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/config\.yaml:1: defaultScheme: /);
  });
});

describe("check", () => {
  it("prints per-file accounting, unknown columns, agents not in the roster, scheme warnings", async () => {
    const run = await runCommand(checkCommand, {
      ...good,
      "data/exports/b.csv": `${FULL_HEADER},备注\n${dayRow("阿杰", "2026-09-02")},x\n`,
      "data/roster.csv": "agent,display_name,role,team,joined,left\n小美,小美,售前,一组,,\n",
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "data/exports/2026-09.csv [utf-8, comma]: read 3 = scored 2 + rejected 0 + skipped 1 (1 totals row)",
    );
    expect(run.stdout).toContain("备注 (1 file(s))");
    expect(run.stdout).toContain(
      "agents not in the roster (scheme by their 岗位, else the default): 007, 阿杰",
    );
    expect(run.stdout).toMatch(/seed-monthly: .*warning: /);
  });
});

describe("check: a scheme with a checker error", () => {
  // Weights add up to 95 (a warning) and 50% ≤ X < 52% matches no band (an error).
  const scheme = (top: number) =>
    [
      "id: gappy",
      "label: { zh: 缺口, en: Gap }",
      "mode: points",
      "kpis:",
      "  - id: inquiry_conversion",
      "    weight: 95",
      "    bands:",
      `      - { min: ${top}, points: 95 }`,
      "      - { max: 0.50, points: 0 }",
      "",
    ].join("\n");
  const warnings = (root: string) => [
    `${root}/data/schemes/gappy.yaml:4: kpis: warning: the maxima add up to 95, not 100: 95 (row 1 inquiry_conversion)`,
    `${root}/data/schemes/gappy.yaml:4: kpis: warning: the weights add up to 95%, not 100%: 95 (row 1 inquiry_conversion)`,
  ];

  it("prints its warnings after the error, as check prints them alone (exit 2)", async () => {
    const files = { ...good, "data/schemes/gappy.yaml": scheme(0.52) };
    const run = await runCommand(checkCommand, files, ["--scheme", "gappy"]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split("\n")).toEqual([
      `${run.root}/data/schemes/gappy.yaml:8: kpis[0].bands[0].min: row 1 (inquiry_conversion): gap between 50% and 52%: such values match no band (bands[1] (X < 50% → 0) and bands[0] (X ≥ 52% → 95))`,
      ...warnings(run.root),
    ]);
    expect(run.stdout).toBe("");
    // The same lines check prints beside its summary once the gap is closed.
    const closed = { ...good, "data/schemes/gappy.yaml": scheme(0.5) };
    const alone = await runCommand(checkCommand, closed, ["--scheme", "gappy"]);
    expect(alone.code).toBe(0);
    for (const line of warnings(alone.root)) expect(alone.stdout).toContain(`${line}\n`);
  });

  it("a scheme data/config.yaml names and refuses says why, not 'unknown scheme'", async () => {
    const run = await runCommand(checkCommand, {
      ...good,
      "data/config.yaml": "defaultScheme: pct\n",
      "data/schemes/pct.yaml": scheme(0.5)
        .replace("id: gappy", "id: pct")
        .replace("weight: 95", "weight: 95%"),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "pct.yaml:6: kpis[0].weight: expected a number, got '95%': a weight is in percent already: write 95, without %",
    );
    expect(run.stderr).not.toContain("unknown scheme");
  });
});

describe("scheme resolution by role", () => {
  it("uses schemeByRole for roster agents and defaultScheme for the rest; --scheme overrides both", async () => {
    const files = {
      ...good,
      "data/config.yaml": "defaultScheme: seed-indicators\nschemeByRole:\n  售前: seed-monthly\n",
      "data/roster.csv": "agent,display_name,role,team,joined,left\n小美,小美,售前,一组,,\n",
    };
    const run = await runCommand(scoreCommand, files, ["--allow-invalid"]);
    const doc = JSON.parse(run.stdout);
    expect(doc.results.map((r: { agent: string; scheme: string }) => [r.agent, r.scheme])).toEqual([
      ["007", "seed-indicators"],
      ["小美", "seed-monthly"],
    ]);
    expect(run.stderr).toMatch(/KPI payment_rate/);
    const forced = await runCommand(scoreCommand, files, ["--scheme", "seed-monthly"]);
    expect(forced.code).toBe(0);
    expect(
      new Set(JSON.parse(forced.stdout).results.map((r: { scheme: string }) => r.scheme)),
    ).toEqual(new Set(["seed-monthly"]));
  });
});

describe("check: names not in the roster that look like a roster agent", () => {
  it("says which roster agent a display name, a nick or a name with a stray space may mean", async () => {
    const header = "客服,月份,询单人数,最终付款人数";
    const run = await runCommand(checkCommand, {
      "data/exports/platform.csv": `${header}\n暖阳家居旗舰店:林晓,2026-09,100,40\n暖阳家居旗舰店:赵磊,2026-09,90,30\n`,
      // The supervisor's sheet: the display name, a nick, a full-width space.
      "data/exports/ratings.csv": `客服,月份,评价总数\n小林,2026-09,10\n赵磊,2026-09,8\n暖阳家居旗舰店:赵\u3000磊,2026-09,9\n王五,2026-09,7\n`,
      "data/roster.csv": [
        "agent,display_name,role,team,joined,left",
        "暖阳家居旗舰店:林晓,小林,售前,一组,,",
        "暖阳家居旗舰店:赵磊,,售前,一组,,",
        "",
      ].join("\n"),
    });
    expect(run.stdout).toContain(
      "agents not in the roster (scheme by their 岗位, else the default): 小林, 暖阳家居旗舰店:赵 磊, 王五, 赵磊",
    );
    expect(run.stdout).toContain(
      // Each named where it is first written, so the sheet is fixed there.
      "  data/exports/ratings.csv:2: 小林: did you mean 暖阳家居旗舰店:林晓 (whose display_name it is)? Write the name as the roster's agent column has it, or the two count as different agents\n",
    );
    expect(run.stdout).toContain(
      "  data/exports/ratings.csv:3: 赵磊: did you mean 暖阳家居旗舰店:赵磊 (its nick)?",
    );
    expect(run.stdout).toContain(
      "  data/exports/ratings.csv:4: 暖阳家居旗舰店:赵 磊: did you mean 暖阳家居旗舰店:赵磊 (the same but for spaces)?",
    );
    expect(run.stdout).not.toMatch(/ 王五: did you mean/);
    // After the verdict, the split and the gaps are said (a "no problems found" is not "all whole").
    expect(run.stdout).toMatch(
      /(no problems found|\d+ problem\(s\) found)\nnote: \d+ of 6 agent-months incomplete .*\n( {2}.*\n)+note: 3 agent\(s\) not in the roster look like a roster agent/,
    );
    // Each incomplete agent-month (up to five) is named with the KPI that made it so, and why.
    expect(run.stdout).toMatch(/^ {2}\S.* \d{4}-\d{2}: [a-z_]+ (missing|undefined)( \(.+\))?/m);
  });
});

describe("a scheme data/config.yaml names that does not exist", () => {
  it("names the config key, suggests the id it resembles and lists the ids (exit 2)", async () => {
    const run = await runCommand(checkCommand, {
      "data/config.yaml": "defaultScheme: seed-monthly\nschemeByRole:\n  售后: Seed_Form3-Raters\n",
      "data/exports/p.csv": "客服,月份,询单人数\n小美,2026-09,10\n",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "data/config.yaml: schemeByRole.售后: unknown scheme 'Seed_Form3-Raters' (did you mean seed-form3-raters?): the ids are seed-monthly,",
    );
  });
});

describe("schemesFrom: a scheme version from a month on", () => {
  it("scores the months from 2026-09 with the new version and keeps the earlier ones' scheme", async () => {
    const files = {
      "data/exports/2026-08.csv": `${FULL_HEADER}\n${dayRow("小美", "2026-08-01")}\n`,
      "data/exports/2026-09.csv": `${FULL_HEADER}\n${dayRow("小美", "2026-09-01")}\n`,
      "data/config.yaml": [
        "defaultScheme: seed-indicators",
        "schemeByRole:",
        "  售前: seed-monthly",
        "schemesFrom:",
        "  - from: 2026-09",
        "    schemeByRole:",
        "      售前: seed-form15-pay",
        "",
      ].join("\n"),
      "data/roster.csv": "agent,display_name,role,team,joined,left\n小美,小美,售前,一组,,\n",
    };
    const run = await runCommand(scoreCommand, files, ["--allow-invalid"]);
    const doc = JSON.parse(run.stdout);
    expect(doc.results.map((r: { month: string; scheme: string }) => [r.month, r.scheme])).toEqual([
      ["2026-08", "seed-monthly"],
      ["2026-09", "seed-form15-pay"],
    ]);
  });

  it("names an entry whose from is not a month, and a scheme it names that does not exist (exit 2)", async () => {
    const base = { "data/exports/p.csv": "客服,月份,询单人数\n小美,2026-09,10\n" };
    const bad = await runCommand(checkCommand, {
      ...base,
      "data/config.yaml": "schemesFrom:\n  - from: 九月\n    defaultScheme: seed-monthly\n",
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      "data/config.yaml: schemesFrom.0.from: '九月' is not a month: write the first month the schemes hold, as 2026-09",
    );
    const unknown = await runCommand(checkCommand, {
      ...base,
      "data/config.yaml":
        "schemesFrom:\n  - from: 2026-09\n    schemeByRole:\n      售前: presales-v2\n",
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      "data/config.yaml: schemesFrom(2026-09).schemeByRole.售前: unknown scheme 'presales-v2'",
    );
  });
});
