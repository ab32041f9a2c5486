import { describe, expect, it } from "vitest";
import { ParseCache } from "~/ingest/parse-cache.ts";
import { tempDir } from "../support/temp-dir.ts";
import { HEADER, ingestTemp } from "./temp-files.ts";

const RATINGS = [
  { id: "self_score", headers: ["自评"] },
  { id: "sup_score", headers: ["主管评"] },
];

describe("an agent-month from several files", () => {
  it("joins a daily platform export and a monthly rating sheet with other columns", async () => {
    const r = await ingestTemp(
      {
        "export.csv": `${HEADER}\nA,2026-09-01,10,5,10,100\nA,2026-09-02,20,5,10,100\n`,
        "ratings.csv": "客服,月份,自评,主管评\nA,2026-09,8,9\n",
      },
      { extraColumns: RATINGS },
    );
    expect(r.rejected).toEqual([]);
    expect(r.agentMonths).toHaveLength(1);
    expect(r.agentMonths[0]).toMatchObject({
      agent: "A",
      month: "2026-09",
      days: 2,
      values: { inquiries: 30, self_score: 8, sup_score: 9 },
    });
    expect(r.agentMonths[0]?.missing).toBeUndefined();
    for (const f of r.files) expect(f.scored + f.rejected + f.skipped).toBe(f.read);
    expect(r.files.map((f) => [f.file, f.read, f.scored])).toEqual([
      ["export.csv", 2, 2],
      ["ratings.csv", 1, 1],
    ]);
  });

  it("splits the raters over two sheets: each gives its own column once", async () => {
    const r = await ingestTemp(
      {
        "self.csv": "客服,月份,自评\nA,2026-09,8\n",
        "sup.csv": "客服,月份,主管评\nA,2026-09,9\n",
      },
      { extraColumns: RATINGS },
    );
    expect(r.rejected).toEqual([]);
    expect(r.agentMonths[0]?.values).toEqual({ self_score: 8, sup_score: 9 });
  });

  it("the same column twice for one agent-month is a duplicate naming the column and both places", async () => {
    const r = await ingestTemp(
      {
        "a-ratings.csv": "客服,月份,自评,主管评\nA,2026-09,8,9\nB,2026-09,7,7\n",
        "b-late.csv": "客服,月份,主管评\nB,2026-10,6\nA,2026-09,5\n",
      },
      { extraColumns: RATINGS },
    );
    expect(r.rejected).toMatchObject([
      {
        file: "b-late.csv",
        row: 3,
        column: "客服",
        reason: "duplicate: A 2026-09 already given at a-ratings.csv:2",
      },
    ]);
    expect(r.agentMonths.find((m) => m.agent === "A")?.values.sup_score).toBe(9);
    const late = r.files[1];
    expect(late).toMatchObject({ read: 2, scored: 1, rejected: 1 });
  });

  it("names the shared columns when the repeating file shares only some of them", async () => {
    const r = await ingestTemp(
      {
        "a.csv": "客服,月份,自评\nA,2026-09,8\n",
        "b.csv": "客服,月份,自评,主管评\nA,2026-09,7,9\n",
      },
      { extraColumns: RATINGS },
    );
    expect(r.rejected.map((x) => `${x.file}:${x.row}: ${x.reason}`)).toEqual([
      "b.csv:2: duplicate: A 2026-09 (自评) already given at a.csv:2",
    ]);
    // Nothing of the repeated row is taken: 主管评 stays absent rather than half a row.
    expect(r.agentMonths[0]?.values).toEqual({ self_score: 8 });
  });

  it("a monthly row repeats a daily one when they share a column", async () => {
    const r = await ingestTemp({
      "daily.csv": `${HEADER}\nA,2026-09-03,10,5,10,100\n`,
      "monthly.csv": "客服,月份,询单人数,接待人数\nA,2026-09,99,500\n",
    });
    expect(r.rejected.map((x) => `${x.file}:${x.row}: ${x.reason}`)).toEqual([
      "monthly.csv:2: duplicate: A 2026-09 already given at daily.csv:2",
    ]);
  });

  it("joins the same way when both files come from the parse cache", async () => {
    const files = {
      "export.csv": `${HEADER}\nA,2026-09-01,10,5,10,100\n`,
      "ratings.csv": "客服,月份,自评,主管评\nA,2026-09,8,9\n",
      "repeat.csv": "客服,月份,自评\nA,2026-09,1\n",
    };
    const cacheDir = tempDir("kpi-cache");
    await ingestTemp(files, { extraColumns: RATINGS, cache: new ParseCache(cacheDir) });
    const cache = new ParseCache(cacheDir);
    const again = await ingestTemp(files, { extraColumns: RATINGS, cache });
    expect(again.agentMonths[0]?.values).toMatchObject({ inquiries: 10, self_score: 8 });
    expect(again.rejected.map((x) => x.reason)).toEqual([
      "duplicate: A 2026-09 already given at ratings.csv:2",
    ]);
  });
});
