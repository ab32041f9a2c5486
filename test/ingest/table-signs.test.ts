/**
 * A table whose one period is its name's (no 日期/月份 column) that repeats
 * its agents: one hint after its rows, naming the header that may hold the
 * day (a 时间 column the tool does not read as the date), beside the row-by-row
 * duplicates that cannot say why.
 */
import { describe, expect, it } from "vitest";
import { DATE_LIKE } from "~/ingest/table-signs.ts";
import { ingestTemp } from "./temp-files.ts";

const rows = (days: number) => {
  const out = ["时间,客服,接待人数,满意评价数,评价总数"];
  for (let d = 1; d <= days; d++)
    for (const a of ["小美", "阿杰"]) out.push(`2026-09-0${d},${a},${20 + d},${d},${d + 1}`);
  return `${out.join("\n")}\n`;
};

describe("one-period tables that repeat their agents", () => {
  it("get one warning naming the column that may hold the day", async () => {
    const r = await ingestTemp({ "客服工作量-2026-09.csv": rows(3) });
    expect(r.files.map((f) => [f.read, f.scored, f.rejected])).toEqual([[6, 2, 4]]);
    const hints = r.problems.filter((p) => p.severity === "warning").map((p) => p.message);
    expect(hints).toEqual([
      "4 of the table's 6 rows repeat an agent it gave before (the first: 小美, 2026-09): with no 日期/月份 column (its column '时间' is not read as one), the table has one period, from its name or banner, and one row per agent. If a column holds each row's day, map its header under columns: in data/config.yaml ('时间': date); if the file is a log (one row per conversation or ticket), export the per-agent report instead",
    ]);
  });

  it("say nothing for one row per agent, nor for one stray repeat (said at its row)", async () => {
    const once = await ingestTemp({ "客服工作量-2026-09.csv": rows(1) });
    expect(once.problems).toEqual([]);
    const agents = Array.from({ length: 12 }, (_, i) => `2026-09-01,客服${i},20,1,2`);
    const stray = await ingestTemp({
      "客服工作量-2026-09.csv": `时间,客服,接待人数,满意评价数,评价总数\n${agents.join("\n")}\n2026-09-02,客服3,21,1,2\n`,
    });
    expect(stray.problems.map((p) => [p.severity, p.row])).toEqual([["error", 14]]);
  });

  it("offer only a header that is a day as the day, never a duration", () => {
    for (const h of ["时间", "统计时间", "日期时间", "时间段", "Date", "day", "Date time"])
      expect(DATE_LIKE.test(h), h).toBe(true);
    for (const h of ["平均会话时间", "平均响应时间", "Handle time", "首次响应时间(秒)", "通话时长"])
      expect(DATE_LIKE.test(h), h).toBe(false);
  });
});
