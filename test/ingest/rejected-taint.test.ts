/** A month that lost a rejected row must not pass for complete, even when built with --allow-invalid. */
import { describe, expect, it } from "vitest";
import { getBuiltinScheme, scoreAgentMonth } from "~/engine/index.ts";
import { HEADER, ingestTemp } from "./temp-files.ts";

describe("rejected rows taint their agent-month", () => {
  it("counts them on the month, and the score is incomplete with no grade or pay", async () => {
    const csv = `${HEADER}\n小美,2026-09-01,10,5,12,20\n小美,2026-09-02,abc,6,14,20\n阿杰,2026-09-01,8,2,20,16\n`;
    const r = await ingestTemp({ "9.csv": csv });
    expect(r.rejected).toHaveLength(1);
    const mei = r.agentMonths.find((m) => m.agent === "小美");
    const jie = r.agentMonths.find((m) => m.agent === "阿杰");
    expect(mei?.rejectedRows).toBe(1);
    expect(jie?.rejectedRows).toBeUndefined();
    const scheme = getBuiltinScheme("seed-monthly");
    if (!scheme || !mei) throw new Error("fixture");
    const scored = scoreAgentMonth(scheme, mei);
    expect(scored.complete).toBe(false);
    expect(scored.grade).toBeNull();
    expect(scored.rejectedRows).toBe(1);
  });
});

describe("an agent-month whose only rows were rejected", () => {
  it.each([
    ["monthly", "客服,月份,询单人数,最终付款人数\n小美,2026-09,abc,5\n阿杰,2026-09,8,2\n"],
    ["daily", "客服,日期,询单人数,最终付款人数\n小美,2026-09-01,abc,5\n阿杰,2026-09-01,8,2\n"],
  ])("stays in its month (%s rows), with no values and incomplete, not gone", async (_k, csv) => {
    const r = await ingestTemp({ "9.csv": csv });
    const mei = r.agentMonths.find((m) => m.agent === "小美");
    expect(mei).toMatchObject({ agent: "小美", month: "2026-09", values: {}, rejectedRows: 1 });
    const scheme = getBuiltinScheme("seed-monthly");
    if (!scheme || !mei) throw new Error("fixture");
    const scored = scoreAgentMonth(scheme, mei);
    expect(scored.complete).toBe(false);
    expect(scored.grade).toBeNull();
    expect(scored.kpis.every((k) => k.points === null)).toBe(true);
  });
});

describe("a row rejected as a duplicate", () => {
  it("taints its month too: the row's other columns were not scored (a second shop's agent of the same nick)", async () => {
    const r = await ingestTemp({
      "a.csv": "客服,日期,询单人数,最终付款人数\n小美,2026-09-01,10,5\n小美,2026-09-02,10,5\n",
      "b.csv": "客服,日期,询单人数,接待人数\n小美,2026-09-02,7,30\n阿杰,2026-09-02,8,20\n",
    });
    expect(r.rejected.map((x) => [x.file, x.row, x.why?.code])).toEqual([
      ["b.csv", 2, "duplicate"],
    ]);
    const mei = r.agentMonths.find((m) => m.agent === "小美");
    expect(mei?.rejectedRows).toBe(1);
    expect(r.agentMonths.find((m) => m.agent === "阿杰")?.rejectedRows).toBeUndefined();
  });
});
