/**
 * A month too large for one ranking table (the synthetic generator's contact
 * centre, above model/teams.ts's threshold), built for real and read in
 * chromium: the month page stays under the page budget and lists its teams,
 * each team has its own page (reachable without JavaScript), and the filter
 * box fetches the month's people only when asked and finds them by name or
 * pinyin. The every-page audit covers the sample; this covers these pages.
 */
import { readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PeopleIndex, PersonRow } from "~/site/model/people-index.ts";
import { TEAM_PAGES_ABOVE } from "~/site/model/teams.ts";
import { ensureDataset } from "../../scripts/bench/dataset.ts";
import { tempDir } from "../support/temp-dir.ts";
import { hasChromium, launchBrowser } from "./browser.ts";
import { buildReport, listFiles, REPO } from "./build-report.ts";
import { axeViolations } from "./reading.ts";
import { type RunningServer, serveStatic } from "./static-server.ts";

const BASE = "/kpi/";
const MONTH = "2026-10";
/** Just over the threshold: teams of 15 in two roles (the generator's), a few leave before the month. */
const AGENTS = 100;
const SLOW = { timeout: 180_000 };
const MAX_HTML_BYTES = 200 * 1024;

const HOSTILE_TEAM = "<b>售前一组</b>";
const tmp = tempDir("kpi-large");
const outDir = join(tmp, "site");
let build: Awaited<ReturnType<typeof buildReport>>;
/** The month's people file as built: what the filter box searches. */
let people: PersonRow[] = [];

beforeAll(async () => {
  const data = await ensureDataset({
    dir: tmp,
    agents: AGENTS,
    months: 1,
    seed: 7,
    skipGenerate: false,
    repoData: join(REPO, "data"),
  });
  // A team name is user data: one team's is markup, which must show as text everywhere.
  const roster = join(data.project, "data", "roster.csv");
  writeFileSync(
    roster,
    readFileSync(roster, "utf8").replaceAll(",售前一组,", `,"${HOSTILE_TEAM}",`),
  );
  build = await buildReport([
    "--quiet",
    "--no-cache",
    "--project",
    data.project,
    "--data",
    data.exports,
    "--base",
    BASE,
    "--out",
    outDir,
  ]);
  if (build.code === 0)
    people = (
      JSON.parse(readFileSync(join(outDir, "months", MONTH, "people.json"), "utf8")) as PeopleIndex
    ).people;
}, SLOW.timeout);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const monthFile = (prefix: string) => join(outDir, prefix, "months", MONTH, "index.html");
const teamCount = () => new Set(people.map(([, , team]) => team)).size;
const teamFiles = () =>
  listFiles(outDir).filter((f) => /months\/[^/]+\/teams\/[^/]+\/index\.html$/.test(f));

