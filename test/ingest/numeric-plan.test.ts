/** A daily time with no count to weight its days by is said once, at its header. */
import { describe, expect, it } from "vitest";
import { ingestTemp } from "./temp-files.ts";

describe("daily times and their weights", () => {
  it("warn when a response time's days have no 接待人数 to weight them, and average them by day", async () => {
    const r = await ingestTemp({
      "a.csv": "日期,客服,首次响应时间(秒)\n2026-09-01,小美,10\n2026-09-02,小美,30\n",
      "b.csv": "日期,客服,首次响应时间(秒),接待人数\n2026-09-01,阿杰,10,3\n2026-09-02,阿杰,30,1\n",
    });
    expect(r.problems.map((p) => `${p.file}:${p.row}:${p.column}: ${p.message}`)).toEqual([
      "a.csv:1:首次响应时间(秒): daily first_response_s without a received_customers (接待人数) column to weight its days by: each month is the plain mean of its days (a day of 3 customers counts as much as one of 300); if the export counts the contacts under another header (有效会话数 …), map it under columns: in data/config.yaml (有效会话数: received_customers), or add the column to the export",
    ]);
    expect(r.agentMonths.map((m) => [m.agent, m.values.first_response_s])).toEqual([
      ["小美", 20],
      ["阿杰", 15],
    ]);
  });
});
