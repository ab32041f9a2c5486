import { describe, expect, it } from "vitest";
import { formatProblem } from "~/ingest/problems.ts";
import { HEADER, ingestTemp } from "./temp-files.ts";

const messages = (r: Awaited<ReturnType<typeof ingestTemp>>) => r.problems.map(formatProblem);
const errors = (r: Awaited<ReturnType<typeof ingestTemp>>) =>
  r.problems.filter((p) => p.severity === "error");

describe("bad input: a clear message, nothing silently dropped", () => {
  it("empty file", async () => {
    const r = await ingestTemp({ "e.csv": "" });
    expect(messages(r)).toEqual(["e.csv: empty file (0 bytes): nothing to read"]);
  });

  it("header only", async () => {
    const r = await ingestTemp({ "h.csv": `${HEADER}\n` });
    expect(messages(r)).toEqual(["h.csv:1: warning: header only: the file has no data rows"]);
    expect(r.files[0]).toMatchObject({ read: 0, scored: 0 });
  });

  it("binary file", async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const r = await ingestTemp({ "x.csv": bytes });
    expect(errors(r)[0]?.message).toMatch(/binary file|header not found/);
  });

  it("wrong delimiter", async () => {
    const r = await ingestTemp({ "p.csv": "客服|日期|询单人数\nA|2026-09-01|1\n" });
    expect(errors(r)[0]?.message).toMatch(/^header not found/);
  });

  it("duplicate header names", async () => {
    const r = await ingestTemp({ "d.csv": "客服,日期,询单人数,询单人数\nA,2026-09-01,1,2\n" });
    expect(messages(r)).toContain(
      "d.csv:1:询单人数: duplicate column: '询单人数' (column 4) and '询单人数' (column 3) both mean inquiries; the first is used; to read the other, map it under columns: in data/config.yaml ('询单人数': inquiries)",
    );
  });

  it("__proto__ and constructor headers are just unknown names", async () => {
    const r = await ingestTemp({
      "p.csv": "客服,日期,__proto__,constructor,询单人数\nA,2026-09-01,1,2,3\n",
    });
    expect([...r.unknownColumns.keys()]).toEqual(["__proto__", "constructor"]);
    expect(r.agentMonths[0]?.values.inquiries).toBe(3);
    expect(Object.keys(r.agentMonths[0]?.values ?? {})).toEqual(["inquiries"]);
    expect(Object.getPrototypeOf(r.agentMonths[0]?.values)).toBe(Object.prototype);
  });

  it("a column's repeated cells: a dash stays missing, a bad text is rejected every time, a negative after a dash too", async () => {
    // The parser keeps a column's last slow-path text (a dash repeats row after row): not its errors.
    const r = await ingestTemp({
      "m.csv": `${HEADER}\nA,2026-09-01,-,1,1,1\nA,2026-09-02,abc,1,1,1\nA,2026-09-03,abc,1,1,1\nA,2026-09-04,-,1,1,1\nA,2026-09-05,-3,1,1,1\nA,2026-09-06,-3,1,1,1\nA,2026-09-07,-,1,1,1\n`,
    });
    expect(messages(r)).toEqual([
      "m.csv:3:询单人数: not a number: 'abc'",
      "m.csv:4:询单人数: not a number: 'abc'",
      "m.csv:6:询单人数: negative count: '-3'",
      "m.csv:7:询单人数: negative count: '-3'",
    ]);
    expect(r.files[0]).toMatchObject({ read: 7, scored: 3, rejected: 4 });
    expect(r.agentMonths[0]?.values.inquiries).toBeUndefined();
    expect(r.agentMonths[0]?.missing?.inquiries).toBe("empty");
  });

  it("non-numeric cell, negative count, paid buyers above inquiries", async () => {
    const r = await ingestTemp({
      "n.csv": `${HEADER}\nA,2026-09-01,abc,1,1,1\nA,2026-09-02,-3,1,1,1\nA,2026-09-03,5,9,1,1\n`,
    });
    expect(messages(r)).toEqual([
      "n.csv:2:询单人数: not a number: 'abc'",
      "n.csv:3:询单人数: negative count: '-3'",
      "n.csv:4:最终付款人数: paid_buyers (9) greater than inquiries (5)",
    ]);
    // A's month lost every row: it stays, with no values, marked as having 3 rejected rows.
    expect(r.agentMonths).toEqual([
      expect.objectContaining({ agent: "A", month: "2026-09", values: {}, rejectedRows: 3 }),
    ]);
  });

  it("a row with several bad cells is rejected once, and every bad cell is said (a hand-typed line fixed in one go)", async () => {
    const r = await ingestTemp({ "m.csv": `${HEADER}\nA,2026-09-01,abc,-2,1:2:3:4,20\n` });
    expect(r.files[0]).toMatchObject({ read: 1, rejected: 1 });
    expect(r.rejected).toHaveLength(1);
    expect(errors(r).map((p) => [p.row, p.column])).toEqual([
      [2, "询单人数"],
      [2, "最终付款人数"],
      [2, "首次响应时间(秒)"],
    ]);
  });

  it("month 2026-13 and a date in the future (today injected)", async () => {
    const monthly = await ingestTemp({ "m.csv": "客服,月份,询单人数\nA,2026-13,1\n" });
    expect(messages(monthly)).toEqual([
      "m.csv:2:月份: invalid month: '2026-13' (expected YYYY-MM)",
    ]);
    const future = await ingestTemp(
      { "f.csv": `${HEADER}\nA,2026-12-01,1,1,1,1\n` },
      { today: "2026-11-26" },
    );
    expect(messages(future)).toEqual([
      "f.csv:2:日期: date in the future: 2026-12-01 (today is 2026-11-26)",
    ]);
  });

  it("a 10 MB cell is quoted shortly and its row rejected", async () => {
    const r = await ingestTemp({
      "big.csv": `${HEADER}\nA,2026-09-01,${"9".repeat(5_000_000)}x,1,1,1\n`,
    });
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]?.reason.length).toBeLessThan(80);
    const name = await ingestTemp({
      "name.csv": `${HEADER}\n${"名".repeat(10_000_000)},2026-09-01,1,1,1,1\n`,
    });
    expect(name.rejected[0]?.reason).toMatch(/^agent name longer than 200 characters/);
  });

  it("1,000 columns", async () => {
    const extra = Array.from({ length: 994 }, (_, i) => `c${i}`);
    const r = await ingestTemp({
      "wide.csv": `${HEADER},${extra.join(",")}\nA,2026-09-01,1,1,1,1,${extra.map(() => "0").join(",")}\n`,
    });
    expect(r.files[0]).toMatchObject({ read: 1, scored: 1 });
    expect(r.unknownColumns.size).toBe(994);
  });

  it("an unclosed quote rejects the row it starts in, with a location", async () => {
    const r = await ingestTemp({
      "q.csv": `${HEADER}\nA,2026-09-01,1,1,1,1\n"B,2026-09-02,1,1,1,1\nC,2026-09-03,1,1,1,1\n`,
    });
    expect(messages(r)[0]).toMatch(/^q\.csv:3: unclosed quote/);
    expect(r.files[0]).toMatchObject({ scored: 1, rejected: 1 });
    const f = r.files[0];
    expect((f?.scored ?? 0) + (f?.rejected ?? 0) + (f?.skipped ?? 0)).toBe(f?.read);
  });

  it("a file without agent or date column names what is missing", async () => {
    const r = await ingestTemp({ "c.csv": "日期,询单人数\n2026-09-01,1\n" });
    expect(errors(r)[0]?.message).toMatch(/no agent column/);
  });

  it("a big table refused as a whole counts every row but lists the first 1,000, and says so", async () => {
    const rows = Array.from(
      { length: 1005 },
      (_, i) => `2026-09-${String((i % 30) + 1).padStart(2, "0")},1`,
    );
    const r = await ingestTemp({ "big.csv": `日期,询单人数\n${rows.join("\n")}\n` });
    expect(r.files[0]).toMatchObject({ read: 1005, scored: 0, rejected: 1005, skipped: 0 });
    expect(r.rejected).toHaveLength(1000);
    expect(r.rejected.at(-1)?.row).toBe(1001);
    expect(messages(r)).toEqual([
      "big.csv: no agent column (客服/旺旺/坐席/agent) in the header at row 1: map the header of the column naming the agent under columns: in data/config.yaml (工号: agent)",
      "big.csv: warning: 1005 rows of this table are rejected for that reason; the first 1000 are listed one by one",
    ]);
  });

  it("a table refused as a whole still accounts for every row: each rejected for the table's reason, blank rows skipped", async () => {
    const r = await ingestTemp({
      "no-agent.csv": "日期,询单人数\n2026-09-01,1\n2026-09-02,2\n,\n2026-09-03,3\n",
      "no-period.csv": "客服,询单人数\n小美,10\n阿杰,12\n",
    });
    expect(r.files.map((f) => [f.file, f.read, f.scored, f.rejected, f.skipped])).toEqual([
      ["no-agent.csv", 4, 0, 3, 1],
      ["no-period.csv", 2, 0, 2, 0],
    ]);
    // One problem per table, not one per row.
    expect(messages(r)).toEqual([
      "no-agent.csv: no agent column (客服/旺旺/坐席/agent) in the header at row 1: map the header of the column naming the agent under columns: in data/config.yaml (工号: agent)",
      expect.stringMatching(/^no-period\.csv: no 日期\/date or 月份\/month column/),
    ]);
    expect(r.rejected.map((x) => [x.file, x.row])).toEqual([
      ["no-agent.csv", 2],
      ["no-agent.csv", 3],
      ["no-agent.csv", 5],
      ["no-period.csv", 2],
      ["no-period.csv", 3],
    ]);
    expect(r.rejected[0]?.reason).toBe(
      "the table cannot be scored: no agent column (客服/旺旺/坐席/agent) in the header at row 1: map the header of the column naming the agent under columns: in data/config.yaml (工号: agent)",
    );
    expect(r.skipped).toEqual([
      { file: "no-agent.csv", row: 4, reason: "blank row", why: expect.anything() },
    ]);
  });
});
