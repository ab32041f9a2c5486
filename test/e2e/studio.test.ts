/**
 * The scheme studio on the sample, in Debian's chromium: edit one band edge
 * (询单转化率 60% → 55%) and one weight (落实客单价 15 → 20) of the pre-sales
 * scheme, read the studio's grade counts and pay budget, download the edited
 * scheme, and get the very same numbers from `npm run score` with it; the
 * checker's findings are `npm run check`'s; the link reproduces the edit.
 */
import { execFile } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/temp-dir.ts";
import { hasChromium, launchBrowser } from "./browser.ts";
import { buildReport, REPO } from "./build-report.ts";
import { axeViolations } from "./reading.ts";
import { type RunningServer, serveStatic } from "./static-server.ts";

const BASE = "/kpi/";
const SLOW = { timeout: 180_000 };
/** Generous: the machine running the suite may be busy. */
const POLL = { timeout: 30_000 };
const tmp = tempDir("kpi-studio");
const outDir = join(tmp, "site");
let build: Awaited<ReturnType<typeof buildReport>>;

beforeAll(async () => {
  build = await buildReport(["--quiet", "--base", BASE, "--out", outDir]);
}, SLOW.timeout);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function npm(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "npm",
      ["run", "--silent", ...args],
      { cwd: REPO, maxBuffer: 64 << 20 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : 1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

/** The studio's counts as a reader sees them: grade → after-count over the range, and the pay totals. */
/** Opens the studio at `url` and waits until it has scored the published schemes. */
async function loadStudio(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector(".studio.ready table.grade-dist");
}

/** The page's uncaught errors, collected from now on. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function readStudio(page: Page) {
  const grades = await page.$$eval("table.grade-dist thead th", (ths) =>
    ths.slice(1).map((th) => th.textContent?.trim() ?? ""),
  );
  const after = await page.$$eval("table.grade-dist tr.total td b", (bs) =>
    bs.map((b) => Number(b.textContent)),
  );
  const before = await page.$$eval("table.grade-dist tr.total td", (tds) =>
    tds.map((td) => Number(td.textContent?.split("→")[0])),
  );
  const pay = await page.$$eval("table.pay-month tfoot td", (tds) =>
    tds.map((td) => td.textContent ?? ""),
  );
  const number = (s: string | undefined) =>
    Number((s ?? "").replace(/[^\d.−-]/g, "").replace("−", "-"));
  return {
    after: Object.fromEntries(grades.map((g, i) => [g, after[i]])),
    before: Object.fromEntries(grades.map((g, i) => [g, before[i]])),
    payBefore: number(pay[0]),
    payAfter: number(pay[1]),
    summary: (await page.locator(".studio-summary").textContent()) ?? "",
  };
}

/** An agent-month of `npm run score`'s JSON, as far as the studio compares it. */
interface ScoredRow {
  agent: string;
  month: string;
  role?: string;
  total: number;
  grade: string | null;
  pay: number | null;
}

/**
 * A link as the studio wrote it before links carried other schemes' edits, as
 * bookmarked: 询单转化率 from 55 %, 落实客单价's weight 20, grade D removed,
 * 首次响应时间 switched off.
 */
const OLD_LINK =
  "#scheme=presales&from=2026-01&to=2026-10&edit=eyJjIjpbeyJwIjpbImtwaXMiLDAsImJhbmRzIiwwLCJtaW4iXSwidiI6MC41NX0seyJwIjpbImtwaXMiLDEsIndlaWdodCJdLCJ2IjoyMH0seyJwIjpbImdyYWRlcyIsM119XSwibyI6WyJmaXJzdF9yZXNwb25zZSJdfQ";

/** The status line's word on a link part of which does not fit the site's schemes. */
const PARTLY = "链接中有部分修改与本站的方案不符，已略去，其余已恢复。";

/** The scheme picker's value for a scheme by id. */
const schemeOption = (page: Page, id: string) =>
  page.$eval(
    "select[name=scheme]",
    (sel, id) =>
      [...(sel as HTMLSelectElement).options].find((o) => o.text.endsWith(`(${id})`))?.value ?? "",
    id,
  );
/** The scheme picker's value for the pre-sales scheme. */
const presalesOption = (page: Page) => schemeOption(page, "presales");

describe.skipIf(!hasChromium)("the scheme studio in chromium", () => {
  let server: RunningServer;
  let browser: Browser;

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
    "scores an edited pre-sales scheme to exactly what `npm run score` gives with the downloaded YAML",
    SLOW,
    async () => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const errors = pageErrors(page);
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await loadStudio(page, `${server.origin}${BASE}studio/`);
      await page.selectOption("select[name=scheme]", await presalesOption(page));
      await page.waitForFunction(() => location.hash.includes("scheme=presales"));
      const published = await readStudio(page);

      // One band edge (both bands that share it move) and one weight (its points scale with it).
      await page.fill(`input[data-path='["kpis",0,"bands",0,"min"]']`, "55");
      await expect
        .poll(() => page.inputValue(`input[data-path='["kpis",0,"bands",1,"max"]']`), POLL)
        .toBe("55");
      await page.fill(`input[data-weight="1"]`, "20");
      // A whole new season for 询单转化率: January to October, its top band from 65 %.
      await page.click(`button[data-add-season="0"]`);
      const months = `input[data-months='["kpis",0,"seasons",0,"months"]']`;
      await page.fill(months, "1,2,3,4,5,6,7,8,9,10");
      await page.fill(`input[data-path='["kpis",0,"seasons",0,"bands",0,"min"]']`, "65");
      await page.waitForFunction(() => location.hash.includes("edit="));
      await page.waitForFunction(() =>
        document.querySelector(".studio .findings")?.textContent?.includes("105"),
      );
      // The weights' sum is said at the top of the form, where the weight was typed.
      expect(await page.locator("form.studio-form .weight-total").textContent()).toContain(
        "权重合计 105%（应为 100，+5）",
      );
      const edited = await readStudio(page);
      expect(edited.payAfter).not.toBe(edited.payBefore);
      expect(edited.before).toEqual(published.after);

      const download = page.waitForEvent("download");
      await page.click("button[name=download]");
      const file = join(tmp, "presales.yaml");
      await (await download).saveAs(file);
      const yaml = readFileSync(file, "utf8");
      expect(yaml).toContain("Changes against the published scheme:");
      expect(yaml).toContain("in place of the published file with id: presales");
      expect(yaml).not.toContain("NOT READY");
      // Each KPI named above it, as the published file's comments named it.
      expect(yaml).toContain("kpis:\n  # 询单转化率 X · ");
      expect(yaml).toContain("kpis[0] (inquiry_conversion).bands[0].min: 0.6 → 0.55");
      expect(yaml).toContain("kpis[1] (aov_ratio).weight: 15 → 20");
      expect(yaml).toContain("kpis[0] (inquiry_conversion).seasons: (none) → ");

      // The same grade counts and pay from the command line, with the downloaded file.
      const scored = join(tmp, "score.json");
      const score = await npm(["score", "--", "--scheme", file, "--out", scored]);
      expect(score.code, score.stderr).toBe(0);
      const results = (
        JSON.parse(readFileSync(scored, "utf8")) as {
          results: ScoredRow[];
        }
      ).results.filter((r) => r.role === "售前");
      const counts: Record<string, number> = {};
      // The studio's column of agent-months without a grade is 无等级.
      for (const r of results) counts[r.grade ?? "无等级"] = (counts[r.grade ?? "无等级"] ?? 0) + 1;
      expect(
        Object.fromEntries(Object.entries(edited.after).filter(([, n]) => (n ?? 0) > 0)),
      ).toEqual(counts);
      expect(results.reduce((s, r) => s + (r.pay ?? 0), 0)).toBe(edited.payAfter);
      // Its list of changes is every agent-month whose total, grade or pay the file changes,
      // not only the grade changes.
      const base = join(tmp, "base.json");
      expect((await npm(["score", "--", "--out", base])).code).toBe(0);
      const reported = new Map(
        (
          JSON.parse(readFileSync(base, "utf8")) as {
            results: ScoredRow[];
          }
        ).results.map((r) => [`${r.agent}|${r.month}`, r]),
      );
      const changed = results.filter((r) => {
        const p = reported.get(`${r.agent}|${r.month}`);
        return p?.grade !== r.grade || p?.pay !== r.pay || p?.total !== r.total;
      });
      expect(changed.length).toBeGreaterThan(
        changed.filter((r) => reported.get(`${r.agent}|${r.month}`)?.grade !== r.grade).length,
      );
      expect(await page.locator("table.movers tbody tr").count()).toBe(changed.length);
      // The find box narrows the list to one agent, typed key by key, its text kept.
      const names = () =>
        page.$$eval("table.movers tbody th", (ths) => ths.map((th) => th.textContent ?? ""));
      const one = (await names())[0] ?? "";
      await page.locator("input[name=find]").pressSequentially(one);
      await expect.poll(async () => [...new Set(await names())], POLL).toEqual([one]);
      expect(await page.inputValue("input[name=find]")).toBe(one);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("find");
      expect((await names()).length).toBeLessThan(changed.length);
      await page.fill("input[name=find]", "");
      await expect.poll(async () => (await names()).length, POLL).toBe(changed.length);

      // The checker's findings: in Chinese here; on the English page, `npm run check`'s lines
      // (the file named as given; check also names the line in the file, the studio has none).
      const check = await npm(["check", "--", "--scheme", file]);
      expect(check.code, check.stderr).toBe(0);
      const named = file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(check.stdout).toMatch(new RegExp(`${named}:\\d+: kpis: warning: `));
      const checked = check.stdout.replace(new RegExp(`(${named}):\\d+: `, "g"), "$1: ");
      const findingsOf = (p: typeof page) =>
        p.$$eval(".studio .findings code", (cs) => cs.map((c) => c.textContent ?? ""));
      const findings = await findingsOf(page);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) expect(f).toMatch(/^presales\.yaml: .*(警告|错误)：\P{ASCII}/u);
      // Each finding is that line and no more: its severity tag said once, marked inside it.
      const itemsOf = (p: typeof page) =>
        p.$$eval(".studio .findings li", (lis) =>
          lis.map((li) => ({
            text: li.textContent ?? "",
            line: li.querySelector("code")?.textContent ?? "",
            tags: [...li.querySelectorAll(".sev")].map((t) => t.textContent),
          })),
        );
      for (const item of await itemsOf(page)) {
        expect(item.text).toBe(item.line);
        expect(item.tags.length).toBe(1);
        expect(item.line).toContain(` ${item.tags[0]}：`);
      }

      // The link carries the edit: a colleague opening it sees the same numbers.
      const link = await page.inputValue("input[name=link]");
      const english = await context.newPage();
      await loadStudio(english, link.replace(`${BASE}studio/`, `${BASE}en/studio/`));
      await expect.poll(async () => (await findingsOf(english)).length, POLL).toBe(findings.length);
      for (const f of await findingsOf(english))
        expect(checked).toContain(f.replace(/^presales\.yaml: /, `${file}: `));
      for (const item of await itemsOf(english)) {
        expect(item.text).toBe(item.line);
        expect(item.tags.length).toBe(1);
        expect(item.line).toContain(`: ${item.tags[0]}: `);
      }
      const other = await context.newPage();
      await loadStudio(other, link);
      await expect.poll(async () => (await readStudio(other)).summary, POLL).toBe(edited.summary);
      expect(await other.inputValue(`input[data-weight="1"]`)).toBe("20");
      expect(await other.inputValue(months)).toBe("1,2,3,4,5,6,7,8,9,10");
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    "keeps every scheme's edit over a reload: pre-sales edited, then after-sales, both restored, after-sales shown",
    SLOW,
    async () => {
      const context = await browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const errors = pageErrors(page);
      await loadStudio(page, `${server.origin}${BASE}studio/`);
      const [presales, aftersales] = [
        await presalesOption(page),
        await schemeOption(page, "aftersales"),
      ];
      await page.selectOption("select[name=scheme]", presales);
      await page.fill(`input[data-weight="1"]`, "20");
      await page.waitForFunction(() => location.hash.includes("edit="));
      const presalesSummary = (await readStudio(page)).summary;
      await page.selectOption("select[name=scheme]", aftersales);
      await page.waitForFunction(() => location.hash.includes("scheme=aftersales"));
      // 旺旺回复率's top band from 98 % (99 %), the band below it following.
      const edge = `input[data-path='["kpis",0,"bands",0,"min"]']`;
      await page.fill(edge, "98");
      await page.waitForFunction(() => /edit=.*others=/.test(location.hash));
      await expect
        .poll(() => readStudio(page).then((r) => r.summary), POLL)
        .not.toBe(presalesSummary);
      const aftersalesSummary = (await readStudio(page)).summary;
      // The other scheme's edit is named beside this one's: the download is this scheme's file.
      expect(await page.locator(".studio-edited").textContent()).toMatch(
        /^已修改 2 处；另有修改：售前客服月度考核 \(presales\) \d+ 处/,
      );
      expect(await page.locator("button[name=download]").textContent()).toContain(
        "aftersales.yaml",
      );
      const download = page.waitForEvent("download");
      await page.click("button[name=download]");
      const file = join(tmp, "aftersales.yaml");
      await (await download).saveAs(file);
      expect(readFileSync(file, "utf8")).toMatch(
        /# Also edited in the studio, and NOT in this file: presales \(\d+ changes?\)\./,
      );

      await page.reload();
      await page.waitForSelector(".studio.ready table.grade-dist");
      expect(await page.inputValue("select[name=scheme]")).toBe(aftersales);
      expect(await page.inputValue(edge)).toBe("98");
      await expect
        .poll(() => readStudio(page).then((r) => r.summary), POLL)
        .toBe(aftersalesSummary);
      await page.selectOption("select[name=scheme]", presales);
      await expect.poll(() => page.inputValue(`input[data-weight="1"]`), POLL).toBe("20");
      await expect.poll(() => readStudio(page).then((r) => r.summary), POLL).toBe(presalesSummary);
      // Back on after-sales, its edit is still the link's.
      await page.selectOption("select[name=scheme]", aftersales);
      await expect.poll(() => page.inputValue(edge), POLL).toBe("98");

      // A link bookmarked before links carried other schemes' edits restores as it did.
      const old = await context.newPage();
      await loadStudio(old, `${server.origin}${BASE}studio/${OLD_LINK}`);
      expect(await old.inputValue("select[name=scheme]")).toBe(presales);
      expect(await old.inputValue("select[name=from]")).toBe("2026-01");
      expect(await old.inputValue(`input[data-weight="1"]`)).toBe("20");
      expect(await old.inputValue(edge)).toBe("55");
      expect(await old.locator("fieldset.kpi.off").getAttribute("data-kpi")).toBe("first_response");
      expect(await old.locator(".studio-edited").textContent()).toBe("已修改 4 处");
      // A link whose pre-sales edit no longer fits its scheme: after-sales' edit is restored,
      // and the page says that part of the link was left out.
      const hash = new URLSearchParams(
        new URL(await page.inputValue("input[name=link]")).hash.slice(1),
      );
      const unfit = [{ s: "presales", c: [{ p: ["kpis", 99, "weight"], v: 20 }] }];
      hash.set("others", btoa(JSON.stringify(unfit)));
      const partly = await context.newPage();
      await loadStudio(partly, `${server.origin}${BASE}studio/#${hash}`);
      expect(await partly.inputValue(edge)).toBe("98");
      expect(await partly.locator(".studio-status").textContent()).toContain(PARTLY);
      expect(await partly.locator(".studio-edited").textContent()).toBe("已修改 2 处");
      // An edit of a scheme this site does not have is left out, and said so too.
      hash.set("others", btoa(JSON.stringify([{ s: "retired", c: [{ p: ["grades", 0] }] }])));
      const retired = await context.newPage();
      await loadStudio(retired, `${server.origin}${BASE}studio/#${hash}`);
      expect(await retired.inputValue(edge)).toBe("98");
      expect(await retired.locator(".studio-status").textContent()).toContain(PARTLY);
      // The shown scheme's own edit unfit: its scheme and the link's months are still the link's,
      // and the other schemes' edits are restored over them.
      const own = new URLSearchParams({ scheme: "presales", from: "2026-02", to: "2026-04" });
      own.set("edit", btoa(JSON.stringify({ c: [{ p: ["kpis", 99, "weight"], v: 20 }] })));
      const shownEdit = new URLSearchParams(
        new URL(await page.inputValue("input[name=link]")).hash.slice(1),
      ).get("edit");
      const afterEdit = JSON.parse(atob((shownEdit ?? "").replace(/-/g, "+").replace(/_/g, "/")));
      own.set("others", btoa(JSON.stringify([{ s: "aftersales", ...afterEdit }])));
      const unfitShown = await context.newPage();
      await loadStudio(unfitShown, `${server.origin}${BASE}studio/#${own}`);
      expect(await unfitShown.inputValue("select[name=from]")).toBe("2026-02");
      expect(await unfitShown.inputValue("select[name=to]")).toBe("2026-04");
      expect(await unfitShown.inputValue("select[name=scheme]")).toBe(presales);
      expect(await unfitShown.locator(".studio-status").textContent()).toContain(PARTLY);
      expect(await unfitShown.locator(".studio-edited").textContent()).toMatch(
        /^未修改；另有修改：.* \(aftersales\) 2 处/,
      );
      // A link that cannot be read at all says so, not that part of it was left out.
      const cut = await context.newPage();
      await loadStudio(cut, `${server.origin}${BASE}studio/#scheme=presales&from=2026-0`);
      const said = (await cut.locator(".studio-status").textContent()) ?? "";
      expect(said).toContain("无法读取链接中的修改（链接可能不完整），显示的是发布的方案。");
      expect(said).not.toContain(PARTLY);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it(
    "on a 390 px phone, keeps the results' summary in sight while a field low in the form is edited",
    SLOW,
    async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await loadStudio(page, `${server.origin}${BASE}studio/`);
      await page.selectOption("select[name=scheme]", await presalesOption(page));
      await page.waitForFunction(() => location.hash.includes("scheme=presales"));
      // 平均响应时间's last band, the fourth KPI of five: 0 points → 5.
      const field = page.locator(`input[data-path='["kpis",3,"bands",4,"points"]']`);
      await field.click();
      await page.keyboard.press("Control+A");
      await page.keyboard.type("5");
      await page.waitForFunction(() => location.hash.includes("edit="));
      const glance = page.locator(".studio-glance");
      // Its counts are the summary's: grades up, down, totals higher, lower.
      const counts = (sel: string) => page.$$eval(sel, (bs) => bs.map((b) => b.textContent ?? ""));
      await expect
        .poll(async () => (await counts(".studio-summary b")).slice(2, 6), POLL)
        .toEqual(await counts(".studio-glance b"));
      expect(Number((await counts(".studio-glance b"))[2])).toBeGreaterThan(0);
      const view = { top: 0, bottom: 844 };
      const box = async (l: ReturnType<Page["locator"]>) => {
        const b = await l.boundingBox();
        return { top: b?.y ?? -1, bottom: (b?.y ?? -1) + (b?.height ?? 0) };
      };
      const [g, f, summary] = [
        await box(glance),
        await box(field),
        await box(page.locator(".studio-summary")),
      ];
      // The field is low in the form: the full results are below the screen, the glance in it.
      expect(summary.top).toBeGreaterThan(view.bottom);
      expect(g.top).toBeGreaterThanOrEqual(view.top);
      expect(g.bottom).toBeLessThanOrEqual(view.bottom);
      expect(g.bottom - g.top).toBeLessThan(844 / 6);
      expect(f.top).toBeGreaterThanOrEqual(g.bottom);
      expect(f.bottom).toBeLessThanOrEqual(view.bottom);
      expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
      // Nothing sticky covers the field being typed in.
      expect(
        await field.evaluate((el) => {
          const r = el.getBoundingClientRect();
          return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
        }),
      ).toBe(true);
      // Its button takes the reader to the results, the edit staying in the link.
      const hash = await page.evaluate(() => location.hash);
      await glance.locator("button[name=to-results]").click();
      await expect
        .poll(async () => (await box(page.locator(".studio-summary"))).top, POLL)
        .toBeLessThan(view.bottom);
      expect(await page.evaluate(() => location.hash)).toBe(hash);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        const found = await axeViolations(page, colorScheme === "dark", [".studio-glance"]);
        expect(found.map((v) => `${colorScheme} ${v.id}: ${v.nodes.join("; ")}`)).toEqual([]);
      }
      await page.close();
    },
  );

  it(
    "says a band edge emptied to be retyped needs a number (not an overlap), in Chinese and English",
    SLOW,
    async () => {
      const pages = [
        {
          path: "studio/",
          empty: "下限为空：需要填写一个数字",
          overlap: "重叠",
          none: "没有发现问题",
        },
        {
          path: "en/studio/",
          empty: "the lower bound is empty: a number is needed",
          overlap: "overlap",
          none: "No problems found",
        },
      ];
      for (const { path, empty, overlap, none } of pages) {
        const page = await browser.newPage();
        const errors = pageErrors(page);
        await loadStudio(page, `${server.origin}${BASE}${path}`);
        await page.selectOption("select[name=scheme]", await presalesOption(page));
        await page.waitForFunction(() => location.hash.includes("scheme=presales"));
        const findings = async () => (await page.locator(".studio-findings").textContent()) ?? "";
        const invalid = () =>
          page.$$eval("form.studio-form [aria-invalid=true]", (es) =>
            es.map((e) => (e as HTMLElement).dataset.path),
          );
        // 询单转化率's 60 % deleted key by key, as a manager does to type 55 %.
        const edge = `input[data-path='["kpis",0,"bands",0,"min"]']`;
        const partner = `input[data-path='["kpis",0,"bands",1,"max"]']`;
        await page.click(edge);
        await page.keyboard.press("End");
        await page.keyboard.press("Backspace");
        await page.keyboard.press("Backspace");
        await expect.poll(findings, POLL).toContain(empty);
        expect(await findings()).not.toContain(overlap);
        expect(await page.inputValue(partner)).toBe("");
        expect(await invalid()).toEqual([
          JSON.stringify(["kpis", 0, "bands", 0, "min"]),
          JSON.stringify(["kpis", 0, "bands", 1, "max"]),
        ]);
        // Typed after leaving the field and coming back: its partner still follows.
        await page.keyboard.press("Tab");
        await page.click(edge);
        await page.keyboard.type("55");
        await expect.poll(findings, POLL).toContain(none);
        expect(await page.inputValue(partner)).toBe("55");
        expect(await invalid()).toEqual([]);
        // Below the next band's own lower edge: the field the error names (第3档's 下限,
        // bands[2].min) is outlined, and no longer once the edge is back.
        const below = `input[data-path='["kpis",0,"bands",1,"min"]']`;
        await page.fill(below, "44");
        const third = JSON.stringify(["kpis", 0, "bands", 2, "min"]);
        await expect.poll(invalid, POLL).toEqual([third]);
        expect(await page.$eval(`input[data-path='${third}']`, (e) => e.className)).toBe("flagged");
        await page.fill(below, "50");
        await expect.poll(invalid, POLL).toEqual([]);
        await page.waitForSelector(".studio table.grade-dist");
        expect(errors).toEqual([]);
        await page.close();
      }
    },
  );

  it("switches to English, and works from the keyboard", SLOW, async () => {
    const context = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const page = await context.newPage();
    await loadStudio(page, `${server.origin}${BASE}en/studio/`);
    expect(await page.locator("h1").textContent()).toBe("Scheme studio");
    expect(await page.locator("table.grade-dist").textContent()).toContain("Range");
    // 抖店's scheme over months before its shop opened: said so, not empty tables.
    const douyin = await page.$eval(
      "select[name=scheme]",
      (sel) =>
        [...(sel as HTMLSelectElement).options].find((o) => o.text.includes("(douyin)"))?.value ??
        "",
    );
    const scheme = await page.inputValue("select[name=scheme]");
    const to = await page.inputValue("select[name=to]");
    await page.selectOption("select[name=to]", "2026-06");
    await page.selectOption("select[name=scheme]", douyin);
    await expect
      .poll(() => page.locator(".studio-out").textContent(), POLL)
      .toContain("its months are 2026-08 … 2026-10");
    expect(await page.locator("table.grade-dist").count()).toBe(0);
    await page.selectOption("select[name=scheme]", scheme);
    await page.selectOption("select[name=to]", to);
    await page.waitForSelector("table.grade-dist");
    // The link copied says so until the link changes.
    await page.click("button[name=copy]");
    await expect.poll(() => page.locator("button[name=copy]").textContent(), POLL).toBe("Copied");
    // Tab to the first KPI's first "insert band" button and press it: the form gets a band.
    const before = await page.locator("form.studio-form tbody tr").count();
    await page.focus("form.studio-form button[data-add]");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator("form.studio-form tbody tr").count(), POLL)
      .toBe(before + 1);
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute("data-add")),
    ).not.toBeNull();
    // The band is split in two, not copied: no overlap to report.
    await expect
      .poll(async () => (await page.locator(".studio-findings").textContent()) ?? "", POLL)
      .toContain("No problems found");
    // Another scheme and back: the edit is still there.
    const first = await page.inputValue("select[name=scheme]");
    const other = await page.$eval(
      "select[name=scheme]",
      (sel, v) => [...(sel as HTMLSelectElement).options].find((o) => o.value !== v)?.value ?? "",
      first,
    );
    await page.selectOption("select[name=scheme]", other);
    await page.selectOption("select[name=scheme]", first);
    await expect
      .poll(() => page.locator("form.studio-form tbody tr").count(), POLL)
      .toBe(before + 1);
    // A band removed leaves a gap between two bands: the checker's error, and the figures
    // said to be a preview the commands will not give.
    await page.click(`form.studio-form button[data-remove='["kpis",0,"bands"]'][data-index="2"]`);
    await page.click(`form.studio-form button[data-remove='["kpis",0,"bands"]'][data-index="2"]`);
    await expect.poll(() => page.locator(".studio-refused").count(), POLL).toBe(1);
    expect(await page.locator(".studio-refused").textContent()).toContain("only a preview");
    // Undo from the keyboard, step by step, back to the published scheme.
    await page.focus("button[name=undo]");
    for (const rows of [before, before + 1]) {
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("form.studio-form tbody tr").count(), POLL).toBe(rows);
    }
    await expect.poll(() => page.locator(".studio-refused").count(), POLL).toBe(0);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("form.studio-form tbody tr").count(), POLL).toBe(before);
    expect(await page.locator(".studio-edited").textContent()).toBe("No changes yet");
    expect(await page.getAttribute("button[name=undo]", "aria-disabled")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("undo");
    expect(await page.locator("button[name=copy]").textContent()).toBe("Copy link");
    // One change is "1 change", in the scheme shown and in another one.
    const one = new URLSearchParams({ scheme: "presales", from: "2026-01", to: "2026-10" });
    const weight = [{ p: ["kpis", 1, "weight"], v: 20 }];
    one.set("edit", btoa(JSON.stringify({ c: weight })));
    one.set("others", btoa(JSON.stringify([{ s: "aftersales", c: weight }])));
    const single = await context.newPage();
    await loadStudio(single, `${server.origin}${BASE}en/studio/#${one}`);
    expect(await single.locator(".studio-edited").textContent()).toMatch(
      /^1 change; also edited: .* \(aftersales\), 1 change \(/,
    );
    await context.close();
  });

  it(
    "after an edit (a season added, an edge moved, a band inserted): no axe WCAG 2.1 AA violation in light and dark, zh and en",
    SLOW,
    async () => {
      const problems: string[] = [];
      for (const path of ["studio/", "en/studio/"]) {
        const page = await browser.newPage();
        await loadStudio(page, `${server.origin}${BASE}${path}`);
        const settled = () =>
          page.evaluate(
            () =>
              new Promise<void>((resolve) =>
                document
                  .querySelector("section.studio")
                  ?.addEventListener("studio:recomputed", () => resolve(), { once: true }),
              ),
          );
        let done = settled();
        await page.click(`button[data-add-season="0"]`);
        await done;
        done = settled();
        await page.fill(`input[data-path='["kpis",0,"seasons",0,"bands",0,"min"]']`, "1");
        await done;
        done = settled();
        await page.click("form.studio-form button[data-add]");
        await done;
        expect(await page.locator(".studio-edited").textContent()).not.toBe("");
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          for (const v of await axeViolations(page, colorScheme === "dark"))
            problems.push(`${path} (${colorScheme}) ${v.id}: ${v.nodes.join("; ")}`);
        }
        await page.close();
      }
      expect(problems).toEqual([]);
    },
  );

  it("without JavaScript, says what it is and links to each scheme's rules", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}${BASE}studio/`);
    const links = await page.$$eval("ul.scheme-files a", (as) =>
      as.map((a) => a.getAttribute("href")),
    );
    expect(links).toEqual([
      `${BASE}studio/data/schemes/aftersales.yaml`,
      `${BASE}studio/data/schemes/douyin.yaml`,
      `${BASE}studio/data/schemes/presales.yaml`,
    ]);
    const presales = links.find((l) => l?.endsWith("/presales.yaml"));
    const rules = await (await page.request.get(`${server.origin}${presales}`)).text();
    expect(rules).toContain("id: presales");
    expect(await page.locator("noscript").count()).toBe(1);
    await context.close();
  });
});
