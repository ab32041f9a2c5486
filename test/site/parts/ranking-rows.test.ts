/** The ranking rows string: names, teams and rule texts are data, escaped; cells match the header. */
import { describe, expect, it } from "vitest";
import { monthView } from "~/site/model/month-view.ts";
import { heatmapNote, kpiMaxes, rankingRows } from "~/site/parts/ranking-rows.ts";
import { routes } from "~/site/routes.ts";
import { kpi, kpiView, ranked, schemeView, siteIndex } from "../model/builders.ts";

describe("rankingRows", () => {
  const evil = `<img src=x onerror="alert(1)">&'`;
  const scheme = schemeView("s", [kpiView("conv"), kpiView("aov")]);
  const ix = siteIndex(
    [
      ranked(evil, "2026-09", 80, {
        team: `"><script>`,
        kpis: [
          { ...kpi("conv", 0.4, 5), band: { index: 1, rule: "X < 45% → 5 <b>" } },
          kpi("aov", null, null),
        ],
        complete: false,
        outlier: 1,
      }),
    ],
    [scheme],
  );
  const group = monthView(ix, "2026-09").groups[0];
  if (!group) throw new Error("no group");
  const html = rankingRows(group, ix, "zh", routes("/kpi/", "zh"));

  it("escapes every user string, in text and attributes", () => {
    expect(html).not.toMatch(/<img|<script|→ 5 <b>/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    expect(html).toContain('data-value="&quot;&gt;&lt;script&gt;"');
    expect(html).toContain("X &lt; 45% → 5 &lt;b&gt;");
  });

  it("writes one cell per header column: seven fixed ones and one per KPI", () => {
    expect(html.match(/<tr>/g)).toHaveLength(1);
    expect(html.match(/<td/g)).toHaveLength(7 + 2);
    expect(html).toContain('href="/kpi/agents/a-0/"');
    expect(html).toContain('class="badge warn"');
  });

  it("puts each KPI's cell under its header when a result lists its KPIs in another order", () => {
    const two = siteIndex(
      [
        ranked("小美", "2026-09", 80, { kpis: [kpi("conv", 0.4, 5), kpi("aov", 1.2, 9)] }),
        ranked("阿伟", "2026-09", 70, { kpis: [kpi("aov", 0.9, 3), kpi("conv", 0.5, 7)] }),
      ],
      [scheme],
    );
    const month = monthView(two, "2026-09").groups[0];
    if (!month) throw new Error("no group");
    const cells = rankingRows(month, two, "en", routes("/", "en"))
      .split("<tr>")
      .slice(1)
      .map((row) => [...row.matchAll(/data-value="(\d*)" title="[^"]*">/g)].map((m) => m[1]));
    expect(cells).toEqual([
      ["5", "9"],
      ["7", "3"],
    ]);
  });

  it("never rounds a KPI's value in its cell's tip onto a band edge it did not reach", () => {
    const edged = schemeView("s", [kpiView("conv")], ["2026-09"]); // a band from 50%
    const near = siteIndex(
      [ranked("小美", "2026-09", 80, { kpis: [kpi("conv", 0.49996, 0)] })],
      [edged],
    );
    const month = monthView(near, "2026-09").groups[0];
    if (!month) throw new Error("no group");
    const html = rankingRows(month, near, "en", routes("/", "en"));
    expect(html).toContain('title="49.996%');
    expect(html).not.toContain('title="50.0%');
  });

  it("marks a grade written in Chinese (优秀) as Chinese on an English page", () => {
    const words = siteIndex([ranked("小美", "2026-09", 92, { grade: "优秀" })], [scheme]);
    const month = monthView(words, "2026-09").groups[0];
    if (!month) throw new Error("no group");
    const en = rankingRows(month, words, "en", routes("/kpi/", "en"));
    expect(en).toMatch(/<span class="badge grade" lang="zh-CN">优秀<\/span>/);
    expect(rankingRows(month, words, "zh", routes("/kpi/", "zh"))).not.toContain(
      'lang="zh-CN">优秀',
    );
  });

  it("marks a part month on the ranking: joined on 04-07 or left on 04-19 beside the name, not in the months after", () => {
    const ix2 = siteIndex(
      [ranked("小鹿", "2026-04", 6), ranked("阿伟", "2026-04", 48), ranked("小鹿", "2026-05", 60)],
      [scheme],
    );
    const lu = ix2.agentByName.get("小鹿");
    const wei = ix2.agentByName.get("阿伟");
    if (!lu || !wei) throw new Error("no agents");
    lu.joined = "2026-04-07";
    wei.left = "2026-04-19";
    const april = monthView(ix2, "2026-04").groups[0];
    const may = monthView(ix2, "2026-05").groups[0];
    if (!april || !may) throw new Error("no group");
    const html = rankingRows(april, ix2, "zh", routes("/", "zh"));
    expect(html).toContain('<span class="badge" title="2026-04-07">入职 04-07</span>');
    expect(html).toContain('<span class="badge" title="2026-04-19">离职 04-19</span>');
    expect(rankingRows(may, ix2, "en", routes("/", "en"))).not.toContain("joined");
  });
});

describe("kpiMaxes (the ranking header's /max: the cells show points only)", () => {
  const scheme = schemeView("s", [kpiView("conv", { max: 30 }), kpiView("aov", { max: 15 })]);
  const row = (name: string, convMax: number) =>
    ranked(name, "2026-09", 70, {
      kpis: [
        { ...kpi("conv", 0.5, 26), max: convMax },
        { ...kpi("aov", 1.2, 9), max: 15 },
      ],
    });

  it("gives each KPI the maximum its cells share", () => {
    const ix = siteIndex([row("小美", 30), row("阿杰", 30)], [scheme]);
    const group = monthView(ix, "2026-09").groups[0];
    if (!group) throw new Error("no group");
    expect([...kpiMaxes(group)]).toEqual([
      ["conv", 30],
      ["aov", 15],
    ]);
  });

  it("gives none where the rows differ, rather than a wrong one", () => {
    const ix = siteIndex([row("小美", 30), row("阿杰", 20)], [scheme]);
    const group = monthView(ix, "2026-09").groups[0];
    if (!group) throw new Error("no group");
    expect(kpiMaxes(group).get("conv")).toBeNull();
    expect(kpiMaxes(group).get("aov")).toBe(15);
  });

  it("has the note under the ranking say the maximum is given only where the rows share one, when a header gives none", () => {
    const one = monthView(siteIndex([row("小美", 30), row("阿杰", 30)], [scheme]), "2026-09");
    const mixed = monthView(siteIndex([row("小美", 30), row("阿杰", 20)], [scheme]), "2026-09");
    const [shared, differ] = [one.groups[0], mixed.groups[0]];
    if (!shared || !differ) throw new Error("no group");
    expect(heatmapNote([shared]).zh).toBe("格中为各项得分，表头“/”后为该项满分。");
    for (const groups of [[differ], [shared, differ]]) {
      const note = heatmapNote(groups);
      expect(note.zh).toContain("各行满分不同的项不标");
      expect(note.en).toContain("where all rows share one");
    }
  });
});
