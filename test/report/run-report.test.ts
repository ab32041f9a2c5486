/** The report pipeline for real on a tiny project, with a fake site build. */

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { plainProgress } from "~/report/progress.ts";
import { runReport, type SiteBuild } from "~/report/run-report.ts";
import { legacySlug } from "~/site/slug.ts";
import { EXPORTS, fixtureProject, rosterNames, sampleHead } from "./fixture-project.ts";

interface Run {
  code: number;
  stderr: string[];
  builds: Parameters<SiteBuild>[0][];
  root: string;
  out: string;
}

async function report(
  root: string,
  argv: string[],
  env: Record<string, string> = {},
  /** More the fake build writes (the compare index, which a real build writes). */
  more?: SiteBuild,
): Promise<Run> {
  const run: Run = { code: -1, stderr: [], builds: [], root, out: join(root, "out") };
  run.code = await runReport(["--out", "out", ...argv], {
    root,
    today: "2026-11-26",
    env,
    progress: () => plainProgress(() => {}),
    stderr: (line) => run.stderr.push(line),
    buildSite: async (opts) => {
      run.builds.push(opts);
      mkdirSync(opts.outDir, { recursive: true });
      writeFileSync(join(opts.outDir, "index.html"), "<!doctype html><title>stub</title>");
      await more?.(opts);
    },
    now: () => 0,
  });
  return run;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}

const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));
const badCell = (file: string, text: string) =>
  file.includes("2026-10/售前")
    ? text.replace(/^(2026-10-01,[^,]+,)\d+/m, "$1abc") // 询单人数 of the first data row (row 2)
    : text;

