/**
 * A text file's record with text past the header's cells is rejected at its
 * row: an unquoted delimiter (`6,022.91`) shifts every cell after it, and the
 * row would otherwise be scored on its neighbours' numbers. The byte lane and
 * the string parser tell it alike; a workbook's cells cannot shift.
 */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { workbook } from "./spreadsheet/workbooks.ts";
import { ingestTemp } from "./temp-files.ts";

const HEADER = "客服,日期,询单人数,最终付款人数,客服销售额,接待人数";
const SHIFTED = "小美,2026-09-02,46,29,6,022.91,56";

/** The CSV as UTF-8 (read by the byte lane) and as UTF-16 tab-separated (the string parser only). */
const both = (csv: string): [string, Record<string, string | Uint8Array>][] => [
  ["the byte lane", { "a.csv": csv }],
  [
    "the string parser",
    { "a.txt": new Uint8Array(iconv.encode(`\ufeff${csv.replaceAll(",", "\t")}`, "utf-16le")) },
  ],
];

describe("cells past the header", () => {
  it.each(both(`${HEADER}\n小美,2026-09-01,46,29,6022.91,56\n${SHIFTED}\n`))(
    "rejects a row an unquoted comma shifted, naming the cell past the header (%s)",
    async (_how, files) => {
      const r = await ingestTemp(files);
      const file = r.files[0];
      expect(file).toMatchObject({ read: 2, scored: 1, rejected: 1, skipped: 0 });
      expect(r.rejected[0]).toMatchObject({
        row: 3,
        why: { code: "extra-cells", cells: 7, header: 6, value: "56" },
      });
      expect(r.rejected[0]?.reason).toMatch(/^7 cells, but the header has 6: a delimiter inside/);
      expect(r.problems.find((p) => p.row === 3)?.col).toBe(7);
      expect(r.agentMonths[0]?.values.inquiries).toBe(46);
    },
  );

  it.each(both(`${HEADER}\n小美,2026-09-01,46,29,6022.91,56,,\n阿杰,2026-09-01,1,1,1,1, \t,\n`))(
    "reads a row whose cells past the header are empty or spaces (%s)",
    async (_how, files) => {
      const r = await ingestTemp(files);
      expect(r.files[0]).toMatchObject({ read: 2, scored: 2, rejected: 0 });
    },
  );

  it("reads the rest of a line past the cells it wants to find text past the header", async () => {
    // 备注 is no column the reader reads: the lane cuts only up to 询单人数, then looks on.
    const header = "客服,日期,询单人数,备注,其他";
    const rows = ["小美,2026-09-01,3,好,x", "阿杰,2026-09-01,4,,", "七七,2026-09-01,5,a,b,c,d"];
    const r = await ingestTemp({ "a.csv": `${header}\n${rows.join("\n")}\n` });
    expect(r.files[0]).toMatchObject({ read: 3, scored: 2, rejected: 1 });
    expect(r.rejected[0]).toMatchObject({
      row: 4,
      why: { code: "extra-cells", cells: 7, header: 5, value: "c" },
    });
  });

  it.each([
    ["客服,日期,询单人数,接待人数", "小美,２０２６－０９－０１,６,０２２,５６,", "５６"],
    ["客服,月份,询单人数", "小美,,,李四,", "李四"],
    ["客服,月份,询单人数", "小美,,,李四,5", "李四"],
  ])(
    "tells a line with no ASCII text before the cell past the header (%s / %s) as the string parser does",
    async (header, line, value) => {
      const [lane, strings] = await Promise.all(
        both(`${header}\n${line}\n`).map(([, files]) => ingestTemp(files)),
      );
      expect(lane?.rejected[0]?.why).toMatchObject({ code: "extra-cells", value });
      expect(lane?.rejected).toEqual(
        strings?.rejected.map((r) => ({ ...r, file: lane?.rejected[0]?.file })),
      );
    },
  );

  it("rejects a quoted record with text past the header too", async () => {
    const r = await ingestTemp({
      "a.csv": `${HEADER}\n"小美","2026-09-01","46","29","6","022.91","56"\n`,
    });
    expect(r.rejected[0]?.why).toMatchObject({ code: "extra-cells", cells: 7, value: "56" });
  });

  it("does not check a workbook, whose cells cannot shift (a note beside the table is read past)", async () => {
    const book = workbook({
      评分: [
        ["客服", "日期", "询单人数"],
        ["小美", "2026-09-01", 3, "请假半天"],
      ],
    });
    const r = await ingestTemp({ "a.xlsx": book });
    expect(r.files[0]).toMatchObject({ read: 1, scored: 1, rejected: 0 });
  });
});
