/**
 * Times the studio in Chromium: opens /studio/, picks the scheme with the
 * most agent-months and the whole month range, then edits one band edge
 * again and again. Per edit, two figures: the studio's own re-score (parse,
 * check, score every agent-month in range, diff, build the DOM; the page
 * stores it in data-recompute-ms) and edit → next frame painted.
 */
import type { Browser } from "playwright-core";
import { serveStatic } from "../../test/e2e/static-server.ts";

export interface StudioTiming {
  agentMonths: string;
  recomputeMs: number[];
  paintedMs: number[];
  /** Per step of the re-score (before, parse, check, score, diff, render): its time per edit. */
  stepMs: Map<string, number[]>;
}

export async function timeStudio(
  browser: Browser,
  siteDir: string,
  edits: number,
): Promise<StudioTiming> {
  const server = await serveStatic(siteDir, "/");
  try {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await page.goto(`${server.origin}/studio/`);
    await page.waitForSelector(".studio.ready table.grade-dist", { timeout: 120_000 });
    const first = await page.$eval(
      "select[name=from] option",
      (o) => (o as HTMLOptionElement).value,
    );
    await page.selectOption("select[name=from]", first);
    await page.waitForFunction((m) => location.hash.includes(`from=${m}`), first);
    const input = `input[data-path='["kpis",0,"bands",0,"min"]']`;
    const start = Number(await page.inputValue(input));
    const recomputeMs: number[] = [];
    const paintedMs: number[] = [];
    const stepMs = new Map<string, number[]>();
    for (let i = 0; i < edits; i++) {
      const value = String(start - 1 - (i % 5));
      const painted = await page.evaluate(
        ({ sel, value }) =>
          new Promise<number>((resolve) => {
            const el = document.querySelector<HTMLInputElement>(sel);
            const root = document.querySelector<HTMLElement>("section.studio");
            if (!el || !root) throw new Error("no studio");
            el.focus();
            const t0 = performance.now();
            root.addEventListener(
              "studio:recomputed",
              () =>
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)),
              { once: true },
            );
            el.value = value;
            el.dispatchEvent(new Event("input", { bubbles: true }));
          }),
        { sel: input, value },
      );
      paintedMs.push(painted);
      recomputeMs.push(
        Number(await page.$eval("section.studio", (s) => s.getAttribute("data-recompute-ms"))),
      );
      const steps = JSON.parse(
        (await page.$eval("section.studio", (s) => s.getAttribute("data-timing"))) ?? "{}",
      ) as Record<string, number>;
      for (const [step, ms] of Object.entries(steps))
        stepMs.set(step, [...(stepMs.get(step) ?? []), ms]);
    }
    const agentMonths = (await page.locator(".studio-summary b").first().textContent()) ?? "?";
    await page.close();
    return { agentMonths, recomputeMs, paintedMs, stepMs };
  } finally {
    await server.close();
  }
}

/** "score 12.3 · diff 4.5 …": each step's median. */
export const stepMedians = (t: StudioTiming) =>
  [...t.stepMs].map(([step, xs]) => `${step} ${median(xs).toFixed(1)}`).join(" · ");

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
