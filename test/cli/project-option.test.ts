/**
 * `--project DIR` for score, check and template, as report has it: the
 * project's data/ (config, roster, schemes, default exports) is read from DIR,
 * while --data and --out stay relative to where the command runs. Without it a
 * project outside the repository could only be reported, not checked, and a
 * template listed the repository's sample roster.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCommand } from "~/cli/check-command.ts";
import { scoreCommand } from "~/cli/score-command.ts";
import { templateCommand } from "~/cli/template-command.ts";
import { dayRow, FULL_HEADER, runCommand } from "./run-command.ts";

const files = {
  // What the working directory has: a different roster and config, which must not be read.
  "data/roster.csv": "agent,display_name,role,team,joined,left\n外人,,外,,,\n",
  "data/config.yaml": "defaultScheme: seed-indicators\n",
  "data/exports/other.csv": `${FULL_HEADER}\n${dayRow("外人", "2026-09-01")}\n`,
  // The project.
  "shop/data/config.yaml": "defaultScheme: seed-monthly\n",
  "shop/data/roster.csv":
    "agent,display_name,role,team,joined,left\n小美,,售前,一组,2026-01-01,\n阿杰,,售前,一组,2026-01-01,\n",
  "shop/data/exports/2026-09.csv": `${FULL_HEADER}\n${dayRow("小美", "2026-09-01")}\n${dayRow("阿杰", "2026-09-01")}\n`,
  // Extra exports named with --data, relative to the working directory.
  "extra/ratings.csv": "客服,月份,评价总数\n",
};

describe("--project", () => {
  it("score: reads the project's config, roster and exports, not the working directory's", async () => {
    const run = await runCommand(scoreCommand, files, ["--project", "shop"]);
    expect(run.code, run.stderr).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.scheme).toBe("seed-monthly");
    expect(doc.results.map((r: { agent: string; team: string }) => [r.agent, r.team])).toEqual([
      ["小美", "一组"],
      ["阿杰", "一组"],
    ]);
    // Files are named relative to the project, as report names them.
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual(["data/exports/2026-09.csv"]);
  });

  it("check: --data stays relative to where the command runs", async () => {
    const run = await runCommand(checkCommand, files, [
      "--project",
      "shop",
      "--data",
      "shop/data/exports",
      "--data",
      "extra/ratings.csv",
    ]);
    expect(run.stdout).toContain("data/exports/2026-09.csv [utf-8, comma]: read 2 = scored 2");
    expect(run.stdout).toMatch(/extra\/ratings\.csv \[/);
    expect(run.stdout).not.toContain("agents not in the roster");
    expect(run.stdout).not.toContain("外人");
  });

  it("template: one row per agent of the project, written into the project's exports", async () => {
    const run = await runCommand(templateCommand, files, [
      "--project",
      "shop",
      "--scheme",
      "seed-form3-raters",
      "--month",
      "2026-09",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const [path, text] = [...run.written.entries()][0] ?? [];
    expect(path).toBe(join(run.root, "shop/data/exports/ratings/seed-form3-raters-2026-09.csv"));
    const agents = (text ?? "")
      .split("\r\n")
      .slice(3, -1)
      .map((l) => l.split(",")[0]);
    expect(agents).toEqual(["小美", "阿杰"]);
  });

  it("is a usage error without a value, like any option", async () => {
    const run = await runCommand(scoreCommand, files, ["--project"]);
    expect(run.code).toBe(2);
  });
});
