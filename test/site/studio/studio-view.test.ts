import { describe, expect, it } from "vitest";
import type { SchemeIssue } from "~/engine/types.ts";
import { findingsHtml, findingText, issueLines } from "~/site/studio/studio-view.ts";

const issues: SchemeIssue[] = [
  {
    severity: "warning",
    source: "presales.yaml",
    path: "kpis[0].bands[1].min",
    message: "row 1 (inquiry_conversion): bands[0] and bands[1] overlap",
    zh: "第 1 行（inquiry_conversion）：bands[0]与 bands[1]重叠",
  },
  {
    severity: "error",
    source: "presales.yaml",
    path: "",
    message: "a <gap> & more",
  },
];

/** The text a reader sees in each finding (tags stripped, entities read back). */
const shownText = (html: string) =>
  [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/<[^>]+>/g, "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  );

describe("the studio's findings", () => {
  it("are `npm run check`'s lines in English, the severity said once", () => {
    const lines = issueLines(issues, "en");
    expect(lines.map(findingText)).toEqual([
      "presales.yaml: kpis[0].bands[1].min: warning: row 1 (inquiry_conversion): bands[0] and bands[1] overlap",
      "presales.yaml: error: a <gap> & more",
    ]);
    const html = findingsHtml(lines, "en");
    expect(shownText(html)).toEqual(lines.map(findingText));
    for (const text of shownText(html)) expect(text.match(/warning|error/g)).toHaveLength(1);
    // The tag is still marked, for its weight and (an error) its colour.
    expect(html).toContain(
      `<li class="warning"><code>presales.yaml: kpis[0].bands[1].min: <span class="sev">warning</span>: row 1`,
    );
    expect(html).toContain(`<span class="sev">error</span>: a &lt;gap&gt; &amp; more`);
  });

  it("are in Chinese on the Chinese page, the severity said once (English where none was written)", () => {
    const lines = issueLines(issues, "zh");
    const html = findingsHtml(lines, "zh");
    expect(shownText(html)).toEqual([
      "presales.yaml: kpis[0].bands[1].min: 警告：第 1 行（inquiry_conversion）：bands[0]与 bands[1]重叠",
      "presales.yaml: 错误：a <gap> & more",
    ]);
    for (const text of shownText(html)) expect(text.match(/警告|错误/g)).toHaveLength(1);
    expect(html).toContain(`<span class="sev">警告</span>：第 1 行`);
  });

  it("say so when there are none", () => {
    expect(findingsHtml([], "zh")).toContain("没有发现问题。");
    expect(findingsHtml([], "en")).toContain("No problems found.");
  });
});
