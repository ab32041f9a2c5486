/**
 * The agent's monthly form as its words come out of a real build (a tiny
 * project, no browser): the separators between the form's facts keep their
 * spaces, and the signature lines are whole phrases in each language (once
 * "AppraiseeSignature:" in English, "·被考核人" and "¥200· 排名" in Chinese).
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureProject } from "../report/fixture-project.ts";
import { tempDir } from "../support/temp-dir.ts";
import { buildReport } from "./build-report.ts";

const SLOW = { timeout: 120_000 };

let out = "";
let build: Awaited<ReturnType<typeof buildReport>>;

beforeAll(async () => {
  const project = fixtureProject();
  out = join(tempDir("kpi-form-text"), "site");
  build = await buildReport(["--quiet", "--project", project, "--out", out]);
}, SLOW.timeout);

/** The form's text: tags removed, the entities Astro writes decoded, runs of whitespace made one space. */
function formText(file: string): string {
  const html = readFileSync(join(out, file), "utf8");
  const start = html.indexOf('class="panel form-sheet"');
  const section = html.slice(
    start,
    html.indexOf("</div>", html.indexOf('class="signatures"', start)),
  );
  return section
    .replace(/<[^>]+>/g, "")
    .replace(/&#39;/g, "'")
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

describe("the agent form's words (real build)", () => {
  it("builds", () => {
    expect(build.code, build.stderr).toBe(0);
  });

  it("Chinese: spaces around every ·, signature lines as the paper form words them", () => {
    const text = formText("agents/xiao-mei/index.html");
    expect(text).toMatch(/考核年月: 2026年10月 · 被考核人: 小美 · 组别: 售前一组 · 岗位: 售前/);
    expect(text).toMatch(/绩效工资: \S+ · 排名: \d+ \/ \d+/);
    expect(text).toContain("被考核人签字:");
    expect(text).toContain("主考人签字:");
  });

  it("English: spaces around every ·, signature lines as phrases", () => {
    const text = formText("en/agents/xiao-mei/index.html");
    expect(text).toMatch(/Month: October 2026 · Appraisee: 小美 · Team: 售前一组 · Role: 售前/);
    expect(text).toMatch(/Performance pay: \S+ · Rank: \d+ \/ \d+/);
    expect(text).toContain("Appraisee's signature:");
    expect(text).toContain("Appraiser's signature:");
    expect(text).not.toMatch(/\w·|·\w/);
  });

  it("English: a table column of months is headed 'Month', as each row holds one (agent, home, data quality)", () => {
    for (const file of [
      "en/agents/xiao-mei/index.html",
      "en/index.html",
      "en/data-quality/index.html",
    ]) {
      const heads =
        readFileSync(join(out, file), "utf8").match(/<th scope="col"[^>]*>Months?<\/th>/g) ?? [];
      expect(heads, file).toEqual(heads.map(() => '<th scope="col">Month</th>'));
    }
  });
});
