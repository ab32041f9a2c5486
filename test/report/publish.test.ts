/**
 * What a publication says about files: supervisors name rating sheets after
 * the agent, by display name or by nick, and some sheets are typed transposed
 * (agents across the top). Pseudonymised, no name may stand in a path, a
 * sheet name or a header; without --pseudonymize nothing changes.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type LoadResult, loadAndScore } from "~/cli/load-and-score.ts";
import { problemOf } from "~/ingest/problems.ts";
import { type Publication, publication } from "~/report/publish.ts";
import { workbook } from "../ingest/spreadsheet/workbooks.ts";
import { fixtureProject, rosterNames } from "./fixture-project.ts";

const HEADER =
  "日期,客服昵称,询单人数,最终付款人数,客服销售额(元),店铺销售额(元),店铺付款人数,首次响应时间(秒),平均响应时间(秒),满意评价数,评价总数,接待人数,支付宝付款笔数,拍下笔数";
const cells = (date: string, agent: string, asked = "41") => [
  date,
  agent,
  asked,
  "23",
  "5816.59",
  "80070.94",
  "516",
  "18.51",
  "28.56",
  "7",
  "7",
  "57",
  "24",
  "27",
];
const csv = (...rows: string[][]) => `${[HEADER, ...rows.map((r) => r.join(","))].join("\n")}\n`;

/** Seen in the data only (no roster row): its nick alone names a file. */
const NICK_ONLY = "棉语旗舰店:丁丁0003";

const FILES: Record<string, string | Uint8Array> = {
  // By display name, with a rejected row (a bad cell) and a problem line naming the file.
  "2026-10/2026-10 阿杰 评分表.csv": csv(cells("2026-10-20", "棉语旗舰店:阿杰", "abc")),
  // By nick only, with a skipped totals row.
  "2026-10/丁丁0003.csv": csv(cells("2026-10-20", NICK_ONLY), cells("2026-10-20", "合计")),
  // Header only: a warning line naming the file.
  "2026-10/小雨.csv": csv(),
  // A folder per agent; a workbook whose sheets are named after agents, one typed transposed.
  "糖糖/2026-10 Amy.W.xlsx": workbook({
    小鹿: [HEADER.split(","), cells("2026-10-21", "棉语旗舰店:小鹿")],
    七七: [
      ["考核项", "棉语旗舰店:七七", "丁丁0003", "橙子"],
      ["询单人数", 41, 40, 39],
    ],
  }),
  // Not an export: listed as unread.
  "2026-10/木木.md": "notes\n",
};

/** Every name the inputs hold: roster names and display names, the data-only name and its nick. */
const NAMES = [...rosterNames(), NICK_ONLY, "丁丁0003"];

let load: LoadResult;
let pseudo: Publication;
let plain: Publication;

