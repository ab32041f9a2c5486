/**
 * What an agent sees on a 390 px phone (a tiny real build, Debian's chromium):
 * the header keeps its four sections on one row under the site's name, and the
 * appraisal form fits the screen without scrolling sideways, its band rules
 * wrapped only before the arrow; the headline says which month its figures
 * are of; the month's ranking keeps a team name on one line and gives each
 * KPI's maximum in its header.
 */

import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureProject } from "../report/fixture-project.ts";
import { tempDir } from "../support/temp-dir.ts";
import { hasChromium, launchBrowser } from "./browser.ts";
import { buildReport } from "./build-report.ts";
import { type RunningServer, serveStatic } from "./static-server.ts";

const SLOW = { timeout: 180_000 };
const PAGES = ["", "agents/xiao-mei/", "data-quality/", "compare/"];

let out = "";
let build: Awaited<ReturnType<typeof buildReport>>;
let browser: Browser | undefined;
let server: RunningServer | undefined;

beforeAll(async () => {
  out = join(tempDir("kpi-phone"), "site");
  build = await buildReport(["--quiet", "--project", fixtureProject(), "--out", out]);
  if (build.code !== 0 || !hasChromium) return;
  server = await serveStatic(out, "/");
  browser = await launchBrowser();
}, SLOW.timeout);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function phonePage(path: string): Promise<Page> {
  if (!browser || !server) throw new Error("no browser");
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${server.origin}/${path}`, { waitUntil: "load" });
  return page;
}

describe.skipIf(!hasChromium)("on a 390 px phone (real build)", () => {
  it("builds", () => {
    expect(build.code, build.stderr).toBe(0);
  });

  it(
    "keeps the header's four sections on one row below the site's name and the language switch",
    SLOW,
    async () => {
      for (const lang of ["", "en/"]) {
        for (const path of PAGES) {
          const page = await phonePage(`${lang}${path}`);
          const where = `/${lang}${path}`;
          const links = await page.$$eval(".site-header nav a", (as) =>
            as.map((a) => a.getBoundingClientRect().top),
          );
          expect(links, where).toHaveLength(4);
          expect(new Set(links.map(Math.round)).size, where).toBe(1);
          const brand = await page.locator(".site-header .brand").boundingBox();
          const lang_ = await page.locator(".site-header .lang-switch").boundingBox();
          expect(brand && lang_ && brand.x < lang_.x, where).toBe(true);
          expect((brand?.y ?? 0) + (brand?.height ?? 0), where).toBeLessThanOrEqual(
            (links[0] ?? 0) + 1,
          );
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, where).toBeLessThanOrEqual(0);
          await page.close();
        }
      }
    },
  );

  it(
    "keeps the scheme studio's band tables inside the screen, each band's row whole (its − button without scrolling sideways)",
    SLOW,
    async () => {
      for (const lang of ["", "en/"]) {
        const page = await phonePage(`${lang}studio/`);
        // The form is drawn by the studio's script once its data is loaded.
        await page.waitForSelector(".studio-form fieldset table.bands");
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `/${lang}studio/`).toBeLessThanOrEqual(0);
        const tables = await page.$$eval(".studio-form table", (ts) =>
          ts.map((t) => t.scrollWidth - t.clientWidth),
        );
        expect(tables.length, `/${lang}studio/`).toBeGreaterThan(0);
        for (const hidden of tables) expect(hidden, `/${lang}studio/`).toBeLessThanOrEqual(0);
        // After an edit that changes every total (a weight halved, its points with it), the
        // list of changes fits the screen too: a row read without scrolling sideways.
        const weight = page.locator("input[data-weight]").first();
        await weight.fill(String(Number(await weight.inputValue()) / 2));
        await page.waitForSelector(".studio table.movers");
        for (const table of ["movers", "grade-dist"]) {
          const hidden = await page.$eval(`.studio table.${table}`, (t) => {
            const wrap = t.parentElement as HTMLElement;
            return wrap.scrollWidth - wrap.clientWidth;
          });
          expect(hidden, `/${lang}studio/ ${table}`).toBeLessThanOrEqual(0);
        }
        await page.close();
      }
    },
  );

  it(
    "fits the appraisal form on the screen: no sideways scrolling, no rule broken inside",
    SLOW,
    async () => {
      for (const lang of ["", "en/"]) {
        const page = await phonePage(`${lang}agents/xiao-mei/`);
        const where = `${lang || "zh/"} agent form`;
        const form = await page.evaluate(() => {
          const wrap = document.querySelector(".form-sheet .table-wrap") as HTMLElement;
          const rules = [...document.querySelectorAll(".form-sheet tbody .nw")].map(
            (s) => s.getClientRects().length,
          );
          const total = [...document.querySelectorAll(".form-sheet tfoot th[scope=row]")].filter(
            (th) => th.getClientRects().length > 0,
          );
          return {
            scroll: wrap.scrollWidth - wrap.clientWidth,
            rules,
            visibleHeaders: [...document.querySelectorAll(".form-sheet thead th")].filter(
              (th) => th.getClientRects().length > 0,
            ).length,
            totalLabels: total.length,
          };
        });
        expect(form.scroll, where).toBeLessThanOrEqual(0);
        // # and the formula give way: KPI, value, band, points, maximum.
        expect(form.visibleHeaders, where).toBe(5);
        expect(form.totalLabels, where).toBe(1);
        expect(form.rules.length, where).toBeGreaterThan(0);
        // Each piece of a rule ("97% > Z ≥ 95%", "→ 12") is drawn on one line.
        for (const lines of form.rules) expect(lines, where).toBe(1);
        await page.close();
      }
    },
  );

  it(
    "says on the first screen which month the agent's headline total, grade and rank are of",
    SLOW,
    async () => {
      for (const [lang, month] of [
        ["", "2026年10月"],
        ["en/", "October 2026"],
      ]) {
        const page = await phonePage(`${lang}agents/xiao-mei/`);
        const when = page.locator(".page-head .head-stats .stats-when");
        expect(await when.textContent(), lang).toContain(month);
        const box = await when.boundingBox();
        const total = await page.locator(".page-head .stats .stat").first().boundingBox();
        // Above the figures it qualifies, inside the first screen.
        expect(box && total && box.y + box.height <= total.y + 1, lang).toBe(true);
        expect((box?.y ?? 999) + (box?.height ?? 0), lang).toBeLessThan(844);
        await page.close();
      }
    },
  );

  it(
    "keeps each team name on one line in the month's ranking, and heads each KPI column with its maximum",
    SLOW,
    async () => {
      for (const lang of ["", "en/"]) {
        const page = await phonePage(`${lang}months/2026-10/`);
        const where = `/${lang}months/2026-10/`;
        const teams = await page.$$eval("table.ranking tbody td:nth-child(3)", (tds) =>
          tds.map((td) => {
            const range = document.createRange();
            range.selectNodeContents(td);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          }),
        );
        expect(teams.length, where).toBeGreaterThan(0);
        for (const lines of teams) expect(lines, where).toBe(1);
        // The cells show points only: 15 of 30 and 15 of 15 must not look alike.
        const heads = await page.$$eval("table.ranking", (tables) =>
          tables.map((t) => ({
            kpis: t.querySelectorAll("thead th").length - 7,
            maxes: [...t.querySelectorAll("thead th .kpi-max")].map((m) => m.textContent),
          })),
        );
        expect(heads.length, where).toBeGreaterThan(0);
        for (const h of heads) {
          expect(h.maxes, where).toHaveLength(h.kpis);
          for (const m of h.maxes) expect(m, where).toMatch(/^\/\d+$/);
        }
        expect(
          heads.flatMap((h) => h.maxes),
          where,
        ).toContain("/30");
        await page.close();
      }
    },
  );
});
