/** The studio's live regions are rewritten only when their HTML changes (a rewrite is read out again). */
import { describe, expect, it } from "vitest";
import { showHtml } from "~/site/studio/patch-html.ts";

/** An element that counts how often its HTML is set. */
function element() {
  const el = {
    writes: 0,
    html: "",
    set innerHTML(html: string) {
      el.writes++;
      el.html = html;
    },
    get innerHTML() {
      return el.html;
    },
  };
  return el;
}

describe("showHtml", () => {
  it("writes new HTML, and the same HTML again not at all", () => {
    const el = element();
    const show = (html: string) => showHtml(el as unknown as Element, html);
    show("<b>2 errors</b>");
    show("<b>2 errors</b>");
    expect(el.writes).toBe(1);
    show("<b>1 error</b>");
    expect(el.writes).toBe(2);
    expect(el.html).toBe("<b>1 error</b>");
  });

  it("keeps count per element: another one with the same HTML is written", () => {
    const a = element();
    const b = element();
    showHtml(a as unknown as Element, "x");
    showHtml(b as unknown as Element, "x");
    expect([a.writes, b.writes]).toEqual([1, 1]);
  });
});