beforeAll(async () => {
  const root = fixtureProject();
  for (const [file, content] of Object.entries(FILES)) {
    const target = join(root, "data/exports", file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  load = await loadAndScore({ data: [] }, { root, today: "2026-11-26" });
  pseudo = publication(load, "test-key");
  plain = publication(load, undefined);
});

/** Everything a publication puts out about the load, as one text. */
const published = (pub: Publication) =>
  JSON.stringify({
    quality: pub.quality,
    downloads: load.files.map((f) => pub.account(f)),
    agents: load.agentMonths.map((am) => pub.publishedName(am.agent)),
  });

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A digits-only name ("007") must not match inside a number. */
const pattern = (name: string) =>
  new RegExp(/^\d+$/.test(name) ? `(?<![\\d.])${name}(?![\\d.])` : literal(name));

describe("publication of files named after agents", () => {
  it("reads what the fixture says: the files, the rejected row, the transposed sheet", () => {
    const files = load.files.map((f) => f.file);
    expect(files).toContain("data/exports/2026-10/丁丁0003.csv");
    expect(files).toContain("data/exports/糖糖/2026-10 Amy.W.xlsx#小鹿");
    expect(load.rejected.map((r) => r.file)).toEqual([
      "data/exports/2026-10/2026-10 阿杰 评分表.csv",
    ]);
    const transposed = [...load.unread, ...load.problems].map((x) => x.file);
    expect(transposed).toContain("data/exports/糖糖/2026-10 Amy.W.xlsx#七七");
    expect(load.agentMonths.map((am) => am.agent)).toContain(NICK_ONLY);
  });

  it("pseudonymised, names no agent anywhere: paths, sheet names, headers, lines", () => {
    const text = published(pseudo);
    const hits = NAMES.filter((name) => pattern(name).test(text));
    expect(hits).toEqual([]);
    expect(text).toContain("data/exports/2026-10/"); // what is not a name stays
    expect(text).toContain("评分表.csv");
  });

  it("gives a file the same published path everywhere it appears", () => {
    const q = pseudo.quality;
    const rated = q.rejected[0]?.file ?? "";
    expect(rated).toMatch(/^data\/exports\/2026-10\/2026-10 Agent-[A-Z2-9]{6} 评分表\.csv$/);
    expect(q.files.map((f) => f.file)).toContain(rated);
    const sheet = pseudo.path("data/exports/糖糖/2026-10 Amy.W.xlsx#七七");
    expect(sheet).toMatch(/^data\/exports\/Agent-\w+\/2026-10 Agent-\w+\.xlsx#Agent-\w+$/);
    expect(q.unread?.map((u) => u.file)).toContain(sheet);
    const empty = q.files.find((f) => f.read === 0)?.file ?? "";
    expect(empty).toMatch(/^data\/exports\/2026-10\/Agent-\w+\.csv$/);
    expect(q.problems).toContainEqual({
      severity: "warning",
      where: `${empty}:1`,
      message: "header only: the file has no data rows",
      why: { code: "header-only" },
    });
    expect(q.skipped.map((s) => s.file)).toEqual([
      pseudo.path("data/exports/2026-10/丁丁0003.csv"),
    ]);
  });

  it("writes a nick by its agent's alias, and the display name by the same one", () => {
    expect(pseudo.path("丁丁0003.csv")).toBe(`${pseudo.publishedName(NICK_ONLY)}.csv`);
    expect(pseudo.path("阿杰.csv")).toBe(`${pseudo.publishedName("棉语旗舰店:阿杰")}.csv`);
  });

  it("scrubs a header as written (a transposed sheet's agents) in a rejected row and its reason", () => {
    const reject = load.rejected[0];
    if (!reject) throw new Error("no rejected row");
    const duplicate = {
      code: "duplicate" as const,
      agent: "棉语旗舰店:橙子",
      when: "2026-10-20",
      columns: ["橙子", "询单人数"],
      at: `${reject.file}:2`,
    };
    const withHeader: LoadResult = {
      ...load,
      rejected: [{ ...reject, column: "丁丁0003", why: duplicate }],
      problems: [{ severity: "warning", file: reject.file, column: "七七", message: "m" }],
    };
    const text = JSON.stringify(publication(withHeader, "test-key").quality);
    expect(NAMES.filter((name) => pattern(name).test(text))).toEqual([]);
    expect(JSON.stringify(publication(withHeader, undefined).quality)).toContain("丁丁0003");
  });

  it("scrubs names inside a problem's reason, however deep (a period's source, a sheet passed over)", () => {
    const file = "data/exports/糖糖/2026-10 Amy.W.xlsx";
    const withReasons: LoadResult = {
      ...load,
      problems: [
        problemOf("error", file, {
          code: "period-conflict",
          first: { where: "sheet name '七七 2026-09'", month: "2026-09" },
          other: { where: "file name '2026-10 Amy.W'", month: "2026-10" },
        }),
        problemOf("error", file, {
          code: "no-sheet-header",
          sheets: [{ sheet: "丁丁0003", why: { code: "no-header", rows: 40 } }],
        }),
      ],
    };
    const q = publication(withReasons, "test-key").quality;
    const text = JSON.stringify(q);
    expect(NAMES.filter((name) => pattern(name).test(text))).toEqual([]);
    // The codes stay codes: the pages still say them in the reader's language.
    expect(q.problems.map((p) => p.why?.code)).toEqual(["period-conflict", "no-sheet-header"]);
    expect(JSON.stringify(q.problems[1]?.why)).toContain('"code":"no-header"');
  });

  it("without --pseudonymize keeps every path, name and header as read", () => {
    const q = plain.quality;
    expect(q.files.map((f) => f.file)).toEqual(load.files.map((f) => f.file));
    expect(q.rejected.map((r) => [r.file, r.column])).toEqual(
      load.rejected.map((r) => [r.file, r.column]),
    );
    expect(q.unread?.map((u) => u.file)).toEqual(load.unread.map((u) => u.file));
    expect(load.files.map((f) => plain.account(f))).toEqual(load.files);
    expect(published(plain)).toContain("丁丁0003");
    expect(plain.publishedName("棉语旗舰店:阿杰")).toBe("阿杰");
  });
});

describe("a roster alias (a renamed account)", () => {
  it("pseudonymised, is scrubbed from the lines as its agent is, nick and all", () => {
    const roster = new Map(load.roster ?? []);
    const [agent, entry] = [...roster][0] ?? [];
    if (!agent || !entry) throw new Error("no roster");
    roster.set(agent, { ...entry, aliases: ["棉语旗舰店:旧号七"] });
    // The alias is in no agent list (ingest reads its rows as the agent's), but a roster
    // problem names it.
    const why = {
      code: "roster-alias" as const,
      alias: "棉语旗舰店:旧号七",
      agent,
      other: "棉语旗舰店:旧号七",
    };
    const problems = [...load.problems, problemOf("error", "data/roster.csv", why)];
    const text = JSON.stringify(publication({ ...load, roster, problems }, "test-key").quality);
    expect(text).toContain("is a roster agent of its own");
    expect(text).not.toContain("旧号七");
  });
});
