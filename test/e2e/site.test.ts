/**
 * The real report on the sample data, built under /kpi/ and driven in
 * Debian's chromium: every page loads without errors, every internal link
 * resolves, the interactive parts work, the print form fits one A4 page, and
 * a second build is byte-identical. Builds at most twice.
 */

import { mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/temp-dir.ts";
import { hasChromium, launchBrowser } from "./browser.ts";
import { buildReport, differingFiles, listFiles, REPO } from "./build-report.ts";
import { axeViolations, chartTextOverlaps, pdfText, smallChartText } from "./reading.ts";
import { fileFor, type RunningServer, serveStatic } from "./static-server.ts";

const BASE = "/kpi/";
const SLOW = { timeout: 180_000 };
const MAX_HTML_BYTES = 200 * 1024;
const SHOTS = join(REPO, "test-results/screenshots");

const tmp = tempDir("kpi-e2e");
const outDir = join(tmp, "site");
let build: Awaited<ReturnType<typeof buildReport>>;
let pages: string[] = [];
let redirects: string[] = [];

beforeAll(async () => {
  build = await buildReport(["--quiet", "--base", BASE, "--out", outDir]);
  if (build.code === 0) {
    const html = listFiles(outDir).filter((f) => f.endsWith(".html"));
    // The old agent addresses are one-line redirect pages (tested on their own below).
    const isRedirect = (f: string) =>
      readFileSync(join(outDir, f), "utf8").includes('http-equiv="refresh"');
    redirects = html.filter(isRedirect);
    pages = html.filter((f) => !isRedirect(f));
  }
}, SLOW.timeout);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const urlPath = (file: string) => `${BASE}${file.replace(/index\.html$/, "")}`;
const html = (file: string) => readFileSync(join(outDir, file), "utf8");
const firstAgentPage = () => pages.find((p) => p.startsWith("agents/")) ?? "";
const latestMonthPage = () =>
  pages
    .filter((p) => /^months\/\d{4}-\d{2}\//.test(p))
    .sort()
    .at(-1) ?? "";

describe("the report build (sample data, base /kpi/)", () => {
  it("exits 0 and writes every route in both languages", () => {
    expect(build.code, build.stderr).toBe(0);
    for (const route of [
      "index.html",
      "compare/index.html",
      "studio/index.html",
      "data-quality/index.html",
    ]) {
      expect(pages).toContain(route);
      expect(pages).toContain(`en/${route}`);
    }
    expect(pages.filter((p) => p.startsWith("months/")).length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.startsWith("agents/")).length).toBeGreaterThan(0);
    const en = pages.filter((p) => p.startsWith("en/")).map((p) => p.slice(3));
    expect(en.sort()).toEqual(pages.filter((p) => !p.startsWith("en/")).sort());
  });

  it("names on the data-quality page the platform each file was read as (the 飞鸽 team)", () => {
    const row = (lang: string) =>
      html(`${lang}data-quality/index.html`)
        .split("<tr>")
        .find((r) => r.includes("飞鸽-客服数据-接待量-20261001-20261031.csv"));
    expect(row("")).toContain("抖店 · 飞鸽 客服数据");
    expect(row("en/")).toContain("Douyin shop · Feige service data");
    expect(html("data-quality/index.html")).toContain("内置表头");
  });

  it("gives payroll each scheme's pay in total on the month page: the sum of results.csv's pay column", () => {
    const page = latestMonthPage();
    const [header, ...rows] = readFileSync(
      join(outDir, page.replace(/index\.html$/, "results.csv")),
      "utf8",
    )
      .slice(1)
      .trim()
      .split("\r\n")
      .map((line) => line.split(","));
    const pay = header?.indexOf("pay") ?? -1;
    const csvSum = rows.reduce((sum, r) => sum + Number(r[pay] || 0), 0);
    // Each table's whole: its 合计 line, or its one team's line.
    const tables = html(page).split('<table class="pay-totals">').slice(1);
    expect(tables.length).toBeGreaterThan(0);
    const amount = (row: string) =>
      Number((row.split("<td").at(3) ?? "").replace(/<[^>]*>|[^\d.−-]/g, "").replace("−", "-"));
    const pageSum = tables.reduce((sum, t) => {
      const body = t.slice(0, t.indexOf("</table>"));
      const foot = body.split("<tfoot>")[1];
      return sum + amount(foot ?? body.split("<tbody>")[1] ?? "");
    }, 0);
    expect(pageSum).toBeCloseTo(csvSum, 2);
    expect(html(page)).toContain("绩效工资合计");
    expect(html(`en/${page}`)).toContain("Performance pay in total");
  });

  it("keeps every page's HTML at or under 200 KB", () => {
    const big = pages
      .map((p) => ({ p, kb: Math.round(statSync(join(outDir, p)).size / 1024) }))
      .filter(({ p }) => statSync(join(outDir, p)).size > MAX_HTML_BYTES);
    expect(big).toEqual([]);
  });

  it("ships no script on pages without charts, sorting, the compare tool or the studio", () => {
    for (const lang of ["", "en/"]) {
      expect(html(`${lang}data-quality/index.html`)).not.toMatch(/<script/i);
    }
    for (const p of pages) {
      const text = html(p);
      const interactive = /<svg|class="sortable|class="panel (compare|studio)/.test(text);
      if (!interactive) expect(text, p).not.toMatch(/<script/i);
    }
  });

  it(
    "builds byte-identical output a second time, even split across two processes",
    SLOW,
    async () => {
      // The second build is sharded as a large report would be: the merge must give the same site.
      const again = join(tmp, "again");
      const second = await buildReport(["--quiet", "--base", BASE, "--out", again], {
        REPORT_SHARDS: "2",
      });
      expect(second.code, second.stderr).toBe(0);
      expect(differingFiles(outDir, again)).toEqual([]);
    },
  );
});

describe.skipIf(!hasChromium)("the report site in chromium", () => {
  let browser: Browser;
  let server: RunningServer;
  let context: BrowserContext;

  beforeAll(async () => {
    expect(build.code, build.stderr).toBe(0);
    server = await serveStatic(outDir, BASE);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, SLOW.timeout);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page, failing on console errors, page errors and failed requests. */
  async function open(page: Page, path: string): Promise<string[]> {
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on("requestfailed", (r) => errors.push(`failed: ${r.url()}`));
    await page.goto(`${server.origin}${path}`, { waitUntil: "load" });
    return errors;
  }

  it("gives agents readable addresses (pinyin for Chinese names) and redirects the old opaque ones", async () => {
    const agents = pages.filter((p) => /^agents\/[^/]+\/index\.html$/.test(p));
    expect(agents).toContain("agents/xiao-mei/index.html");
    // No page is at an old opaque address: each of those is a redirect.
    const oldSlugs = new Set(redirects.map((p) => p.replace(/^en\//, "")));
    expect(agents.filter((p) => oldSlugs.has(p))).toEqual([]);
    expect(redirects.length).toBeGreaterThan(0);
    const page = await context.newPage();
    const old = redirects.find((p) => p.startsWith("agents/")) ?? "";
    await page.goto(`${server.origin}${urlPath(old)}`);
    const from = `${BASE}${old.replace("index.html", "")}`;
    await page.waitForURL(
      (url) => url.pathname !== from && /\/agents\/[a-z0-9-]+\/$/.test(url.pathname),
    );
    expect(await page.locator("h1").count()).toBe(1);
    await page.close();
  });

  it("switches a month page to English and back, staying on the same month", async () => {
    const page = await context.newPage();
    const month = urlPath(latestMonthPage());
    await open(page, month);
    await page.click("a.lang-switch");
    await page.waitForURL(`${server.origin}${BASE}en/${month.slice(BASE.length)}`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.click("a.lang-switch");
    await page.waitForURL(`${server.origin}${month}`);
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.close();
  });

  it("compare: shows the chosen agents' table and charts, and adding an agent updates the URL", async () => {
    const page = await context.newPage();
    const errors = await open(page, `${BASE}compare/`);
    await page.waitForSelector(".compare-out table tbody tr");
    await page.waitForSelector(".compare-out svg");
    const before = await page.locator(".compare-out table tbody tr").count();
    expect(before).toBeGreaterThan(0);
    expect(await page.locator(".compare-out svg").count()).toBeGreaterThan(0);
    // 12 months fit a desktop's width: no scrolling, no edge drawn beside the names.
    expect(await page.locator(".compare-out .table-wrap").first().getAttribute("class")).toBe(
      "table-wrap by-month",
    );
    const add = page.locator(".matches button[data-add]").first();
    const slug = (await add.getAttribute("data-add")) ?? "";
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    await add.click();
    await page.waitForFunction(
      (s) => new URL(location.href).searchParams.get("a")?.split(",").includes(s),
      slug,
    );
    await expect.poll(() => page.locator(".compare-out table tbody tr").count()).toBe(before + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("compare on a 390 px phone: the totals open at the latest months, the names stay in view", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    const errors = await open(page, `${BASE}compare/`);
    await page.waitForSelector(".compare-out svg");
    const wrap = page.locator(".compare-out .table-wrap").first();
    const at = () =>
      wrap.evaluate((w) => {
        const box = w.getBoundingClientRect();
        const heads = [...w.querySelectorAll("thead th")];
        const latest = heads.at(-1)?.getBoundingClientRect();
        const name = w.querySelector("tbody th a")?.getBoundingClientRect();
        return {
          fromEnd: w.scrollWidth - w.clientWidth - w.scrollLeft,
          overflows: w.scrollWidth > w.clientWidth + 100,
          latestInView: !!latest && latest.right <= box.right + 1 && latest.left >= box.left,
          nameInView: !!name && name.left >= box.left && name.right <= box.right,
        };
      });
    const opened = await at();
    expect(opened.overflows).toBe(true);
    expect(opened).toMatchObject({ fromEnd: 0, latestInView: true, nameInView: true });
    // The names' edge is drawn where the months scroll under it (not on a desktop: below).
    expect(await wrap.getAttribute("class")).toContain("scrolls");
    // Scrolled back to older months, the names stay; a focused name does not scroll it
    // back to the start, and a redraw (an agent added) keeps the months in view.
    await wrap.evaluate((w) => {
      w.scrollLeft = w.scrollWidth - w.clientWidth - 150;
    });
    expect((await at()).nameInView).toBe(true);
    await page.locator(".compare-out tbody th a").first().focus();
    expect((await at()).fromEnd).toBe(150);
    const rows = await page.locator(".compare-out table tbody tr").count();
    await page.locator(".matches button[data-add]").first().click();
    await expect.poll(() => page.locator(".compare-out table tbody tr").count()).toBe(rows + 1);
    expect((await at()).fromEnd).toBe(150);
    // Printed, the table is not scrolled and its names are not stuck over the months.
    await page.emulateMedia({ media: "print" });
    expect(await page.$eval(".compare-out tbody th", (th) => getComputedStyle(th).position)).toBe(
      "static",
    );
    expect(errors).toEqual([]);
    await phone.close();
  });

  it(
    "compare: chips are named 移除 / Remove with the name, and the keyboard focus stays in the list after adding and removing",
    SLOW,
    async () => {
      for (const [prefix, verb] of [
        ["", "移除"],
        ["en/", "Remove"],
      ] as const) {
        const page = await context.newPage();
        await open(page, `${BASE}${prefix}compare/`);
        await page.waitForSelector(".compare-out svg");
        const chip = page.locator(".chips button").first();
        const name = (await chip.locator("span").nth(1).textContent()) ?? "";
        expect(
          await page.getByRole("button", { name: `${verb} ${name}`, exact: true }).count(),
        ).toBe(1);
        // Tab from the search box goes to the matches, not to a remove chip.
        await page.focus("input[name=q]");
        await page.keyboard.press("Tab");
        expect(
          await page.evaluate(() => document.activeElement?.closest("ul")?.className),
        ).toContain("matches");
        await page.keyboard.press("Enter");
        await expect
          .poll(() =>
            page.evaluate(
              () =>
                document.activeElement?.closest("ul")?.className ?? document.activeElement?.tagName,
            ),
          )
          .toContain("matches");
        await page.locator(".chips button").first().focus();
        await page.keyboard.press("Enter");
        expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");
        expect(
          await page.evaluate(() => document.activeElement?.closest("ul")?.className),
        ).toContain("chips");
        await page.close();
      }
    },
  );

  it("sorts the month ranking by a header click; without JS it is in rank order", async () => {
    const page = await context.newPage();
    const month = urlPath(latestMonthPage());
    await open(page, month);
    const table = page.locator("table.sortable.ranking").first();
    const names = () => table.locator("tbody tr td:nth-child(2)").allTextContents();
    const ranked = await names();
    await table.locator("thead th button.sort").nth(1).click();
    await expect.poll(names).not.toEqual(ranked);
    expect([...(await names())].sort()).toEqual([...ranked].sort());
    await page.close();

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${server.origin}${month}`, { waitUntil: "load" });
    const tables = await plain.$$eval("table.sortable.ranking", (ts) =>
      ts.map((t) =>
        [...t.querySelectorAll("tbody tr td:first-child")].map((td) => Number(td.textContent)),
      ),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const ranks of tables) {
      expect(ranks.length).toBeGreaterThan(0);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(ranks[0]).toBe(1);
    }
    await noJs.close();
  });

  it("the month ranking on a 390 px phone: the rank and name stay in view while the KPI columns scroll", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    const errors = await open(page, urlPath(latestMonthPage()));
    const wrap = page.locator(".table-wrap:has(table.ranking)").first();
    const at = () =>
      wrap.evaluate((w) => {
        const box = w.getBoundingClientRect();
        const row = (w.querySelector("tbody tr") as HTMLTableRowElement).cells;
        const rank = (row[0] as HTMLElement).getBoundingClientRect();
        const name = (row[1] as HTMLElement).getBoundingClientRect();
        const kpi = (
          w.querySelector("thead th:nth-child(8) button") as HTMLElement
        ).getBoundingClientRect();
        return {
          fromStart: w.scrollLeft,
          rankInView: rank.left >= box.left - 0.5 && rank.right <= box.right,
          // The name right beside the rank: neither covers the other.
          nameBeside: Math.abs(name.left - rank.right) < 0.5,
          kpiClear: kpi.left >= name.right - 0.5 && kpi.right <= box.right + 0.5,
        };
      });
    expect(await wrap.getAttribute("class")).toBe("table-wrap pinned scrolls");
    expect(await at()).toMatchObject({ fromStart: 0, rankInView: true, nameBeside: true });
    await wrap.evaluate((w) => {
      w.scrollLeft = w.scrollWidth;
    });
    const scrolled = await at();
    expect(scrolled.fromStart).toBeGreaterThan(300);
    expect(scrolled).toMatchObject({ rankInView: true, nameBeside: true, kpiClear: false });
    // The keyboard reaches a KPI's header scrolled under the pinned columns: it is scrolled clear of them.
    await page.locator("table.ranking thead th:nth-child(8) button").first().focus();
    expect(await at()).toMatchObject({ rankInView: true, nameBeside: true, kpiClear: true });
    // Sorted by that KPI, the rows move and the pinned columns stay.
    const names = () => wrap.locator("tbody tr td:nth-child(2)").allTextContents();
    const ranked = await names();
    await page.keyboard.press("Enter");
    await expect.poll(names).not.toEqual(ranked);
    expect(await at()).toMatchObject({ rankInView: true, nameBeside: true });
    // Its edge in dark mode keeps the text's contrast.
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page, true, ["table.ranking"])).toEqual([]);
    // Printed, nothing is stuck over the KPI columns.
    await page.emulateMedia({ media: "print" });
    expect(
      await wrap.evaluate((w) =>
        [...w.querySelectorAll("tbody tr:first-child td")].map((c) => getComputedStyle(c).position),
      ),
    ).not.toContain("sticky");
    expect(errors).toEqual([]);
    await phone.close();
    // A desktop shows all the Chinese ranking's columns: no edge is drawn.
    const desk = await context.newPage();
    await open(desk, urlPath(latestMonthPage()));
    expect(await desk.locator(".table-wrap:has(table.ranking)").first().getAttribute("class")).toBe(
      "table-wrap pinned",
    );
    await desk.close();
  });

  it("the agent page's total and rank chart fills its card on a 1366 px desktop, and a narrower window reads it at 11 px or more", async () => {
    const page = await context.newPage();
    const errors = await open(page, `${BASE}agents/xiao-mei/`);
    const fill = () =>
      page.evaluate(() => {
        const card = document.querySelector("section.panel:has(figure.chart.wide)") as HTMLElement;
        const inner = card.clientWidth - 2 * Number.parseFloat(getComputedStyle(card).paddingLeft);
        const svg = [...card.querySelectorAll("svg")].find((s) => s.getClientRects().length > 0);
        const width = svg?.getBoundingClientRect().width ?? 0;
        return { fill: width / inner, scale: width / (svg?.viewBox.baseVal.width ?? 1) };
      });
    await page.setViewportSize({ width: 1366, height: 900 });
    const desk = await fill();
    expect(desk.fill).toBeGreaterThan(0.97);
    expect(desk.scale).toBe(1);
    // The KPI charts beside it fill their two columns.
    const kpi = await page.$$eval("section.panel .charts-grid > div", (cells) =>
      cells.map(
        (c) =>
          (c.querySelector("svg.has-phone")?.getBoundingClientRect().width ?? 0) / c.clientWidth,
      ),
    );
    expect(Math.min(...kpi)).toBeGreaterThan(0.9);
    // Narrower, it is scaled no smaller than the KPI charts two to a row (70%); below that its
    // phone variant is shown at the size it is drawn.
    for (const width of [1024, 870, 768, 600]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await smallChartText(page, width > 860 ? 7.7 : 11), `${width} px`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it(
    "prints an agent's form with signature lines on exactly one A4 page, without the header",
    SLOW,
    async () => {
      const page = await context.newPage();
      await open(page, urlPath(firstAgentPage()));
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".site-header").isHidden()).toBe(true);
      expect(await page.locator("header nav").first().isHidden()).toBe(true);
      expect(await page.locator(".form-sheet").isVisible()).toBe(true);
      expect(await page.locator(".form-sheet .signatures").isVisible()).toBe(true);
      // What to improve is printed with the form, between it and the signature lines.
      expect(await page.locator(".form-sheet .improve").isVisible()).toBe(true);
      const pdf = await pdfText(await page.pdf({ format: "A4" }));
      expect(pdf.pages).toBe(1);
      expect(pdf.text).toContain("提升建议");
      expect(pdf.text).toMatch(/再(提高|降低|缩短)|已在最高档/);
      expect(pdf.text).not.toContain("非整月");
      await page.close();
    },
  );

  it(
    "prints the form of a month the agent left in as a part month, beside 考核年月 (阿伟, left 06-19)",
    SLOW,
    async () => {
      for (const [prefix, words] of [
        ["", "考核年月: 2026年6月（非整月 · 离职 06-19） · 被考核人: 阿伟"],
        ["en/", "Month: June 2026 (part month · left 06-19) · Appraisee: 阿伟"],
      ] as const) {
        const page = await context.newPage();
        await open(page, `${BASE}${prefix}agents/a-wei/`);
        await page.emulateMedia({ media: "print" });
        const pdf = await pdfText(await page.pdf({ format: "A4" }));
        expect(pdf.pages).toBe(1);
        expect(pdf.text.replace(/\s+/g, " ")).toContain(words);
        await page.close();
      }
    },
  );

  it(
    "names each scheme's top, bottom and outliers on the month page's first screen (1280×800 and 390×844)",
    SLOW,
    async () => {
      const results = JSON.parse(
        html(latestMonthPage().replace(/index\.html$/, "results.json")),
      ) as { results: { scheme: string; agent: string }[] };
      const schemes = new Set(results.results.map((r) => r.scheme));
      for (const [width, height] of [
        [1280, 800],
        [390, 844],
      ] as const) {
        for (const prefix of ["", "en/"]) {
          const page = await context.newPage();
          await page.setViewportSize({ width, height });
          await open(page, urlPath(`${prefix}${latestMonthPage()}`));
          const cards = await page.$$eval(".glance-grid > section.glance", (els) =>
            els.map((el) => ({
              bottom: el.getBoundingClientRect().bottom,
              names: [...el.querySelectorAll(".glance-table th[scope=row] a")].map(
                (a) => a.textContent ?? "",
              ),
              grades: el.querySelectorAll(".glance-table td span[class*=grade]").length,
              outliers: el.querySelector(".glance-outliers")?.textContent ?? "",
            })),
          );
          const where = `${prefix || "zh/"} at ${width}×${height}`;
          // One card per scheme of the month, every one wholly inside the first screen.
          expect(cards, where).toHaveLength(schemes.size);
          for (const c of cards) {
            expect(c.bottom, where).toBeLessThanOrEqual(height);
            expect(c.names.length, where).toBeGreaterThanOrEqual(3);
            expect(c.grades, where).toBe(c.names.length);
            expect(c.outliers, where).toMatch(/\S/);
          }
          // The names are the month's agents (the sample's top and bottom, not placeholders).
          const agents = new Set(results.results.map((r) => r.agent));
          for (const n of cards.flatMap((c) => c.names)) expect(agents, n).toContain(n);
          await page.close();
        }
      }
    },
  );

  it(
    "prints the month page on A4 landscape with every column of the ranking and no sorting hints",
    SLOW,
    async () => {
      for (const prefix of ["", "en/"]) {
        const page = await context.newPage();
        await open(page, urlPath(`${prefix}${latestMonthPage()}`));
        const headers = await page.$$eval("table.ranking thead th", (ths) =>
          ths.map((th) => th.textContent?.trim() ?? ""),
        );
        expect(headers.length).toBeGreaterThan(7);
        await page.emulateMedia({ media: "print" });
        // Laid out at A4 landscape's printable width (277 mm), the whole table fits: nothing is cut.
        await page.setViewportSize({ width: 1046, height: 740 });
        const overflow = await page.$$eval("table.ranking", (ts) =>
          ts.map(
            (t) =>
              t.getBoundingClientRect().right -
              (t.closest("main")?.getBoundingClientRect().right ?? 0),
          ),
        );
        for (const o of overflow) expect(o).toBeLessThanOrEqual(1);
        const buffer = await page.pdf({ preferCSSPageSize: true });
        const pdf = await pdfText(buffer);
        // Landscape: the first page is wider than it is tall.
        const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(buffer.toString("latin1"));
        expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]));
        // Page 1 is the first screen; each scheme's charts and ranking start a page of their
        // own and, up to ~25 agents, fit on it: one page plus one per scheme of the month.
        const results = JSON.parse(
          html(latestMonthPage().replace(/index\.html$/, "results.json")),
        ) as { results: { scheme: string }[] };
        const perScheme = new Map<string, number>();
        for (const r of results.results)
          perScheme.set(r.scheme, (perScheme.get(r.scheme) ?? 0) + 1);
        for (const n of perScheme.values()) expect(n).toBeLessThanOrEqual(25);
        expect(pdf.pages).toBe(1 + perScheme.size);
        const flat = pdf.text.replace(/\s+/g, "");
        for (const h of headers) expect(flat, h).toContain(h.replace(/\s+/g, ""));
        expect(flat).not.toContain("点击表头可排序");
        expect(flat).not.toContain("Clickaheader");
        expect(flat).not.toMatch(/[↕]/);
        await page.close();
      }
    },
  );

  /**
   * One page of each kind: an agent's, a month's, a team page… (ids and slugs
   * in the path do not count), for the checks run on a sample of the English pages.
   */
  const kindOf = (file: string) =>
    file
      .split("/")
      .map((seg, i, all) => (/^(agents|months|teams)$/.test(all[i - 1] ?? "") ? "*" : seg))
      .join("/");

  // Each page is opened once for every check, one page after another (the longest test:
  // this is where a slow machine shows).
  it("every page: loads without errors, its internal links resolve, no overlapping chart text (desktop and phone), no chart text under 11 px on a 390 px phone; no axe WCAG 2.1 AA violation in light and dark on every Chinese page and one English page of each kind", {
    timeout: 1_800_000,
  }, async () => {
    const problems: string[] = [];
    let charts = 0;
    let audited = 0;
    // The English pages are the Chinese ones' templates with English words: the geometry checks
    // (longer words wrap and collide differently) run on all of them; axe, whose rules are about
    // structure, names and contrast, on one of each kind.
    const englishKinds = new Set<string>();
    for (const file of pages) {
      const page = await context.newPage();
      const errors = await open(page, urlPath(file));
      if (file.endsWith("compare/index.html")) await page.waitForSelector(".compare-out svg");
      const refs = await page.$$eval("a[href], link[href], script[src]", (els) =>
        els.map((el) => el.getAttribute("href") ?? el.getAttribute("src") ?? ""),
      );
      for (const ref of refs) {
        const url = new URL(ref, page.url());
        if (url.origin !== server.origin) continue;
        if (!fileFor(outDir, BASE, url.pathname)) errors.push(`broken link: ${ref}`);
      }
      const at = (what: string) => (x: string) => `${urlPath(file)} ${what}: ${x}`;
      problems.push(...errors.map(at("loading")));
      charts += await page.locator("svg.chart-svg").count();
      problems.push(...(await chartTextOverlaps(page)).map(at("overlap at 1280 px")));
      const english = file.startsWith("en/");
      if (!english || !englishKinds.has(kindOf(file.slice(3)))) {
        if (english) englishKinds.add(kindOf(file.slice(3)));
        audited++;
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          for (const v of await axeViolations(page, colorScheme === "dark"))
            problems.push(at(`axe (${colorScheme})`)(`${v.id}: ${v.nodes.join("; ")}`));
        }
      }
      await page.setViewportSize({ width: 390, height: 844 });
      problems.push(...(await chartTextOverlaps(page)).map(at("overlap at 390 px")));
      problems.push(...(await smallChartText(page)).map(at("small text at 390 px")));
      await page.close();
    }
    expect(charts).toBeGreaterThan(100);
    // Every Chinese page, and English pages of at least the five main kinds.
    expect(audited).toBeGreaterThanOrEqual(pages.filter((p) => !p.startsWith("en/")).length + 5);
    expect(problems).toEqual([]);
  });

  it("saves screenshots of the main pages in both languages", SLOW, async () => {
    mkdirSync(SHOTS, { recursive: true });
    const targets: [string, string][] = [
      ["home", "index.html"],
      ["month", latestMonthPage()],
      ["agent", firstAgentPage()],
      ["compare", "compare/index.html"],
      ["data-quality", "data-quality/index.html"],
    ];
    for (const [name, file] of targets) {
      for (const lang of ["zh", "en"] as const) {
        const page = await context.newPage();
        await open(page, urlPath(lang === "en" ? `en/${file}` : file));
        if (name === "compare") await page.waitForSelector(".compare-out svg");
        await page.screenshot({ path: join(SHOTS, `${name}-${lang}.png`), fullPage: true });
        await page.close();
      }
    }
    expect(listFiles(SHOTS).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(10);
  });
});
