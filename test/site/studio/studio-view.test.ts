import { describe, expect, it } from "vitest";
import type { SchemeIssue } from "~/engine/types.ts";
import {
  emptyRangeHtml,
  findingsHtml,
  findingText,
  issueLines,
  resultsParts,
} from "~/site/studio/studio-view.ts";
import { compareOutcomes } from "~/studio/diff.ts";
import type { Outcome } from "~/studio/rescore.ts";
import type { StudioRow } from "~/studio/studio-data.ts";

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

  it("say first, under their heading, that a scheme with errors cannot be scored", () => {
    const html = findingsHtml(issueLines(issues, "en"), "en", "The scheme has errors");
    expect(html).toMatch(
      /^<h3>[^<]+<\/h3><p class="studio-refused" role="note"><b>The scheme has errors<\/b><\/p><ul/,
    );
  });

  it("say so when there are none", () => {
    expect(findingsHtml([], "zh")).toContain("没有发现问题。");
    expect(findingsHtml([], "en")).toContain("No problems found.");
  });
});

describe("the studio's list of changes", () => {
  const row = (agent: number, month: string): StudioRow => ({
    row: agent,
    agent,
    month,
    scheme: 0,
    team: null,
    input: { agent: "", month, values: {}, days: 0 },
  });
  const outcome = (r: StudioRow, total: number, grade: string, pay: number): Outcome => ({
    row: r,
    total,
    grade,
    pay,
    complete: true,
  });
  it("names who loses points or pay without changing grade, with the pay before → after", () => {
    const rows = [row(0, "2026-01"), row(1, "2026-01")];
    // A band edge moved inside grade B (2 points less) and a pay edge moved (A paid 100, not 200).
    const diff = compareOutcomes(
      [outcome(rows[0] as StudioRow, 76, "B", 100), outcome(rows[1] as StudioRow, 82, "A", 200)],
      [outcome(rows[0] as StudioRow, 74, "B", 100), outcome(rows[1] as StudioRow, 82, "A", 100)],
      { before: ["S", "A", "B"], after: ["S", "A", "B"] },
    );
    const parts = resultsParts({
      diff,
      agents: [
        { name: "丁丁", slug: "ding-ding" },
        { name: "小美", slug: "xiao-mei" },
      ],
      agentHref: (slug) => `/agents/${slug}/`,
      lang: "zh",
    });
    const html = (key: string) => parts.find((p) => p.key === key)?.html ?? "";
    const text = (h: string) => h.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    expect(text(html("summary"))).toContain(
      "2 个人月（2 人）中：0 个等级上升、0 个下降；0 个总分提高、1 个降低。0 人得益、2 人受损",
    );
    const lines = [...html("movers").matchAll(/<tr><th scope="row">(.*?)<\/tr>/g)].map((m) =>
      text(m[1] ?? ""),
    );
    expect(lines).toEqual(["小美2026-0182A200 → 100 ▼ −100", "丁丁2026-0176 → 74 ▼ −2B100"]);
    expect(text(html("movers-title"))).toContain("总分、等级或绩效工资有变化的人月 (2)");
    // On the English page a Chinese name is marked as Chinese, for a screen reader's voice.
    const en = resultsParts({
      diff,
      agents: [
        { name: "丁丁", slug: "ding-ding" },
        { name: "Amy.W", slug: "amy-w" },
      ],
      agentHref: (s) => s,
      lang: "en",
    });
    const movers = en.find((p) => p.key === "movers")?.html ?? "";
    expect(movers).toContain(`<a href="ding-ding" lang="zh-CN">丁丁</a>`);
    expect(movers).toContain(`<a href="amy-w">Amy.W</a>`);
    // A large centre's list is cut at 300: the find box narrows it by name, pinyin address
    // (full-width and any case) or team, and says how many of how many.
    const find = (q: string) =>
      resultsParts({
        diff,
        agents: [
          { name: "丁丁", slug: "ding-ding" },
          { name: "小美", slug: "xiao-mei" },
        ],
        agentHref: (s) => s,
        lang: "zh",
        find: q,
      });
    const part = (ps: { key: string; html: string }[], key: string) =>
      text(ps.find((p) => p.key === key)?.html ?? "");
    // (and as the month pages' box does: pinyin with or without spaces, or its initials)
    for (const q of ["小美", "XIAO", "ｘｉａｏ-mei", "xiaomei", "xiao mei", "xm"]) {
      expect(part(find(q), "movers")).toContain("小美");
      expect(part(find(q), "movers")).not.toContain("丁丁");
      expect(part(find(q), "movers-title")).toContain("(1 / 2)");
    }
    expect(part(find("阿杰"), "movers")).toBe("没有与「阿杰」相符的人月。");
    // The box itself is the same HTML whatever is typed: never redrawn under the typing.
    const box = (ps: { key: string; html: string }[]) => ps.find((p) => p.key === "movers-find");
    expect(box(find("小"))?.html).toBe(box(find(""))?.html);
    // Also with nothing changed: a box removed and drawn again would lose what it filters by.
    const none = compareOutcomes([], [], { before: ["A"], after: ["A"] });
    const empty = resultsParts({ diff: none, agents: [], agentHref: (s) => s, lang: "zh" });
    expect(box(empty)?.html).toBe(box(find(""))?.html);
  });
});