describe(`a month of ${AGENTS} agents (over ${TEAM_PAGES_ABOVE}: ranked by team)`, () => {
  it("keeps the month page under the page budget, listing teams (a name with markup shown as text) instead of every agent", () => {
    expect(build.code, build.stderr).toBe(0);
    for (const prefix of ["", "en"]) {
      const file = monthFile(prefix);
      expect(statSync(file).size).toBeLessThanOrEqual(MAX_HTML_BYTES);
      const html = readFileSync(file, "utf8");
      expect(html).not.toContain('class="sortable ranking"');
      expect(html).toContain('<table class="teams">');
      // The first screen's top, bottom and outliers stay.
      expect(html).toContain("glance-table");
      expect(html).toContain("glance-outliers");
    }
    // Teams are packed onto numbered pages; the people file says which page each is on.
    const pages = Math.max(...people.map((p) => p[4]));
    const teams = teamFiles();
    expect(teams.filter((f) => !f.startsWith("en/"))).toHaveLength(pages);
    expect(teams.filter((f) => f.startsWith("en/"))).toHaveLength(pages);
    for (const prefix of ["", "en/"]) {
      // Every team's line links to its section: the page has the section's id.
      const links = [
        ...readFileSync(monthFile(prefix), "utf8").matchAll(
          /<a href="\/kpi\/(?:en\/)?months\/[\d-]+\/teams\/(\d+)\/#(team-[a-z0-9-]+)"/g,
        ),
      ];
      expect(links).toHaveLength(teamCount());
      for (const [, n, id] of links) {
        const team = readFileSync(
          join(outDir, prefix, "months", MONTH, "teams", `${n}`, "index.html"),
          "utf8",
        );
        expect(team).toContain(`id="${id}"`);
        expect(id).toMatch(/^team-[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
    expect(people.some(([, , team]) => team === HOSTILE_TEAM)).toBe(true);
    for (const f of [
      ...teamFiles(),
      `months/${MONTH}/index.html`,
      `en/months/${MONTH}/index.html`,
    ]) {
      const text = readFileSync(join(outDir, f), "utf8");
      expect(text, f).not.toContain("<b>售前");
    }
    expect(readFileSync(monthFile(""), "utf8")).toContain("&lt;b&gt;售前一组&lt;/b&gt;");
    // Everyone employed in the month is in the people file (a few of the generated roster left before it).
    expect(people.length).toBeGreaterThan(TEAM_PAGES_ABOVE);
    expect(people.length).toBeLessThanOrEqual(AGENTS);
  });
});

describe.skipIf(!hasChromium)(`a month of ${AGENTS} agents in chromium`, () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    expect(build.code, build.stderr).toBe(0);
    server = await serveStatic(outDir, BASE);
    browser = await launchBrowser();
  }, SLOW.timeout);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    "finds an agent by part of the name or its pinyin, fetching the month's people only when asked",
    SLOW,
    async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const fetched: string[] = [];
      page.on("request", (r) => {
        if (r.url().endsWith("/people.json")) fetched.push(r.url());
      });
      await page.goto(`${server.origin}${BASE}months/${MONTH}/`, { waitUntil: "load" });
      expect(fetched).toEqual([]);
      const box = page.getByRole("searchbox", { name: "查找客服" });
      await box.focus();
      await expect.poll(() => fetched.length).toBe(1);
      // The generator's names are 小美0001, 阿杰0002, …: ten nicknames in turn.
      await box.pressSequentially("小美");
      const status = page.getByRole("status");
      const xiaomei = people.filter(([name]) => name.includes("小美"));
      await expect.poll(() => status.textContent()).toBe(`找到 ${xiaomei.length} 人。`);
      const results = page.locator("ul.people-results li");
      expect(await results.count()).toBe(xiaomei.length);
      // By pinyin as a reader types it: "xiao mei 0011" for 小美0011.
      const [name, slug, team] = xiaomei.at(-1) as PersonRow;
      await box.fill("");
      await box.pressSequentially(slug.replace(/-/g, " "));
      await expect.poll(() => status.textContent()).toBe("找到 1 人。");
      expect(await results.allTextContents()).toEqual([
        expect.stringMatching(new RegExp(`^${name} ${team} · .+ · 第 \\d+ 名 · [\\d.]+`)),
      ]);
      // The team with markup for a name: found by it, shown as text.
      await box.fill("");
      await box.pressSequentially("售前一组</b>");
      await expect.poll(() => results.count()).toBeGreaterThan(0);
      expect(await page.locator("ul.people-results b").count()).toBe(0);
      expect(await results.first().textContent()).toContain(HOSTILE_TEAM);
      await box.fill("");
      await box.pressSequentially(slug.replace(/-/g, " "));
      await expect.poll(() => status.textContent()).toBe("找到 1 人。");
      expect(fetched).toHaveLength(1);
      // Keyboard: Tab from the box reaches the result's link; Enter opens the agent's page.
      await box.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
      await Promise.all([
        page.waitForURL((url) => url.pathname === `${BASE}agents/${slug}/`),
        page.keyboard.press("Enter"),
      ]);
      await page.close();
    },
  );

  it(
    "reaches every agent without JavaScript through the team pages, in both languages",
    SLOW,
    async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const prefix of ["", "en/"]) {
        await page.goto(`${server.origin}${BASE}${prefix}months/${MONTH}/`, { waitUntil: "load" });
        expect(await page.locator(".people-filter form").isHidden()).toBe(true);
        const teams = page.locator("table.teams tbody th a");
        expect(await teams.count()).toBe(teamCount());
        const teamName = (await teams.nth(1).textContent()) ?? "?";
        await Promise.all([
          page.waitForURL(/\/teams\/\d+\/#team-[a-z0-9-]+$/),
          teams.nth(1).click(),
        ]);
        // The link lands on the team's own section, with its agents' rows.
        const section = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
        expect(await section.locator("h2").textContent()).toContain(teamName);
        expect(
          await section.locator("table.ranking tbody a[href*='/agents/']").count(),
        ).toBeGreaterThan(0);
      }
      await context.close();
      // Every team page's links, read from the files: together they name everyone in the month once.
      for (const prefix of ["", "en/"]) {
        const linked = teamFiles()
          .filter((f) => f.startsWith("en/") === (prefix === "en/"))
          .flatMap((f) => [
            ...readFileSync(join(outDir, f), "utf8").matchAll(
              /<a href="\/kpi\/(?:en\/)?agents\/([a-z0-9-]+)\/"/g,
            ),
          ])
          .map((m) => m[1]);
        expect(linked.sort()).toEqual(people.map(([, slug]) => slug).sort());
      }
    },
  );

  it("on a 390 px phone, a team page's rankings keep the rank and name in view while the KPI columns scroll", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const team = teamFiles().find((f) => !f.startsWith("en/")) ?? "";
    await page.goto(`${server.origin}${BASE}${team.replace(/index\.html$/, "")}`);
    const tables = await page.$$eval(".table-wrap:has(table.ranking)", (wraps) =>
      wraps.map((w) => {
        w.scrollLeft = w.scrollWidth;
        const box = w.getBoundingClientRect();
        const last = (w.querySelector("tbody tr:last-child") as HTMLTableRowElement).cells;
        const rank = (last[0] as HTMLElement).getBoundingClientRect();
        const name = (last[1] as HTMLElement).getBoundingClientRect();
        return {
          cls: w.className,
          scrolled: w.scrollLeft > 300,
          inView: rank.left >= box.left - 0.5 && Math.abs(name.left - rank.right) < 0.5,
        };
      }),
    );
    expect(tables.length).toBeGreaterThan(1);
    for (const t of tables)
      expect(t).toEqual({ cls: "table-wrap pinned scrolls", scrolled: true, inView: true });
    await page.close();
  });

  it(
    "has no axe WCAG 2.1 AA violation on the month page (with matches listed) and a team page, light and dark",
    SLOW,
    async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      const team = teamFiles().find((f) => !f.startsWith("en/")) ?? "";
      for (const path of [`months/${MONTH}/`, `en/${team}`]) {
        await page.goto(`${server.origin}${BASE}${path.replace(/index\.html$/, "")}`);
        const box = page.locator(".people-filter input");
        if ((await box.count()) > 0) {
          await box.fill("小美");
          await page.locator("ul.people-results li").first().waitFor();
        }
        // Dark on the month page: only what large months add (its charts are the sample's, audited there).
        const parts = path.includes("/teams/") ? undefined : [".people-filter", "table.teams"];
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          const dark = colorScheme === "dark";
          for (const v of await axeViolations(page, dark, dark ? parts : undefined))
            problems.push(`${path} (${colorScheme}): ${v.id}: ${v.nodes.join("; ")}`);
        }
      }
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
