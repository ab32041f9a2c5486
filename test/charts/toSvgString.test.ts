import { describe, expect, it } from "vitest";
import { chartId } from "~/charts/chartId.ts";
import { kpiTrend } from "~/charts/kpiTrend.ts";
import { multiLine } from "~/charts/multiLine.ts";
import { escapeXml, toSvgString } from "~/charts/toSvgString.ts";
import { CONVERSION } from "./helpers.ts";

const months = ["2026-08", "2026-09"];
const evil = `<script>alert("x")</script> & 'o'`;

describe("toSvgString", () => {
  it("escapes &, <, >, \" and ' in text and attributes", () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    const g = multiLine({
      title: evil,
      unit: "ratio",
      lang: "en",
      series: [{ name: evil, values: months.map((month) => ({ month, value: 0.5 })) }],
    });
    const svg = toSvgString(g, `id"><x`, { xmlns: true });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain(`"x"`);
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;o&#39;");
    expect(svg).toContain(`aria-labelledby="id&quot;&gt;&lt;x-title id&quot;&gt;&lt;x-desc"`);
    // every tooltip and text is escaped too
    for (const t of svg.matchAll(/<(title|text)[^>]*>([^<]*)</g)) expect(t[2]).not.toMatch(/[>'"]/);
  });

  it("is an accessible image: role, title, desc and the ids that name them", () => {
    const g = kpiTrend({
      kpi: "询单转化率",
      unit: "ratio",
      lang: "zh",
      values: months.map((month) => ({ month, value: 0.55 })),
      bands: months.map((month) => ({ month, bands: CONVERSION })),
    });
    const id = chartId(g);
    const svg = toSvgString(g, id);
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
    expect(svg).toContain(`<title id="${id}-title">询单转化率</title>`);
    expect(svg).toContain(`<desc id="${id}-desc">`);
    // points carry a native tooltip, which the page script also shows
    expect(svg).toMatch(/<path class="point[^"]*" [^>]*><title>2026-09 · 55\.0%<\/title><\/path>/);
  });

  it("gives the same id for the same chart and different ids for different charts", () => {
    const make = (v: number) =>
      kpiTrend({ kpi: "x", unit: "count", lang: "en", values: [{ month: "2026-01", value: v }] });
    expect(chartId(make(1))).toBe(chartId(make(1)));
    expect(chartId(make(1))).not.toBe(chartId(make(2)));
  });
});
