/** One file, several kinds of line ending: every row read as its own row, numbered as a spreadsheet does. */
import { describe, expect, it } from "vitest";
import { NewlineNormaliser } from "~/ingest/stream-records.ts";
import { HEADER, ingestTemp } from "./temp-files.ts";

describe("mixed line endings in one file", () => {
  it.each([
    ["a CRLF header (Excel) and LF rows appended by a script", "\r\n", "\n"],
    ["an LF header and CRLF rows", "\n", "\r\n"],
    ["old Mac CR rows after a CRLF header", "\r\n", "\r"],
  ])("%s", async (_what, first, rest) => {
    const csv = `${HEADER}${first}小美,2026-09-01,10,5,12,20${rest}阿杰,2026-09-01,8,2,20,16${first}阿杰,2026-09-02,9,3,20,16${rest}`;
    const r = await ingestTemp({ "9.csv": csv });
    expect(r.rejected).toEqual([]);
    expect(r.files[0]).toMatchObject({ read: 3, scored: 3, rejected: 0 });
    expect(
      r.agentMonths.map((m) => [m.agent, m.values.inquiries, m.values.received_customers]),
    ).toEqual([
      ["小美", 10, 20],
      ["阿杰", 17, 32],
    ]);
  });

  it("row numbers stay those of the spreadsheet", async () => {
    const csv = `${HEADER}\r\n小美,2026-09-01,10,5,12,20\n阿杰,2026-09-01,x,2,20,16\r\n`;
    const r = await ingestTemp({ "9.csv": csv });
    expect(r.rejected).toEqual([
      expect.objectContaining({ row: 3, column: "询单人数", reason: "not a number: 'x'" }),
    ]);
  });

  it("a CRLF split across two chunks is one line ending", () => {
    const n = new NewlineNormaliser();
    expect(n.push("a,b\r", false) + n.push("\nc,d\r", false) + n.push("", true)).toBe("a,b\nc,d\n");
  });
});
