/** The agent page's table rows: grades are scheme data, escaped; one cell per header column. */
import { describe, expect, it } from "vitest";
import { shownReason } from "~/reasons/reason-text.ts";
import { agentChartsInput, drawAgentCharts } from "~/site/model/agent-charts.ts";
import { agentView } from "~/site/model/agent-view.ts";
import { statusText } from "~/site/model/badges.ts";
import { formRows, monthRows, partMonthNote, ruleHtml } from "~/site/parts/agent-rows.ts";
import { compositeRows, formLabelCells } from "~/site/parts/explain.ts";
import { routes } from "~/site/routes.ts";
import { band, kpi, kpiView, ranked, schemeView, siteIndex } from "../model/builders.ts";

describe("agent page rows", () => {
  const evil = `<img src=x onerror="alert(1)">&'`;
  const scheme = schemeView("s", [kpiView("conv"), kpiView("aov")]);
  const ix = siteIndex(
    [
      ranked("小美", "2026-08", 80, { kpis: [kpi("conv", 0.4, 5), kpi("aov", 120, 10)] }),
      ranked("小美", "2026-09", 70, {
        grade: evil,
        kpis: [kpi("conv", 0.5, 8), kpi("aov", null, null)],
        complete: false,
      }),
    ],
    [scheme],
  );
  const agent = ix.agents[0];
  const view = agent && agentView(ix, agent);
  if (!view) throw new Error("no view");

  it("escapes the grade in text and class", () => {
    const html = monthRows(view, "en", routes("/kpi/", "en"));
    expect(html).not.toMatch(/<img/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    expect(html).toContain('href="/kpi/en/months/2026-09/"');
    // latest month first, its incomplete badge, six cells a row
    expect(html.indexOf("2026-09")).toBeLessThan(html.indexOf("2026-08"));
    // a space between the month and its badge, outside the badge (the pill touched the link)
    expect(html).toMatch(/<\/a> <span class="badge warn">! Incomplete/);
    expect(html.match(/<td/g)).toHaveLength(12);
  });

  it("badges the month the roster says the agent joined or left in (a part of a month)", () => {
    const html = monthRows(
      { ...view, agent: { ...view.agent, joined: "2026-08-07", left: "2026-09-19" } },
      "zh",
      routes("/", "zh"),
    );
    expect(html).toContain('<span class="badge" title="2026-08-07">入职 08-07</span>');
    expect(html).toContain('<span class="badge" title="2026-09-19">离职 09-19</span>');
    expect(monthRows(view, "zh", routes("/", "zh"))).not.toContain("入职");
  });

  it("words a part month for the printed form beside 考核年月 (the badges are not printed)", () => {
    expect(partMonthNote("2026-06", "2022-08-15", "2026-06-19", "zh")).toBe(
      "（非整月 · 离职 06-19）",
    );
    expect(partMonthNote("2026-06", "2022-08-15", "2026-06-19", "en")).toBe(
      " (part month · left 06-19)",
    );
    expect(partMonthNote("2026-04", "2026-04-07", "2026-04-28", "zh")).toBe(
      "（非整月 · 入职 04-07 · 离职 04-28）",
    );
    expect(partMonthNote("2026-05", "2026-04-07", undefined, "en")).toBe("");
    expect(partMonthNote("2026-05", undefined, undefined, "zh")).toBe("");
  });

  it("gives the KPI charts' table each month's value and points per KPI, then the medians", () => {
    const bands = new Map(view.trends.map((t) => [t.bandsKey, t.bands]));
    const html = drawAgentCharts(agentChartsInput(view, "zh"), (k) => bands.get(k) ?? []).dataRows;
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html.match(/<td/g)).toHaveLength(2 * (2 + 1));
    expect(html).toContain('<th scope="row">2026-09</th>');
    // a missing value reads as a dash, never 0
    expect(html).toMatch(/<td class="num">— <span class="muted">—<\/span><\/td>/);
  });

  it("never rounds a value in the KPI charts' table onto a band edge it did not reach", () => {
    const edged = schemeView("s", [kpiView("conv")], ["2026-09"]); // a band from 50%
    const near = siteIndex(
      [ranked("小美", "2026-09", 80, { kpis: [kpi("conv", 0.49996, 0)] })],
      [edged],
    );
    const one = near.agents[0] && agentView(near, near.agents[0]);
    if (!one) throw new Error("no view");
    const bands = new Map(one.trends.map((t) => [t.bandsKey, t.bands]));
    const html = drawAgentCharts(agentChartsInput(one, "en"), (k) => bands.get(k) ?? []).dataRows;
    expect(html).toContain('<td class="num">49.996% <span class="muted">');
  });

  it("writes the form's KPI rows with rule texts and reasons escaped, a missing value as a status", () => {
    const [conv, aov] = view.latest.kpis;
    if (!conv || !aov) throw new Error("no kpis");
    const result = {
      ...view.latest,
      kpis: [
        { ...conv, band: { index: 0, rule: 0 } },
        { ...aov, status: "missing" as const, reason: `<i>"no rows"</i>` },
      ],
    };
    const html = formRows(result, view.scheme, "en", (id) => (id === 0 ? "X < 45% → 5 <b>" : ""));
    expect(html).not.toMatch(/<b>|<i>/);
    expect(html).toContain('X &lt; 45%</span> <span class="nw">→ 5 &lt;b&gt;');
    expect(html).toContain("&lt;i&gt;&quot;no rows&quot;&lt;/i&gt;");
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html.match(/<td/g)).toHaveLength(14);
  });

  it("says a zero denominator once, and never rounds a value onto the band edge beside it", () => {
    const [conv, aov] = view.latest.kpis;
    if (!conv || !aov) throw new Error("no kpis");
    const result = {
      ...view.latest,
      kpis: [
        { ...conv, value: 0.49999, band: { index: 0, rule: 0 } },
        { ...aov, status: "undefined" as const, why: { code: "zero-denominator" as const } },
      ],
    };
    const scheme = {
      ...view.scheme,
      bands: { conv: { [result.month]: [band({ lo: 0.5, points: 10 })] } },
    };
    const html = formRows(result, scheme, "zh", () => "50% > X ≥ 0% → 5");
    // The status is worded as the reason is: said once, "分母为 0" as on the data-quality page.
    expect(html).toContain("分母为 0</span>");
    expect(html.match(/分母为/g)).toHaveLength(1);
    // conv's band starts at 50%: 49.999% is not "50.0%".
    expect(html).toContain("49.999%");
  });

  it("keeps a band rule's condition and points each in one piece, so a phone wraps it only before the arrow", () => {
    expect(ruleHtml("97% > Z ≥ 95% → 12")).toBe(
      '<span class="nw">97% &gt; Z ≥ 95%</span> <span class="nw">→ 12</span>',
    );
    expect(ruleHtml("<b>")).toBe('<span class="nw">&lt;b&gt;</span>');
    const [conv] = view.latest.kpis;
    if (!conv) throw new Error("no kpis");
    const result = { ...view.latest, kpis: [{ ...conv, band: { index: 0, rule: 0 } }] };
    const html = formRows(result, view.scheme, "zh", () => "60% > X ≥ 50% → 26");
    expect(html).toContain('<span class="nw">60% &gt; X ≥ 50%</span> <span class="nw">→ 26</span>');
  });

  it("marks the # and formula cells a phone hides, and repeats the formula under the KPI's name there", () => {
    const withFormula = {
      ...view.scheme,
      kpis: view.scheme.kpis.map((k) =>
        k.id === "conv" ? { ...k, formula: { zh: "付款人数 / 询单人数", en: "paid / asked" } } : k,
      ),
    };
    const html = formRows(view.latest, withFormula, "zh", () => "");
    expect(html).toContain('<td class="num idx">1</td>');
    expect(html).toContain('<td class="muted formula">付款人数 / 询单人数</td>');
    expect(html).toContain('<span class="formula-inline">付款人数 / 询单人数</span>');
    // aov's formula is its name again: not repeated under it.
    expect(html.match(/formula-inline/g)).toHaveLength(1);
  });

  it("gives each footer label a five-column cell for a screen and a three-column one for a phone", () => {
    expect(formLabelCells("总分")).toBe(
      '<th scope="row" colspan="5" class="span-wide">总分</th><th scope="row" colspan="3" class="span-narrow">总分</th>',
    );
    const composite = compositeRows(
      {
        ...view.latest,
        composite: [
          {
            id: "form",
            label: { zh: "表", en: "form" },
            value: 80,
            max: 100,
            score: 80,
            weight: 60,
            points: 48,
          },
        ],
      },
      "zh",
    );
    expect(composite).toContain('colspan="5" class="span-wide"');
    expect(composite).toContain('colspan="3" class="span-narrow"');
  });

  it("words a zero denominator's status as its reason, in both languages (the form and the data-quality page)", () => {
    const why = { code: "zero-denominator" as const };
    for (const lang of ["zh", "en"] as const) {
      const reason = shownReason({ why }, lang);
      expect(statusText("undefined", lang).toLowerCase()).toBe(reason?.toLowerCase());
    }
  });
});