describe("the studio's figures for a scheme the checker refuses", () => {
  const diff = compareOutcomes([], [], { before: ["A"], after: ["A"] });
  const summary = (errors: number, lang: "zh" | "en") =>
    resultsParts({ diff, agents: [], agentHref: (s) => s, lang, errors }).find(
      (p) => p.key === "summary",
    )?.html ?? "";
  it("say they are a preview the commands will not give (a gap between two bands is an error)", () => {
    expect(summary(1, "zh")).toContain("方案有 1 个错误");
    expect(summary(1, "zh")).toContain("npm run score 和 report 不会用它计分");
    expect(summary(2, "en")).toContain("The scheme has 2 error(s)");
    expect(summary(2, "en")).toContain("only a preview");
    expect(summary(0, "en")).not.toContain("studio-refused");
  });
});

describe("the studio's grade counts", () => {
  const r: StudioRow = {
    row: 0,
    agent: 0,
    month: "2026-01",
    scheme: 0,
    team: null,
    input: { agent: "", month: "2026-01", values: {}, days: 0 },
  };
  const o = (grade: string | null): Outcome => ({
    row: r,
    total: 50,
    grade,
    pay: null,
    complete: grade !== null,
  });
  const diff = compareOutcomes([o("B")], [o(null)], { before: ["A", "B"], after: ["A", "B"] });
  const grades = (lang: "zh" | "en") =>
    resultsParts({ diff, agents: [], agentHref: (s) => s, lang }).find((p) => p.key === "grades")
      ?.html ?? "";
  it("name the column of agent-months without a grade, and show a change as before → after with an arrow", () => {
    expect(grades("zh")).toContain(`<th scope="col" class="num">无等级</th>`);
    expect(grades("en")).toContain(`<th scope="col" class="num">No grade</th>`);
    // Not "1 → 0 ▼ −1": six grades and "no grade" must fit the results column.
    expect(grades("en")).toContain(`<td class="num"><span class="was">1 →</span> <b>0</b>▼</td>`);
    expect(grades("en")).toContain(`<td class="num"><span class="was">0 →</span> <b>1</b>▲</td>`);
  });
});

describe("a month range without the scheme's agent-months", () => {
  it("says where its months are instead of empty tables", () => {
    const range = { from: "2025-11", to: "2026-06", first: "2026-08", last: "2026-10" };
    expect(emptyRangeHtml(range, "zh")).toContain(
      "此方案在 2025-11 … 2026-06 没有人月：它的数据在 2026-08 … 2026-10。请改选月份。",
    );
    expect(emptyRangeHtml(range, "en")).toContain("its months are 2026-08 … 2026-10");
  });
});

