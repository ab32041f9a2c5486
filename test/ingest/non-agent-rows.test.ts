/** Totals, averages and peer rows are recognised however they are padded or cased. */
import { describe, expect, it } from "vitest";
import { nonAgentReason } from "~/ingest/non-agent-rows.ts";

describe("nonAgentReason", () => {
  it("names totals, averages and benchmarks, padded or in either case", () => {
    const cases: [string, string, string | null][] = [
      ["合计", "", "totals row"],
      ["\u3000合计：", "", "totals row"],
      ["\u00a0汇总 ", "", "totals row"],
      ["TOTAL", "", "totals row"],
      ["Average", "", "average row"],
      ["同行均值", "", "peer benchmark row"],
      ["\ufeffpeer", "", "peer benchmark row"],
      ["", "总计", "totals row"],
      ["", " 合计", "totals row"],
    ];
    for (const [agent, period, reason] of cases) expect(nonAgentReason(agent, period)).toBe(reason);
  });

  it("leaves agents alone, including names that start like a keyword", () => {
    for (const agent of ["棉语旗舰店:小美", "Sam", "totally", "小美", "阿杰0001", "mean_joe"])
      expect(nonAgentReason(agent, "2026-09-01")).toBeNull();
  });
});
