import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAndScore } from "~/cli/load-and-score.ts";
import { loadConfig, parseConfig } from "~/ingest/config.ts";
import { roleLookalike } from "~/ingest/roles.ts";
import { loadRoster, parseRoster, rosterDate, rosterWindowProblems } from "~/ingest/roster.ts";
import { loadSchemeFolder, resolveScheme } from "~/ingest/schemes.ts";
import { reasonText } from "~/reasons/reason-text.ts";
import { tempFiles } from "./temp-files.ts";

describe("config", () => {
  it("fills defaults, resolves exports under data/, keeps roles in a Map", () => {
    const { config, errors } = parseConfig(
      {
        defaultScheme: "presales",
        schemeByRole: { 售前: "presales" },
        exports: "exports",
      },
      "c.yaml",
    );
    expect(errors).toEqual([]);
    expect(config.exports).toBe("data/exports");
    expect(config.schemeByRole.get("售前")).toBe("presales");
    expect(config.title.zh).toBe("客服绩效考核");
  });

  it("names the file and field of a bad value", () => {
    expect(parseConfig({ defaultScheme: 3, colour: "red" }, "c.yaml").errors).toEqual([
      expect.stringMatching(/^c\.yaml: defaultScheme: /),
      expect.stringMatching(/^c\.yaml: \(top\): .*colour/),
    ]);
  });

  it("names the line of a bad value or an unknown key in the file, as a scheme file's messages do", async () => {
    const dir = tempFiles({
      "config.yaml": "defaultScheme: presales\nschemeByRole:\n  售前: 3\ncolour: red\n",
    });
    const file = join(dir, "config.yaml");
    expect((await loadConfig(file)).errors).toEqual([
      expect.stringMatching(
        new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:3: schemeByRole\\.售前: `),
      ),
      expect.stringMatching(/:4: \(top\): Unrecognized key: "colour"$/),
    ]);
  });
});

describe("roster", () => {
  it("keeps no control or direction characters in an agent's name, display name, team or role", () => {
    const { roster } = parseRoster(
      "agent,display_name,role,team\nctl\u0001\u001b[31mred\u007f,abc\u202eexe.txt,售\u0000前,一\u200b组\n",
      "r.csv",
    );
    expect(roster.get("ctl[31mred")).toMatchObject({
      displayName: "abcexe.txt",
      role: "售前",
      team: "一组",
    });
  });

  it("reads agents exactly as written (leading zeros kept) and reports duplicates", () => {
    const { roster, problems } = parseRoster(
      "agent,display_name,role,team,joined,left\n007,七,售前,一组,2024-01-01,\n007,x,,,,\n",
      "r.csv",
    );
    expect(roster.get("007")).toEqual({
      agent: "007",
      displayName: "七",
      role: "售前",
      team: "一组",
      joined: "2024-01-01",
      row: 2,
    });
    expect(problems).toEqual([
      {
        severity: "error",
        file: "r.csv",
        row: 3,
        column: "agent",
        message:
          "agent listed twice: '007' (first at row 2); not used. For a change of role or team, give the later row the month it holds from in a 'from' column (2026-07): the earlier months keep the first row's",
        why: { code: "roster-duplicate", agent: "007", first: 2 },
      },
    ]);
  });
});

describe("roster dates", () => {
  it("reads joined/left in every form an export's date cell takes, and Excel's serial day numbers, as YYYY-MM-DD", () => {
    const forms = [
      "2026-04-07",
      "2026-4-7",
      "2026/4/7",
      "2026/04/07",
      "2026.4.7",
      "2026年4月7日",
      "20260407",
      "2026/4/7 0:00",
      "２０２６/４/７",
      '="2026-04-07"',
      "46119",
    ];
    for (const form of forms) expect(rosterDate(form), form).toBe("2026-04-07");
    expect(rosterDate("32874")).toBe("1990-01-01");
    expect(rosterDate("73050")).toBe("2099-12-31");
    for (const bad of ["32873", "73051", "12345", "2026/13/1", "2026-02-30", "4/7/2026", "在职"])
      expect(rosterDate(bad), bad).toBeNull();
  });

  it("keeps them as ISO dates in the entry, whatever the roster wrote", () => {
    const { roster, problems } = parseRoster(
      "agent,joined,left\nA,2026/4/7,2026年6月19日\nB,46119,46192\nC,20260407,\n",
      "r.csv",
    );
    expect(problems).toEqual([]);
    expect([...roster.values()].map((e) => [e.joined, e.left])).toEqual([
      ["2026-04-07", "2026-06-19"],
      ["2026-04-07", "2026-06-19"],
      ["2026-04-07", undefined],
    ]);
  });

  it("reports a date that is not one, naming the row and the column as written, and does not use it", () => {
    const { roster, problems } = parseRoster(
      "工号,agent,role,Joined,left\nK1,A,售前,2026/13/1,在职\nK2,B,售前,—,-\nK3,C,售前,99999,2026/6/19\n",
      "data/roster.csv",
    );
    expect(
      problems.map((p) => [p.severity, p.file, p.row, p.column, p.col, p.cell, p.message]),
    ).toEqual([
      [
        "warning",
        "data/roster.csv",
        2,
        "Joined",
        4,
        "2026/13/1",
        "joined is not a date: '2026/13/1' (write 2026-04-07, 2026/4/7 or 2026年4月7日, or leave it empty): not used, no month is checked against it",
      ],
      [
        "warning",
        "data/roster.csv",
        2,
        "left",
        5,
        "在职",
        "left is not a date: '在职' (write 2026-04-07, 2026/4/7 or 2026年4月7日, or leave it empty): not used, no month is checked against it",
      ],
      [
        "warning",
        "data/roster.csv",
        4,
        "Joined",
        4,
        "99999",
        expect.stringMatching(/^joined is not a date: '99999'/),
      ],
    ]);
    expect(problems[0]?.why).toEqual({ code: "roster-date", side: "joined", value: "2026/13/1" });
    expect(reasonText(problems[1]?.why ?? { code: "text", text: "" }, "zh")).toBe(
      "离职日期不是日期：'在职'（请写 2026-04-07、2026/4/7 或 2026年4月7日，或留空）：不采用，不据此检查各月数据",
    );
    // Not used: no window from a misread date; a dash is an empty cell, not a problem.
    expect(roster.get("A")).toEqual({ agent: "A", role: "售前", row: 2 });
    expect(roster.get("B")).toEqual({ agent: "B", role: "售前", row: 3 });
    expect(roster.get("C")?.left).toBe("2026-06-19");
  });

  it("checks the window with slashed, Chinese and serial dates as with ISO ones (leavers too)", () => {
    const months = ["2026-03", "2026-04", "2026-06", "2026-07", "2026-10"];
    for (const [joined, left] of [
      ["2026/4/7", "2026/6/19"],
      ["2026年4月7日", "2026年6月19日"],
      ["46119", "46192"],
      ["2026-04-07", "2026-06-19"],
    ]) {
      const { roster } = parseRoster(`agent,joined,left\nA,${joined},${left}\n`, "r.csv");
      const found = rosterWindowProblems(
        months.map((month) => ({ agent: "A", month })),
        roster,
        "r.csv",
      );
      expect(
        found.map((p) => p.message),
        joined,
      ).toEqual([
        "A has data in 2026-03 but joined on 2026-04-07",
        "A has data in 2026-07 but left on 2026-06-19",
        "A has data in 2026-10 but left on 2026-06-19",
      ]);
    }
  });
});

describe("a role schemeByRole does not name", () => {
  const config =
    "defaultScheme: seed-monthly\nschemeByRole:\n  售前: seed-monthly\n  售后: seed-indicators\n  抖店: seed-monthly\n";
  const exports = (rows: string[]) =>
    `客服,月份,询单人数,最终付款人数\n${rows.map((a) => `${a},10,5`).join("\n")}\n`;
  const roleProblems = async (files: Record<string, string>, scheme?: string) => {
    const root = tempFiles(files);
    const load = await loadAndScore(
      { data: [], ...(scheme === undefined ? {} : { scheme }) },
      { root, today: "2026-11-26" },
    );
    return {
      load,
      problems: load.problems.filter((p) => p.why?.code === "unknown-role"),
    };
  };

  it("warns once per role (not per agent-month), at the roster row, with the known roles, the default used and the key it probably meant", async () => {
    const { load, problems } = await roleProblems({
      "data/config.yaml": config,
      "data/roster.csv":
        "agent,display_name,role,team,joined,left\n甲,,售前,,,\n乙,,售後,,,\n丙,,售后客服,,,\n丁,,售後,,,\n",
      "data/exports/p.csv": exports([
        "甲,2026-09",
        "乙,2026-09",
        "丙,2026-09",
        "丁,2026-09",
        "甲,2026-10",
        "乙,2026-10",
        "丙,2026-10",
        "丁,2026-10",
      ]),
    });
    expect(problems.map((p) => [p.severity, p.file, p.row, p.column, p.message])).toEqual([
      [
        "warning",
        "data/roster.csv",
        3,
        "role",
        "role '售後' (2 agents) is not in schemeByRole of data/config.yaml (售前, 售后, 抖店): scored with the default scheme seed-monthly; did you mean '售后'? correct the role, or add it to schemeByRole (a role left to the default on purpose needs no change)",
      ],
      [
        "warning",
        "data/roster.csv",
        4,
        "role",
        "role '售后客服' (1 agent) is not in schemeByRole of data/config.yaml (售前, 售后, 抖店): scored with the default scheme seed-monthly; did you mean '售后'? correct the role, or add it to schemeByRole (a role left to the default on purpose needs no change)",
      ],
    ]);
    expect(reasonText(problems[0]?.why ?? { code: "text", text: "" }, "zh")).toBe(
      "花名册岗位 '售後'（2 位客服）不在 data/config.yaml 的 schemeByRole 中（售前、售后、抖店）：按默认方案 seed-monthly 考核；是否应为 '售后'？请改正岗位，或把它加入 schemeByRole（有意让该岗位使用默认方案则无需修改）",
    );
    // A warning: scored as before (the default scheme).
    expect(load.results.filter((r) => r.agent === "乙").map((r) => r.scheme)).toEqual([
      "seed-monthly",
      "seed-monthly",
    ]);
  });

  it("warns about a role left to the default on purpose too, once, without a guess", async () => {
    const { problems } = await roleProblems({
      "data/config.yaml": config,
      "data/roster.csv": "agent,role\n甲,质检\n乙,质检\n",
      "data/exports/p.csv": exports(["甲,2026-09", "乙,2026-09", "甲,2026-10"]),
    });
    expect(problems.map((p) => [p.row, p.message])).toEqual([
      [
        2,
        "role '质检' (2 agents) is not in schemeByRole of data/config.yaml (售前, 售后, 抖店): scored with the default scheme seed-monthly; correct the role, or add it to schemeByRole (a role left to the default on purpose needs no change)",
      ],
    ]);
  });

  it("names the export for a role from its 岗位 column (no roster, or no roster role)", async () => {
    const { problems } = await roleProblems({
      "data/config.yaml": config,
      "data/roster.csv": "agent,role\n甲,\n",
      "data/exports/a.csv": "客服,岗位,月份,询单人数\n甲,售前,2026-09,10\n",
      "data/exports/b.csv": "客服,岗位,月份,询单人数\n甲,售后 ,2026-10,10\n乙,抖 店,2026-10,8\n",
    });
    expect(problems.map((p) => [p.file, p.row, p.message])).toEqual([
      [
        "data/exports/b.csv",
        undefined,
        "岗位 (role) '抖 店' (1 agent) is not in schemeByRole of data/config.yaml (售前, 售后, 抖店): scored with the default scheme seed-monthly; did you mean '抖店'? correct the role, or add it to schemeByRole (a role left to the default on purpose needs no change)",
      ],
    ]);
  });

  it("says nothing without schemeByRole, or when --scheme scores everyone", async () => {
    const files = {
      "data/roster.csv": "agent,role\n甲,售後\n",
      "data/exports/p.csv": exports(["甲,2026-09"]),
    };
    expect(
      (await roleProblems({ ...files, "data/config.yaml": "defaultScheme: seed-monthly\n" }))
        .problems,
    ).toEqual([]);
    expect(
      (await roleProblems({ ...files, "data/config.yaml": config }, "seed-indicators")).problems,
    ).toEqual([]);
    expect((await roleProblems({ ...files, "data/config.yaml": config })).problems).toHaveLength(1);
  });

  it("guesses the key a role probably meant: NFKC, spaces, script and case, else the one it contains or is contained in", () => {
    const keys = ["售前", "售后", "抖店", "售后主管", "Presales"];
    expect(roleLookalike("售後", keys)).toBe("售后");
    expect(roleLookalike("售 后", keys)).toBe("售后");
    expect(roleLookalike("ｐｒｅｓａｌｅｓ", keys)).toBe("Presales");
    expect(roleLookalike("售后客服", keys)).toBe("售后");
    expect(roleLookalike("售後主管组长", keys)).toBe("售后主管");
    expect(roleLookalike("抖", keys)).toBeUndefined();
    expect(roleLookalike("质检", keys)).toBeUndefined();
    // Two keys inside, neither the longer: no guess.
    expect(roleLookalike("售前售后", ["售前", "售后"])).toBeUndefined();
  });
});

describe("scheme resolution", () => {
  it("finds built-ins, and reports an unknown id naming the folder", async () => {
    const dir = tempFiles({ "schemes/readme.txt": "" });
    expect((await resolveScheme("seed-monthly", `${dir}/schemes`)).scheme?.id).toBe("seed-monthly");
    const unknown = await resolveScheme("nope", `${dir}/schemes`);
    expect(unknown.scheme).toBeNull();
    expect(unknown.issues[0]?.message).toMatch(/unknown scheme 'nope'/);
  });

  it("reports a missing or broken scheme file with its path", async () => {
    const dir = tempFiles({ "bad.yaml": "id: [unclosed\n" });
    expect((await resolveScheme(`${dir}/missing.yaml`, dir)).issues[0]?.message).toBe(
      `no such scheme file (looked for ${dir}/missing.yaml)`,
    );
    expect((await resolveScheme(`${dir}/bad.yaml`, dir)).issues[0]).toMatchObject({
      source: `${dir}/bad.yaml`,
    });
  });
});

describe("two scheme files with one id", () => {
  const scheme = (points: number) =>
    `id: presales\nlabel: { zh: 售前, en: Pre-sales }\nmode: points\nkpis:\n  - id: inquiry_conversion\n    weight: 100\n    bands:\n      - { min: 0.6, points: ${points} }\n      - { max: 0.6, points: 0 }\n`;
  it("are an error naming both (the studio's download saved beside the published file), whichever sorts first", async () => {
    for (const copy of ["presales (1).yaml", "presales_new.yaml"]) {
      const dir = tempFiles({
        "schemes/presales.yaml": scheme(100),
        [`schemes/${copy}`]: scheme(90),
      });
      const load = await resolveScheme("presales", `${dir}/schemes`);
      const [first, second] = [copy, "presales.yaml"].sort();
      expect(load.issues).toEqual([
        expect.objectContaining({
          severity: "error",
          source: `${dir}/schemes/${second}`,
          path: "id",
          line: 1,
          message: `id 'presales' is also the id of ${dir}/schemes/${first}: only one file may have it; move one of the two out of ${dir}/schemes (or give it another id)`,
        }),
      ]);
    }
  });
});

describe("roster window", () => {
  it("warns about data before joining or after leaving", async () => {
    const { roster } = parseRoster(
      "agent,display_name,role,team,joined,left\nA,,,,2026-04-07,2026-06-19\n",
      "r.csv",
    );
    const months = ["2026-03", "2026-04", "2026-06", "2026-07"].map((month) => ({
      agent: "A",
      month,
    }));
    expect(rosterWindowProblems(months, roster, "r.csv").map((p) => p.message)).toEqual([
      "A has data in 2026-03 but joined on 2026-04-07",
      "A has data in 2026-07 but left on 2026-06-19",
    ]);
  });

  it("does not take the folder's JSON Schema (for editors) for a scheme", async () => {
    const dir = tempFiles({ "schemes/scheme.schema.json": '{"$schema":"x","type":"object"}' });
    const folder = await loadSchemeFolder(`${dir}/schemes`);
    expect([...folder.keys()]).toEqual([]);
    expect((await resolveScheme("scheme.schema", `${dir}/schemes`)).issues[0]?.message).toMatch(
      /unknown scheme/,
    );
  });
});

describe("a config or roster that exists but cannot be read is not silently ignored", () => {
  it("a folder in place of config.yaml is a config error; in place of roster.csv a problem", async () => {
    const dir = tempFiles({ "x.txt": "" });
    mkdirSync(join(dir, "config.yaml"));
    mkdirSync(join(dir, "roster.csv"));
    expect((await loadConfig(join(dir, "config.yaml"))).errors).toEqual([
      `${join(dir, "config.yaml")}: cannot read: EISDIR`,
    ]);
    expect((await loadRoster(join(dir, "roster.csv")))?.problems).toEqual([
      {
        severity: "error",
        file: join(dir, "roster.csv"),
        message: "cannot read the roster: EISDIR",
        why: { code: "unreadable", what: "roster", detail: "EISDIR" },
      },
    ]);
    expect(await loadConfig(join(dir, "missing.yaml"))).toMatchObject({ errors: [] });
    expect(await loadRoster(join(dir, "missing.csv"))).toBeNull();
  });
});

describe("two roster agents with one display name", () => {
  it("is a warning at the second row naming the first, the agent column shown instead", () => {
    const { roster, problems } = parseRoster(
      "agent,display_name,team\n棉语旗舰店:小美,小美,售前一组\n棉语旗舰店:若若,小美,售后组\n",
      "data/roster.csv",
    );
    expect(roster.size).toBe(2);
    expect(problems.map((p) => [p.severity, p.row, p.column, p.message])).toEqual([
      [
        "warning",
        3,
        "display_name",
        "display_name '小美' is also row 2's (棉语旗舰店:小美): the pages cannot show two people by one name, so both are shown by their agent column; give each a display name of its own (e.g. 小美·二组)",
      ],
    ]);
  });
});
