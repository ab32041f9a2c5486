/**
 * The roster's headers (roster-headers.ts): an HR sheet's Chinese headers
 * read as the English ones, 工号 first and passed over, GBK-decoded text as
 * any export's; the English name wins where both are there.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "~/ingest/encoding.ts";
import { parseRoster } from "~/ingest/roster.ts";
import { rosterColumns } from "~/ingest/roster-headers.ts";

describe("rosterColumns", () => {
  it("finds each field by its English or Chinese header, full-width and spaces folded", () => {
    const at = rosterColumns(
      ["工号", "客服", "姓名", "岗位", "组 别", "入职日期", "离职日期", "team"],
      ["agent", "display_name", "role", "team", "joined", "left", "from"] as const,
    );
    expect([...at]).toEqual([
      ["agent", 1],
      ["display_name", 2],
      ["role", 3],
      ["team", 7],
      ["joined", 5],
      ["left", 6],
      ["from", -1],
    ]);
  });
});

describe("parseRoster of an HR sheet", () => {
  it("reads 工号,客服,姓名,岗位,组别,入职日期,离职日期 saved as GBK with 2026/4/7 and Excel serial dates", () => {
    const text =
      "工号,客服,姓名,岗位,组别,入职日期,离职日期\r\n1000,棉语旗舰店:小美,小美,售前,售前一组,44634,\r\n1006,棉语旗舰店:小鹿,小鹿,售前,售前二组,2026/4/7,\r\n";
    // GBK bytes of the text, as Excel on Chinese Windows saves it.
    const gbk = new Uint8Array(iconv.encode(text, "gbk"));
    const { roster, problems } = parseRoster(decodeBytes(gbk).text, "data/roster.csv");
    expect(problems).toEqual([]);
    expect(roster.get("棉语旗舰店:小美")).toMatchObject({
      displayName: "小美",
      role: "售前",
      team: "售前一组",
      joined: "2022-03-14",
    });
    expect(roster.get("棉语旗舰店:小鹿")?.joined).toBe("2026-04-07");
  });
});
