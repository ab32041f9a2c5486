/**
 * In-page audits of what a reader sees, run by the browser tests on every page
 * of the sample build: overlapping chart text, chart text below 11 px, and
 * axe-core's WCAG 2.1 A/AA rules.
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";

const require = createRequire(import.meta.url);
export const AXE_SOURCE = require.resolve("axe-core/axe.min.js");

/** Pairs of text boxes that overlap (by more than half a pixel each way) inside one visible chart. */
export function chartTextOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll("svg")) {
      if (svg.getClientRects().length === 0) continue;
      const texts = [...svg.querySelectorAll("text")].filter((t) => t.textContent?.trim());
      const boxes = texts.map((t) => t.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i] as DOMRect;
          const b = boxes[j] as DOMRect;
          const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (ox > 0.5 && oy > 0.5)
            out.push(`${svg.id}: "${texts[i]?.textContent}" × "${texts[j]?.textContent}"`);
        }
      }
    }
    return out;
  });
}

/** Chart texts rendered smaller than `min` px (font size × the SVG's scale on screen). */
export function smallChartText(page: Page, min = 11): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll("svg")) {
      if (svg.getClientRects().length === 0) continue;
      const drawn = svg.viewBox.baseVal?.width;
      const scale = drawn ? svg.getBoundingClientRect().width / drawn : 1;
      for (const t of svg.querySelectorAll("text")) {
        const px = Number.parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < min - 0.05) out.push(`${svg.id}: "${t.textContent}" ${px.toFixed(1)} px`);
      }
    }
    return out;
  }, min);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * axe-core's WCAG 2.0 A/AA and 2.1 AA rules on the page as it is now; with
 * `coloursOnly`, just the rules a colour scheme can change (contrast, and
 * links told apart from text), for the second pass in dark mode. `include`
 * limits the audit to some parts of the page (CSS selectors).
 */
export async function axeViolations(
  page: Page,
  coloursOnly = false,
  include?: string[],
): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_SOURCE });
  return page.evaluate(
    async ({ coloursOnly, include }) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script.
      const axe = (window as any).axe;
      const result = await axe.run(include ? { include: include.map((s) => [s]) } : document, {
        runOnly: coloursOnly
          ? { type: "rule", values: ["color-contrast", "link-in-text-block"] }
          : { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] },
      });
      // biome-ignore lint/suspicious/noExplicitAny: axe's result shape.
      return result.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        // biome-ignore lint/suspicious/noExplicitAny: axe's node shape.
        nodes: v.nodes.slice(0, 3).map((n: any) => `${n.target.join(" ")}: ${n.failureSummary}`),
      }));
    },
    { coloursOnly, include },
  );
}

/** A PDF's page count and its text (pdf.js through unpdf), pages joined by newlines. */
export async function pdfText(pdf: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { totalPages, text } = await extractText(doc, { mergePages: true });
  return { pages: totalPages, text };
}
