import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, parseConfig } from "~/ingest/config.ts";
import { loadRoster, parseRoster, rosterWindowProblems } from "~/ingest/roster.ts";
import { loadSchemeFolder, resolveScheme } from "~/ingest/schemes.ts";
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
});

describe("roster", () => {
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
    });
    expect(problems).toEqual([
      {
        severity: "error",
        file: "r.csv",
        row: 3,
        column: "agent",
        message: "agent listed twice: '007'",
        why: { code: "roster-duplicate", agent: "007" },
      },
    ]);
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
      "no such scheme file",
    );
    expect((await resolveScheme(`${dir}/bad.yaml`, dir)).issues[0]).toMatchObject({
      source: `${dir}/bad.yaml`,
    });
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