describe("the studio's answer to 'who gains, who loses, what does it cost'", () => {
  const row = (agent: number, month: string): StudioRow => ({
    row: agent * 100 + Number(month.slice(5)),
    agent,
    month,
    scheme: 0,
    team: null,
    input: { agent: "", month, values: {}, days: 0 },
  });
  const o = (r: StudioRow, total: number, grade: string, pay: number): Outcome => ({
    row: r,
    total,
    grade,
    pay,
    complete: true,
  });
  // 小美 gains 5 points in two months (B → A in one); 七七 loses 2.5 in one month, no grade;
  // 丁丁 drops S → A with the same total and pay (the S line raised); 阿杰 does not change.
  const rows = [
    row(0, "2026-01"),
    row(0, "2026-02"),
    row(1, "2026-01"),
    row(2, "2026-01"),
    row(3, "2026-01"),
  ] as [StudioRow, StudioRow, StudioRow, StudioRow, StudioRow];
  const diff = compareOutcomes(
    [
      o(rows[0], 78, "B", 100),
      o(rows[1], 82, "A", 200),
      o(rows[2], 31, "D", -50),
      o(rows[3], 91, "S", 300),
      o(rows[4], 70, "B", 100),
    ],
    [
      o(rows[0], 83, "A", 200),
      o(rows[1], 87, "A", 200),
      o(rows[2], 28.5, "D", -50),
      o(rows[3], 91, "A", 300),
      o(rows[4], 70, "B", 100),
    ],
    { before: ["S", "A", "B", "C", "D"], after: ["S", "A", "B", "C", "D"] },
  );
  const agents = [
    { name: "小美", slug: "xiao-mei" },
    { name: "七七", slug: "qi-qi" },
    { name: "丁丁", slug: "ding-ding" },
    { name: "阿杰", slug: "a-jie" },
  ];
  const parts = (lang: "zh" | "en") =>
    resultsParts({ diff, agents, agentHref: (s) => `/agents/${s}/`, lang });
  const text = (lang: "zh" | "en", key: string) =>
    (parts(lang).find((p) => p.key === key)?.html ?? "")
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim();

  it("says it in words: agent-months and agents, who gains and loses, the budget in yuan", () => {
    expect(text("zh", "summary")).toBe(
      "5 个人月（ 4 人）中： 1 个等级上升、 1 个下降； 2 个总分提高、 1 个降低。 1 人得益、 2 人受损（先比绩效工资，再比等级、总分）。绩效工资预算 650 → 750 元 ▲ +100",
    );
    expect(text("en", "summary")).toBe(
      "Of 5 agent-months ( 4 agents): 1 move up a grade, 1 down; 2 get a higher total, 1 a lower one. Agents who gain: 1 ; who lose: 2 (by pay, then grade, then total). Performance-pay budget 650 → 750 yuan ▲ +100",
    );
  });

  it("lists each agent once over the range, who gains first, who loses last", () => {
    const html = parts("zh").find((p) => p.key === "people")?.html ?? "";
    const lines = [...html.matchAll(/<tr class="(\w+)"><th scope="row">(.*?)<\/tr>/g)].map(
      (m) =>
        `${m[1]}: ${(m[2] ?? "")
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " ")
          .trim()}`,
    );
    expect(lines).toEqual([
      "gain: 小美 2 ▲1 ▲ +10 ▲ +100",
      "loss: 七七 1 – ▼ −2.5 ±0",
      "loss: 丁丁 1 ▼1 ±0 ±0",
    ]);
    expect(html).toContain(`<a href="/agents/xiao-mei/">小美</a>`);
    expect(text("zh", "people")).toContain("每人合计（修改后 − 修改前） (3)");
    expect(text("en", "people")).toContain("Pay, summed change (yuan)");
  });
});
