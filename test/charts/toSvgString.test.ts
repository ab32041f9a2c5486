import { describe, expect, it } from "vitest";
import { chartId } from "~/charts/chartId.ts";
import { kpiTrend } from "~/charts/kpiTrend.ts";
import { point } from "~/charts/marks.ts";
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
    expect(svg).toMatch(
      /<circle class="point[^"]*" [^>]*><title>2026-09 · 55\.0%<\/title><\/circle>/,
    );
  });

  it("draws circle markers as <circle> with d3's radius, other shapes as translated paths", () => {
    const circle = point(10, 20, "circle", "tip");
    // d3's circle symbol path starts at (r, 0): the same radius, to 1 decimal.
    expect(circle.type === "point" && circle.d.startsWith(`M${circle.r},0A${circle.r},`)).toBe(
      true,
    );
    const svg = (m: ReturnType<typeof point>) =>
      toSvgString(
        {
          width: 40,
          height: 40,
          viewBox: "0 0 40 40",
          title: "t",
          desc: "",
          layers: [{ name: "p", marks: [m] }],
          table: { columns: [], rows: [] },
        },
        "c",
      );
    expect(svg(circle)).toContain(
      `<circle class="" cx="10" cy="20" r="3.4"><title>tip</title></circle>`,
    );
    expect(svg(point(10, 20, "square", "tip"))).toMatch(
      /<path class="" d="M[^"]+" transform="translate\(10,20\)"><title>tip<\/title><\/path>/,
    );
  });

  it("writes each style rule once per page when the charts share the page's set", () => {
    const chart = (v: number) =>
      kpiTrend({ kpi: "x", unit: "count", lang: "en", values: [{ month: "2026-01", value: v }] });
    const alone = toSvgString(chart(1), "a");
    const written = new Set<string>();
    const first = toSvgString(chart(1), "a", { written });
    const second = toSvgString(chart(2), "b", { written });
    expect(first).toBe(alone);
    // Same styles, so the second chart needs no rules of its own, yet uses the same classes.
    expect(second).not.toContain("<style>");
    const rules = [...alone.matchAll(/\.(c[0-9a-z]+)\{/g)].map((m) => m[1]);
    expect(rules.length).toBeGreaterThan(3);
    for (const cls of rules) expect(second).toContain(`${cls}"`);
    expect([...written].sort()).toEqual([...rules].sort());
  });

  it("gives the same id for the same chart and different ids for different charts", () => {
    const make = (v: number) =>
      kpiTrend({ kpi: "x", unit: "count", lang: "en", values: [{ month: "2026-01", value: v }] });
    expect(chartId(make(1))).toBe(chartId(make(1)));
    expect(chartId(make(1))).not.toBe(chartId(make(2)));
  });
});
