import { describe, expect, it } from "vitest";
import { ingestTemp } from "./temp-files.ts";

describe("streaming across 1 MB chunk boundaries", () => {
  it("keeps multi-byte characters, quoted newlines and row numbers intact", async () => {
    const rows: string[] = ["客服,日期,询单人数,备注"];
    const n = 40_000;
    for (let i = 0; i < n; i++) {
      const day = String((i % 28) + 1).padStart(2, "0");
      const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, "0");
      const year = 2000 + Math.floor(i / 28 / 12);
      rows.push(
        `旗舰店:客服${i % 3},${year}-${month}-${day},1,"第一行\n第二行，含逗号,与""引号"""`,
      );
    }
    rows.push("旗舰店:客服0,2025-01-01,oops,x");
    const r = await ingestTemp({ "big.csv": `${rows.join("\r\n")}\r\n` }, { today: "2200-01-01" });
    expect(r.files[0]).toMatchObject({ read: n + 1, scored: n, rejected: 1 });
    // Each record spans two lines of text, but a spreadsheet counts it as one row.
    expect(r.rejected[0]).toMatchObject({ row: n + 2, reason: "not a number: 'oops'" });
    expect(new Set(r.agentMonths.map((m) => m.agent))).toEqual(
      new Set(["旗舰店:客服0", "旗舰店:客服1", "旗舰店:客服2"]),
    );
    expect(r.agentMonths.reduce((s, m) => s + (m.values.inquiries ?? 0), 0)).toBe(n);
  });
});