describe("runReport (fake site build)", () => {
  it("scores, builds once, and writes per-month downloads and report.json", async () => {
    const run = await report(fixtureProject(), ["--quiet", "--base", "kpi"]);
    expect(run.code, run.stderr.join("\n")).toBe(0);
    expect(run.builds).toHaveLength(1);
    expect(run.builds[0]).toMatchObject({ base: "/kpi/", site: undefined });
    // Built beside the target, then swapped in.
    expect(run.builds[0]?.outDir).toMatch(/[/\\]\.out\.building-\d+-\w+$/);
    expect(existsSync(run.builds[0]?.outDir ?? "")).toBe(false);
    const files = walk(run.out).sort();
    // The agents' old opaque addresses are redirect pages to the readable ones (pinyin).
    const old = `agents/${legacySlug("小美")}/index.html`;
    expect(files).toContain(old);
    expect(files).toContain(`en/${old}`);
    expect(readFileSync(join(run.out, old), "utf8")).toContain('url=../xiao-mei/"');
    expect(files.filter((f) => !/^(en\/)?agents\//.test(f))).toEqual([
      ".kefu-kpi-report",
      "index.html",
      "months/2026-09/results.csv",
      "months/2026-09/results.json",
      "months/2026-10/results.csv",
      "months/2026-10/results.json",
      "report.json",
    ]);
    const summary = readJson(join(run.out, "report.json"));
    expect(summary).toMatchObject({
      ok: true,
      months: ["2026-09", "2026-10"],
      base: "/kpi/",
      errors: 0,
    });
    expect(summary.rows.read).toBe(
      summary.rows.scored + summary.rows.rejected + summary.rows.skipped,
    );
    const data = readJson(join(run.root, ".cache/site-data.json"));
    expect(data.months).toEqual(["2026-09", "2026-10"]);
    expect(data.agents.map((a: { name: string }) => a.name)).toContain("小美"); // roster display name
    expect(Object.keys(data.schemes).sort()).toEqual(["aftersales", "presales"]);
    const csv = readFileSync(join(run.out, "months/2026-10/results.csv"), "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
  });

  it("stops with exit 1 on a bad cell: the problem line is printed and nothing is written", async () => {
    const run = await report(fixtureProject(badCell), ["--quiet"]);
    expect(run.code).toBe(1);
    const line = run.stderr.find((l) => /售前-客服绩效-2026-10\.csv:2:询单人数: /.test(l));
    expect(line, run.stderr.join("\n")).toMatch(/abc/);
    expect(run.builds).toHaveLength(0);
    expect(existsSync(run.out)).toBe(false);
    expect(existsSync(join(run.root, ".cache/site-data.json"))).toBe(false);
  });

  it("the build's shards read this run's own site data file; npm run dev's is the last finished run's", async () => {
    const root = fixtureProject();
    let during: { file: string; exists: boolean; title: string } | undefined;
    const code = await runReport(["--quiet", "--out", "out"], {
      root,
      today: "2026-11-26",
      env: {},
      progress: () => plainProgress(() => {}),
      stderr: () => {},
      buildSite: async (opts) => {
        await opts.writeDataFile();
        // Another report of the same project finishing meanwhile: its data is not this run's.
        writeFileSync(join(root, ".cache/site-data.json"), '{"title":"another run"}');
        const data = JSON.parse(readFileSync(opts.dataFile, "utf8"));
        during = { file: opts.dataFile, exists: existsSync(opts.dataFile), title: data.title };
        mkdirSync(opts.outDir, { recursive: true });
      },
      now: () => 0,
    });
    expect(code).toBe(0);
    expect(during?.file).toBe(join(root, `.cache/site-data-${process.pid}.json`));
    expect(during?.title).not.toBe("another run");
    expect(existsSync(during?.file ?? "")).toBe(false);
    expect(JSON.parse(readFileSync(join(root, ".cache/site-data.json"), "utf8")).title).toEqual(
      during?.title,
    );
  });

  it("an empty exports folder with --allow-invalid: exit 1, and the advice is not to pass --allow-invalid", async () => {
    const root = fixtureProject();
    mkdirSync(join(root, "empty"));
    const run = await report(root, ["--quiet", "--allow-invalid", "--data", "empty"]);
    expect(run.code).toBe(1);
    expect(run.builds).toHaveLength(0);
    expect(run.stderr.at(-1)).toBe(
      "No agent-month to score (why above): nothing was built, and the previous site is unchanged; --allow-invalid does not build an empty report.",
    );
  });

  it("builds from the valid rows with --allow-invalid and lists the rejection on the data-quality data", async () => {
    const run = await report(fixtureProject(badCell), ["--quiet", "--allow-invalid"]);
    // Built from the valid rows, every problem printed: exit 0 (the contract), as `score` does.
    expect(run.code).toBe(0);
    const printed = run.stderr.filter((l) =>
      /售前-客服绩效-2026-10\.csv:2:询单人数: .*abc/.test(l),
    );
    expect(printed).toHaveLength(1); // each problem printed once
    expect(run.builds).toHaveLength(1);
    const data = readJson(join(run.root, ".cache/site-data.json"));
    expect(data.quality.rejected).toEqual([
      expect.objectContaining({
        row: 2,
        column: "询单人数",
        reason: expect.stringContaining("abc"),
      }),
    ]);
    expect(data.quality.rejected[0].file).toMatch(/售前-客服绩效-2026-10\.csv$/);
    const summary = readJson(join(run.out, "report.json"));
    expect(summary.ok).toBe(false);
    expect(summary.rows.rejected).toBe(1);
    const json = readJson(join(run.out, "months/2026-10/results.json"));
    expect(json.rejected).toHaveLength(1);
  });

  it("lists agents not in the roster on the data-quality data and in the summary, with the roster agent a display name meant", async () => {
    const root = fixtureProject();
    writeFileSync(
      join(root, "data/exports/2026-10/补录.csv"),
      "日期,客服昵称,询单人数,最终付款人数\n2026-10-01,小美,10,5\n2026-10-01,临时工,8,3\n",
    );
    const run = await report(root, ["--quiet"]);
    expect(run.code, run.stderr.join("\n")).toBe(0);
    const data = readJson(join(run.root, ".cache/site-data.json"));
    // 小美 is also 棉语旗舰店:小美's display name: both keep their own names, one page each.
    // Each with the row where it is first written, for the sheet to be fixed there.
    expect(data.quality.notInRoster).toEqual([
      { agent: "临时工", alike: [], at: "data/exports/2026-10/补录.csv:3" },
      {
        agent: "小美",
        alike: [{ agent: "棉语旗舰店:小美", why: "display name" }],
        at: "data/exports/2026-10/补录.csv:2",
      },
    ]);
    const names = data.agents.map((a: { name: string }) => a.name);
    expect(names).toEqual(expect.arrayContaining(["小美", "棉语旗舰店:小美", "临时工"]));
    // The roster's dates go to the agent pages (小美 of the roster joined 2022-03-14).
    const rostered = data.agents.find((a: { name: string }) => a.name === "棉语旗舰店:小美");
    expect(rostered).toMatchObject({ joined: "2022-03-14" });
    expect(data.agents.find((a: { name: string }) => a.name === "临时工")?.joined).toBeUndefined();
    expect(run.stderr).toContain(
      "Not in roster: 2 agents (scheme by their 岗位, else the default), 1 of them probably another spelling of a roster agent (listed on the data-quality page and by npm run check)",
    );
  });

  it("points the data-quality page at a rated-only agent-month's rating-sheet row, not the agent's first row", async () => {
    const root = fixtureProject();
    // 阿杰 is exported in September only; October's rating is the row to fix.
    writeFileSync(
      join(root, "data/exports/2026-09/补录.csv"),
      "日期,客服昵称,询单人数,最终付款人数\n2026-09-01,阿杰,10,5\n",
    );
    writeFileSync(
      join(root, "data/exports/2026-10/评分表.csv"),
      "客服,月份,主播洽谈次数/周,2小时内响应,3个工作日内解决,解决率100%\n阿杰,2026-10,5,✓,✓,✓\n",
    );
    const run = await report(root, ["--quiet", "--scheme", "seed-form11-manager"]);
    expect(run.code, run.stderr.join("\n")).toBe(0);
    const data = readJson(join(run.root, ".cache/site-data.json"));
    expect(data.quality.ratedOnly).toContainEqual(
      expect.objectContaining({
        agent: "阿杰",
        month: "2026-10",
        at: "data/exports/2026-10/评分表.csv:2",
      }),
    );
    // Not in the roster: where the name is first written, whatever the month.
    expect(data.quality.notInRoster).toContainEqual(
      expect.objectContaining({ agent: "阿杰", at: "data/exports/2026-09/补录.csv:2" }),
    );
  });

  it("refuses an invalid scheme file with exit 2 before building, naming the file and path", async () => {
    const root = fixtureProject();
    const bad = join(root, "bad.yaml");
    const good = readFileSync(join(root, "data/schemes/presales.yaml"), "utf8");
    writeFileSync(bad, good.replace("weight: 30", "weight: thirty"));
    const run = await report(root, ["--quiet", "--scheme", bad]);
    expect(run.code).toBe(2);
    expect(run.builds).toHaveLength(0);
    expect(existsSync(run.out)).toBe(false);
    expect(run.stderr.join("\n")).toMatch(/bad\.yaml/);
    expect(run.stderr.join("\n")).toMatch(/kpis\[0\]\.weight/);
  });

  it("refuses an unknown scheme id and a bad option with exit 2", async () => {
    const root = fixtureProject();
    expect((await report(root, ["--quiet", "--scheme", "no-such-scheme"])).code).toBe(2);
    const bad = await report(root, ["--month", "2026-13"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.join("\n")).toContain("--month");
    expect(bad.builds).toHaveLength(0);
  });

  it("publishes no agent name anywhere with --pseudonymize (site data, report.json, downloads)", async () => {
    const root = fixtureProject(badCell);
    // A folder and files named after agents (a header-only sheet, an unread note).
    const header = sampleHead(EXPORTS[1], 0);
    mkdirSync(join(root, "data/exports/阿杰"));
    writeFileSync(join(root, "data/exports/阿杰/2026-10 丁丁 评分表.csv"), header);
    writeFileSync(join(root, "data/exports/2026-10/小美.md"), "notes\n");
    const run = await report(root, ["--quiet", "--pseudonymize", "--allow-invalid"], {
      REPORT_PSEUDONYM_KEY: "test-key",
    });
    expect(run.code).toBe(0);
    const outputs = [
      join(run.root, ".cache/site-data.json"),
      ...walk(run.out)
        .filter((f) => f !== "index.html")
        .map((f) => join(run.out, f)),
    ];
    const names = rosterNames();
    expect(names).toContain("棉语旗舰店:小美");
    expect(names).toContain("小美");
    for (const file of outputs) {
      const text = readFileSync(file, "utf8");
      for (const name of names) {
        // A digits-only name ("007") must not match inside a number.
        const pattern = /^\d+$/.test(name)
          ? new RegExp(`(?<![\\d.])${name}(?![\\d.])`)
          : new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
        expect(pattern.test(text), `${name} in ${relative(run.root, file)}`).toBe(false);
      }
    }
    const data = readJson(join(run.root, ".cache/site-data.json"));
    expect(data.pseudonymized).toBe(true);
    // The files are listed, under the agents' aliases.
    expect(data.quality.files.map((f: { file: string }) => f.file)).toContainEqual(
      expect.stringMatching(/^data\/exports\/Agent-\w+\/2026-10 Agent-\w+ 评分表\.csv$/),
    );
    for (const a of data.agents) expect(a.name).toMatch(/^Agent-[A-Z2-9]{6}(-\d+)?$/);
  });

  it("keeps each agent's address from the published site: a --month build does not hand bob's page to Bob", async () => {
    // bob from 2026-09, Bob only in 2026-10: the full build gives bob the bare slug (seen first).
    // A --month 2026-10 build alone would order Bob first: the published site's slugs win.
    const root = fixtureProject((file, text) =>
      file.includes("2026-09/售前")
        ? text.replace(/棉语旗舰店:小美/g, "bob")
        : file.includes("2026-10/售前")
          ? text.replace(/棉语旗舰店:小美/g, "Bob")
          : text,
    );
    const compareIndex = async (opts: Parameters<SiteBuild>[0]) => {
      mkdirSync(join(opts.outDir, "compare", "data"), { recursive: true });
      const agents = opts.data.agents.map((a) => ({ name: a.name, slug: a.slug }));
      writeFileSync(join(opts.outDir, "compare", "data", "index.json"), JSON.stringify({ agents }));
    };
    const slugOf = (out: string, name: string) =>
      (
        readJson(join(out, "compare", "data", "index.json")).agents as {
          name: string;
          slug: string;
        }[]
      ).find((a) => a.name === name)?.slug;
    const full = await report(root, ["--quiet", "--allow-invalid"], {}, compareIndex);
    expect(full.code, full.stderr.join("\n")).toBe(0);
    expect(slugOf(full.out, "bob")).toBe("bob");
    const bob = slugOf(full.out, "Bob");
    expect(bob).toMatch(/^bob-[0-9a-z]{4}$/);
    const month = await report(
      root,
      ["--quiet", "--allow-invalid", "--month", "2026-10"],
      {},
      compareIndex,
    );
    expect(month.code, month.stderr.join("\n")).toBe(0);
    expect(slugOf(month.out, "Bob")).toBe(bob);
    // bob has no month in this build; his address stays his, given to no one else.
    expect(slugOf(month.out, "bob")).toBeUndefined();
    expect(
      (readJson(join(month.out, "compare", "data", "index.json")).agents as { slug: string }[]).map(
        (a) => a.slug,
      ),
    ).not.toContain("bob");
  });

  it("compares with the previous pseudonymised site only under the same key (report.json's fingerprint)", async () => {
    const root = fixtureProject();
    const first = await report(root, ["--quiet", "--pseudonymize"]);
    expect(first.code).toBe(0);
    const fingerprint = readJson(join(first.out, "report.json")).pseudonymKeyFingerprint;
    expect(fingerprint).toMatch(/^[B-Z]{12}$/);
    // Rebuilt with a key of its own: every alias is another name, not an agent gone and one new.
    const keyed = await report(root, ["--quiet", "--pseudonymize"], {
      REPORT_PSEUDONYM_KEY: "secret-key-123",
    });
    expect(keyed.code).toBe(0);
    const said = keyed.stderr.join("\n");
    expect(said).toContain("not compared, as its agents were pseudonymised with another key");
    expect(said).not.toMatch(/gone|new:/);
    const summary = readFileSync(join(keyed.out, "report.json"), "utf8");
    expect(summary).not.toContain("secret-key-123");
    expect(JSON.parse(summary).pseudonymKeyFingerprint).not.toBe(fingerprint);
    // The same key again: compared.
    const again = await report(root, ["--quiet", "--pseudonymize"], {
      REPORT_PSEUDONYM_KEY: "secret-key-123",
    });
    expect(again.stderr.join("\n")).toContain("no published agent-month changed");
  });
});
