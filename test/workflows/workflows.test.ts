/**
 * The GitHub workflows cannot run here: they are validated against GitHub's
 * workflow schema (@action-validator), and report.yml's own command line is
 * run as the runner would (CI=true GITHUB_ACTIONS=true) on the sample's rows
 * with one bad cell.
 */
import { execFile, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fixtureProject, REPO } from "../report/fixture-project.ts";
import { tempDir } from "../support/temp-dir.ts";

const VALIDATOR = join(REPO, "node_modules/.bin/action-validator");
const validate = (file: string) => spawnSync(VALIDATOR, [file], { encoding: "utf8" });

describe("workflow files", () => {
  it.each(["report.yml", "test.yml"])("%s is valid against GitHub's workflow schema", (name) => {
    const run = validate(join(REPO, ".github/workflows", name));
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it("the validator does reject a broken workflow", () => {
    const file = join(tempDir("kpi-wf"), "bad.yml");
    writeFileSync(
      file,
      "name: x\non: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - runx: y\n",
    );
    expect(validate(file).status).toBe(1);
  });
});

/** report.yml's report step as the runner would run it, with the Pages outputs filled in. */
function reportStep(): { run: string; env: Record<string, string> } {
  const wf = parse(readFileSync(join(REPO, ".github/workflows/report.yml"), "utf8"));
  const steps: { name?: string; run?: string; env?: Record<string, string> }[] =
    wf.jobs.build.steps;
  const step = steps.find((s) => s.run?.includes("npm run report"));
  if (!step?.run) throw new Error("report.yml has no report step");
  // GitHub expressions (`$` `{{ … }}`) as the runner fills them for a project site.
  const outputs: Record<string, string> = { base_path: "/kpi", origin: "https://org.github.io" };
  const run = step.run.replace(
    /\$\{\{ steps\.pages\.outputs\.(\w+) \}\}/g,
    (_m, name: string) => outputs[name] ?? _m,
  );
  expect(run).not.toContain("${{");
  return { run, env: step.env ?? {} };
}

describe("report.yml's command line", () => {
  it("publishes a month with one bad row: exit 0, annotations, banner on every page", async () => {
    const { run, env } = reportStep();
    expect(env.CI).toBe("true");
    const project = fixtureProject((file, text) =>
      file.includes("2026-10/售前") ? text.replace(/^(2026-10-01,[^,]+,)\d+/m, "$1abc") : text,
    );
    const out = join(tempDir("kpi-wf"), "site");
    // As written in the workflow, with the project and the output folder pointed at temp folders.
    const command = `${run} --project '${project}' --out '${out}'`;
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (resolve) => {
        execFile(
          "bash",
          ["-c", command],
          {
            cwd: REPO,
            env: cleanEnv({ ...env, CI: "true", GITHUB_ACTIONS: "true" }),
            maxBuffer: 16 * 1024 * 1024,
          },
          (error, stdout, stderr) =>
            resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /^::error file=data\/exports\/2026-10\/售前-客服绩效-2026-10\.csv,line=2,col=3,title=询单人数::not a number: 'abc'$/m,
    );
    const page = (path: string) => readFileSync(join(out, path), "utf8");
    for (const path of ["index.html", "en/index.html", "months/2026-10/index.html"]) {
      expect(page(path)).toContain('class="partial-banner"');
      expect(page(path)).toMatch(/<a href="\/kpi\/(en\/)?data-quality\/">/);
    }
    expect(page("index.html")).toContain("本报告仅由有效数据行生成");
    expect(page("en/index.html")).toContain("built from the valid rows only");
  }, 600_000);
});

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k.startsWith("VITEST") || k.startsWith("VITE_") || k.startsWith("REPORT_")) continue;
    if (k === "NODE_ENV" || k === "TEST") continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}
