/**
 * One real build serves two checks. Pseudonymisation: the report with --pseudonymize on a tiny project whose inputs name
 * people who never score (a roster-only entry, a roster duplicate, a name
 * typed into a number cell and into a date cell, a summary-like name, other
 * spellings of a name; files and a folder named after agents), read from an
 * exports folder outside the project given by its absolute path. Every file
 * of the output folder is searched for every real name and for every
 * absolute folder: none may appear.
 * Reasons: a rejected row, a skipped summary row, an unread file, a KPI
 * without input and the data problems (a roster duplicate, another spelling)
 * are told in Chinese on the Chinese pages, in English on the English ones.
 */

import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixtureProject, rosterNames } from "../report/fixture-project.ts";
import { tempDir } from "../support/temp-dir.ts";
import { buildReport, listFiles } from "./build-report.ts";

const SLOW = { timeout: 120_000 };

/** Cells of a 2026-10 presales row (the sample's header), with an agent and an 询单人数 cell. */
const row = (date: string, agent: string, asked = "41") =>
  `${date},${agent},${asked},23,5816.59,80070.94,516,18.51,28.56,7,7,57,24,27\n`;

const NEVER_SCORED = [
  "幽灵甲", // roster only
  "幽灵甲显示", // its display name
  "重复乙", // listed twice in the roster
  "重复乙二", // the duplicate's display name
  "王数字", // typed into a number cell
  "张日期", // typed into the date cell
  "丁丁团队合计", // a summary-like name, skipped
  "缺评价", // scored, incomplete
];

let out = "";
let project = "";
let exportsDir = "";
let build: Awaited<ReturnType<typeof buildReport>>;

beforeAll(async () => {
  project = fixtureProject((file, text) =>
    file.includes("2026-10/售前")
      ? text +
        row("2026-10-02", "棉语旗舰店:小美", "王数字") +
        row("张日期", "棉语旗舰店:阿杰") +
        row("2026-10-03", "棉语旗舰店:小美\u200B") +
        row("2026-10-03", "棉语旗舰店：阿杰") + // full-width colon
        row("2026-10-01", "棉语旗舰店:丁丁团队合计") +
        // No reviews: satisfaction has no input (incomplete, never 0 points).
        "2026-10-01,棉语旗舰店:缺评价,41,23,5816.59,80070.94,516,18.51,28.56,-,-,57,24,27\n"
      : text,
  );
  writeFileSync(join(project, "data/exports/readme.md"), "not an export\n");
  // A folder and files named after agents: published paths name no one either.
  mkdirSync(join(project, "data/exports/阿杰"));
  writeFileSync(join(project, "data/exports/阿杰/2026-10 丁丁 评分表.csv"), "客服,月份\n");
  writeFileSync(join(project, "data/exports/小美.md"), "notes\n");
  appendFileSync(
    join(project, "data/roster.csv"),
    [
      "棉语旗舰店:幽灵甲,幽灵甲显示,售前,售前一组,2022-03-14,",
      "棉语旗舰店:缺评价,缺评价,售前,售前一组,2022-03-14,",
      "棉语旗舰店:重复乙,重复乙,售前,售前一组,2022-03-14,",
      "棉语旗舰店:重复乙,重复乙二,售前,售前一组,2022-03-14,",
      "",
    ].join("\n"),
  );
  // The exports live outside the project, named by an absolute path.
  exportsDir = join(tempDir("kpi-outside"), "exports");
  renameSync(join(project, "data/exports"), exportsDir);
  out = join(tempDir("kpi-pseudo"), "site");
  build = await buildReport(
    [
      "--quiet",
      "--pseudonymize",
      "--allow-invalid",
      "--project",
      project,
      "--data",
      exportsDir,
      "--out",
      out,
    ],
    { REPORT_PSEUDONYM_KEY: "test-key" },
  );
}, SLOW.timeout);

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("a pseudonymised site (real build)", () => {
  it("builds, and the inputs really do name those people (the fixture is not empty)", () => {
    expect(build.code, build.stderr).toBe(0);
    for (const name of ["王数字", "张日期", "重复乙", "阿杰"]) expect(build.stderr).toContain(name);
    expect(build.stderr).toContain("skipped");
  });

  it("publishes no real name and no absolute path in any file", () => {
    const names = [...rosterNames(), ...NEVER_SCORED];
    const folders = [project, exportsDir, tmpdir()];
    const files = listFiles(out);
    expect(files).toContain("data-quality/index.html");
    expect(files).toContain("months/2026-10/results.json");
    const hits: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(out, file), "utf8");
      for (const name of names) {
        // A digits-only name ("007") must not match inside a number or an escape (`\u007f`).
        const pattern = /^\d+$/.test(name)
          ? new RegExp(`(?<![\\w.])${name}(?![\\w.])`)
          : new RegExp(literal(name));
        if (pattern.test(text)) hits.push(`${name} in ${file}`);
      }
      for (const folder of folders) if (text.includes(folder)) hits.push(`${folder} in ${file}`);
    }
    expect(hits).toEqual([]);
  });

  it("still says what went wrong, where: the rejection, the duplicate and the exports file", () => {
    const page = readFileSync(join(out, "en/data-quality/index.html"), "utf8");
    expect(page).toMatch(/not a number: &#39;…&#39;|not a number: '…'/);
    expect(page).toContain("agent listed twice");
    expect(page).toContain("exports/2026-10/");
    expect(page).toContain("data/roster.csv");
  });
});

/** Reason words the CLI and the contract use: none may stand on a Chinese page. */
const ENGLISH_REASONS = [
  "not a number",
  "totals row",
  "average row",
  "not an export type",
  "hidden file",
  "missing input",
  "denominator is 0",
  "falls in no band",
  "input error",
  "agent is empty",
  "duplicate:",
  "in the future",
  "agent listed twice",
  "read as",
  "warning:",
];

const page = (file: string) => readFileSync(join(out, file), "utf8");
const agentPages = (prefix: string) =>
  listFiles(out)
    .filter((f) => f.startsWith(`${prefix}agents/`) && f.endsWith("index.html"))
    .map(page)
    .filter((html) => !html.includes('http-equiv="refresh"'));

describe("reasons in the reader's language (same build)", () => {
  it("the Chinese data-quality page says every reason in Chinese", () => {
    const html = page("data-quality/index.html");
    for (const words of [
      "不是数字",
      "合计/汇总行",
      "不是导出文件类型（.md）",
      "缺少输入",
      "花名册中重复列出的客服",
      // The other spelling is a cell text: hidden, as in English.
      "警告：客服昵称 &#39;…&#39; 识别为",
    ])
      expect(html).toContain(words);
    expect(ENGLISH_REASONS.filter((w) => html.includes(w))).toEqual([]);
  });

  it("the English data-quality page says them in English", () => {
    const html = page("en/data-quality/index.html");
    for (const words of [
      "not a number",
      "totals row",
      "not an export type (.md)",
      "missing input",
      "agent listed twice",
      "warning: agent name &#39;…&#39; read as",
    ])
      expect(html).toContain(words);
    expect(html).not.toMatch(/不是数字|合计\/汇总行|缺少输入/);
  });

  it("a Chinese agent page says why a KPI has no points in Chinese; the English one in English", () => {
    const zh = agentPages("").filter((html) => html.includes("缺少输入"));
    expect(zh).toHaveLength(1);
    for (const html of agentPages(""))
      expect(ENGLISH_REASONS.filter((w) => html.includes(w))).toEqual([]);
    expect(agentPages("en/").filter((html) => html.includes("missing input"))).toHaveLength(1);
  });
});
