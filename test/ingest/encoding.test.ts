import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes, sniffEncoding } from "~/ingest/encoding.ts";
import { HEADER, ingestTemp } from "./temp-files.ts";

const text = `${HEADER}\n小美,2026-09-01,10,5,12,20\n`;

describe("encoding detection", () => {
  it.each([
    ["utf-8", new TextEncoder().encode(text)],
    ["utf-8 (BOM)", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])],
    ["gb18030", new Uint8Array(iconv.encode(text, "gb18030"))],
    ["utf-16le", new Uint8Array(iconv.encode(text, "utf-16le", { addBOM: true }))],
    ["utf-16be", new Uint8Array(iconv.encode(text, "utf-16be", { addBOM: true }))],
    ["utf-16le without BOM", new Uint8Array(iconv.encode(text, "utf-16le"))],
  ])("decodes %s from the bytes alone", (_name, bytes) => {
    expect(decodeBytes(bytes).text).toBe(text);
  });

  it("calls bytes with NUL outside a UTF-16 pattern binary", () => {
    expect(
      sniffEncoding(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0, 0, 0, 8, 0, 0xff])).binary,
    ).toBe(true);
  });

  it("streams a UTF-16 LE tab-separated export (Excel 'Unicode text') end to end", async () => {
    const tsv = text.replaceAll(",", "\t");
    const r = await ingestTemp({
      "a.txt": new Uint8Array(iconv.encode(tsv, "utf-16le", { addBOM: true })),
    });
    expect(r.files[0]).toMatchObject({
      encoding: "utf-16le",
      delimiter: "tab",
      read: 1,
      scored: 1,
    });
    expect(r.agentMonths[0]?.values.inquiries).toBe(10);
  });

  it("falls back to GB18030 when non-UTF-8 bytes come only after a long ASCII start", async () => {
    const ascii = `agent,date,inquiries\n${"a1,2026-09-01,1\n".repeat(6000)}`;
    const gbk = new Uint8Array(iconv.encode(`${ascii}小美,2026-09-02,3\n`, "gb18030"));
    const r = await ingestTemp({ "late.csv": gbk });
    expect(r.files[0]?.encoding).toBe("gb18030");
    expect(r.agentMonths.map((m) => m.agent)).toContain("小美");
  });

  it.each([
    ["with a BOM", [0xef, 0xbb, 0xbf], 1],
    ["past the first 64 KB", [], 4000],
  ])(
    "rejects, at its row, a name in GBK bytes inside a UTF-8 file (%s), never scoring it",
    async (_name, bom, days) => {
      const rows = Array.from({ length: days }, (_, k) => `小美${k},2026-09-01,10,5,12,20\n`);
      const utf8 = new TextEncoder().encode(`${HEADER}\n${rows.join("")}`);
      const appended = iconv.encode("阿杰,2026-09-02,3,1,12,20\n", "gbk");
      const r = await ingestTemp({ "joined.csv": new Uint8Array([...bom, ...utf8, ...appended]) });
      const file = r.files[0];
      expect(file?.encoding).toBe("utf-8");
      expect(file?.read).toBe(file ? file.scored + file.rejected + file.skipped : -1);
      expect(r.rejected).toHaveLength(1);
      expect(r.rejected[0]?.row).toBe(days + 2);
      expect(r.rejected[0]?.reason).toMatch(/^agent name with bytes that are not utf-8 text/);
      expect(r.agentMonths).toHaveLength(days);
      expect(r.agentMonths.some((m) => m.agent.includes("\uFFFD"))).toBe(false);
    },
  );
});
