/**
 * A per-conversation log (Udesk / 智齿 style: one row per 会话, several per
 * agent and day, 满意度 as words) exported instead of the per-agent report:
 * its rows are read, scored or rejected exactly as before (not a number,
 * duplicate), and the file gets one hint saying what it is and what to export.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputColumns } from "~/ingest/ingest.ts";
import { parseFile } from "~/ingest/parse-file.ts";
import { parseInRanges, parseRange } from "~/ingest/parse-ranges.ts";
import type { Problem } from "~/ingest/problems.ts";
import { tempDir } from "../support/temp-dir.ts";
import { HEADER, ingestTemp } from "./temp-files.ts";

const LOG_HEADER = "会话ID,客服,日期,开始时间,结束时间,首次响应时长(秒),满意度";
const WORDS = ["满意", "非常满意", "一般", "不满意", ""];

/** `n` conversations, September 2026: agent, day and 满意度 in a fixed pseudo-random order. */
function log(n: number, month = "09"): string[] {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = String(1 + ((i * 7) % 10)).padStart(2, "0");
    const agent = i % 3 === 0 ? "李四" : "张三";
    const at = `2026-${month}-${day}`;
    const minute = String(i % 60).padStart(2, "0");
    rows.push(
      `S${String(i).padStart(5, "0")},${agent},${at},${at} 10:${minute}:00,${at} 10:${minute}:30,${5 + (i % 40)},${WORDS[i % 5]}`,
    );
  }
  return rows;
}

const hints = (problems: readonly Problem[]) =>
  problems.filter((p) => p.why?.code === "repeated-days");

describe("a per-conversation log instead of the per-agent report", () => {
  it("keeps every row's outcome, and says once that it is a log and what to export", async () => {
    const r = await ingestTemp({
      "会话记录导出_20260901-20260930.csv": `${LOG_HEADER}\n${log(60).join("\n")}\n`,
    });
    const account = r.files[0];
    // As before: 满意度 words are not numbers; a blank one's row is scored once per agent-day.
    expect(account).toMatchObject({ read: 60, skipped: 0 });
    expect(r.rejected.filter((x) => x.reason.startsWith("not a number"))).toHaveLength(48);
    expect(r.rejected.filter((x) => x.reason.startsWith("duplicate"))).toHaveLength(
      (account?.rejected ?? 0) - 48,
    );
    const [hint, ...more] = hints(r.problems);
    expect(more).toEqual([]);
    expect(hint).toMatchObject({
      severity: "warning",
      file: "会话记录导出_20260901-20260930.csv",
      why: { code: "repeated-days", dated: 60, agent: "张三", date: "2026-09-08" },
    });
    // 2 agents × 10 days: every other row repeats one.
    expect(hint?.why).toMatchObject({ rows: 40 });
    expect(hint?.message).toContain("looks like a log");
    expect(hint?.message).toContain("坐席工作量");
    expect(r.problems.at(-1)).toBe(hint);
  });

  it("gives no hint for a per-agent report, nor for one repeated day in it", async () => {
    const days = Array.from({ length: 30 }, (_, d) => {
      const at = `2026-09-${String(d + 1).padStart(2, "0")}`;
      return [`小美,${at},40,20,21.5,50`, `阿杰,${at},30,10,18,40`];
    }).flat();
    const clean = await ingestTemp({ "a.csv": `${HEADER}\n${days.join("\n")}\n` });
    const once = await ingestTemp({ "a.csv": `${HEADER}\n${[...days, days[7]].join("\n")}\n` });
    expect(once.rejected.map((x) => x.reason)).toEqual([
      "duplicate: 阿杰 2026-09-04 already given at a.csv:9",
    ]);
    expect(hints([...clean.problems, ...once.problems])).toEqual([]);
  });

  it("counts the same when the file is parsed in byte ranges, or declines to split it", async () => {
    // August's conversations (all rejected but for blank 满意度), then September's, then one
    // more of August: the ranges start where the month changes, and the last row repeats a
    // day the first range gave.
    const path = join(tempDir("kpi-log-rows"), "log.csv");
    const august = log(30, "08").filter((row) => !row.endsWith(","));
    const late = august[0] as string;
    writeFileSync(path, `${LOG_HEADER}\n${[...august, ...log(40), late].join("\n")}\n`);
    const columns = inputColumns();
    const read = { today: "2026-11-26" };
    const [sequential] = (await parseFile(path, "log.csv", columns, read)).tables;
    const ranged = await parseInRanges(
      parseRange,
      path,
      "log.csv",
      columns,
      read,
      3,
      LOG_HEADER.length + 1,
    );
    if (ranged !== null) expect(ranged.signs).toEqual(sequential?.signs);
    expect(sequential?.signs?.repeats).toMatchObject({ dated: 65 });
  });
});
