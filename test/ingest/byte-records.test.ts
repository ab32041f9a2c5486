/**
 * The byte lane reads a CSV exactly as the string parser does: the same
 * accounting, rejected and skipped rows with their row numbers and reasons,
 * problems and agent-month sums, on random files that mix plain lines with
 * quoted cells and what stops the lane (quotes other than around whole cells,
 * lone carriage returns), and with cells that are
 * not plain numbers (signs, units, separators, dashes, non-ASCII digits and
 * spaces), in UTF-8 and GB18030.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { laneRecords } from "~/ingest/byte-records.ts";
import { CellText, dressedInto, plainInto } from "~/ingest/cell-bytes.ts";
import { parseNumber, parseSeconds, plainNumber } from "~/ingest/cells.ts";
import { inputColumns } from "~/ingest/ingest.ts";
import { parseFile } from "~/ingest/parse-file.ts";
import { parseRange } from "~/ingest/parse-ranges.ts";
import { tempDir } from "../support/temp-dir.ts";
import { ingestTemp } from "./temp-files.ts";

const HEADER = [
  "客服",
  "日期",
  "询单人数",
  "最终付款人数",
  "客服销售额",
  "平均响应时间(分)",
  "满意率",
  "岗位",
  // Read by no one: the lane cuts up to 岗位, then reads on only for text past the header.
  "备注",
];
const columns = inputColumns();
const read = { today: "2026-11-26" };

const name = fc.constantFrom(
  "小美",
  "阿杰",
  " 阿杰 ",
  "ＡＢ",
  "AB",
  "小\u200b美",
  "合计",
  "",
  "　",
);
const number = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 5000 }).map(String) },
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x.toFixed(2)) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "-",
      "",
      " ",
      "—",
      "n/a",
      "统计中",
      "-3",
      "-0",
      "0.",
      ".5",
      "5.",
      "007",
      "1e3",
      "１２",
      "12%",
      "1分30秒",
      "00:01:30",
      "¥12.5",
      "12345678901234567",
      "99999999999999999999",
      "1.2.3",
      " 12",
      "12 ",
      "\t7",
      "　",
      "0x1F",
      "+5",
      "９０",
      "８５．５",
      "708元",
      "708.0 元",
      "90分",
      "2次",
      "１分３０秒",
      "5²",
      "1,234",
      "1,234.50",
      "0,123",
      "1234,567",
      "12,34",
      "1,234.",
      "0.5",
      "0.000243",
      '="0.000243"',
      '=" 12 "',
      '= "12"',
      '="1""2"',
      '="７"',
    ),
  },
);
const ratio = fc.constantFrom("95%", "0.95", "", "-", "1.2", "abc", "95.5%");
/** A cell as a CSV writer quotes it. */
const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
const rowCells = fc
  .tuple(
    name,
    fc.integer({ min: 1, max: 28 }),
    number,
    number,
    number,
    number,
    ratio,
    fc.constantFrom("", "售前", "售后"),
  )
  .map(([n, d, ...cells]) => [n, `2026-08-${String(d).padStart(2, "0")}`, ...cells]);
const line = fc.oneof(
  { weight: 20, arbitrary: rowCells.map((cells) => cells.join(",")) },
  {
    // Every cell quoted, as warehouses and BI tools write them, or only some.
    weight: 8,
    arbitrary: fc
      .tuple(rowCells, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), fc.boolean())
      .map(([cells, some, all]) => cells.map((c, k) => (all || some[k] ? quote(c) : c)).join(",")),
  },
  {
    // Cells dressed so that Excel keeps them as typed: `="…"`, a tab or spaces around them,
    // quoted or not (a quote inside an unquoted cell is its text).
    weight: 8,
    arbitrary: fc
      .tuple(
        rowCells,
        fc.array(fc.constantFrom("", "excel", "tab", "quoted-tab", "spaces", "quoted-excel"), {
          minLength: 8,
          maxLength: 8,
        }),
      )
      .map(([cells, how]) =>
        cells
          .map((c, k) => {
            const h = how[k];
            if (h === "excel") return `="${c.replaceAll('"', '""')}"`;
            if (h === "tab") return `\t${c}`;
            if (h === "quoted-tab") return quote(`\t${c}`);
            if (h === "spaces") return ` ${c} `;
            if (h === "quoted-excel") return quote(`="${c}"`);
            return c;
          })
          .join(","),
      ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '="小美",="2026-08-03",="1",1,1,1,,"',
      '小"美",2026-08-03,1,1,1,1,,',
      '="小美"x,2026-08-03,1,1,1,1,,',
      '"小美",2026-08-03,"1,2",1,1,1,95%,',
      '"小""美",2026-08-03,1,1,1,1,,',
      '"小美" ,2026-08-03,1,1,1,1,,',
      ' "小美",2026-08-03,1,1,1,1,,',
      '小"美,2026-08-03,1,1,1,1,,',
      '"小美\n阿杰",2026-08-03,1,1,1,1,,',
      '"小美\r\n",2026-08-03,1,1,1,1,,',
      '小美,2026-08-06,1,1,1,1,,"备注\n第二行"',
      '"小美","2026-08-07","1","1","1","1","","售前\r\n（兼）"',
      '"\n",""',
      '"\r\n"',
      '小美,2026-08-08,1,1,1,1,"a\rb",',
      '小美,2026-08-09,1,1,1,1,"a\nb"x,',
      '小美,2026-08-10,1,1,1,1,"a\n""b""",',
      '阿杰,2026-08-11,1,1,1,1,,"未完\n',
      '"",2026-08-03,"","",,,,',
      '"","","",""',
      '""',
      '"　",""," "',
      '"小美,2026-08-03,1,1,1,1,,',
      '"小美",2026-08-03,1,1,1,1,,"',
      '"小美","2026-08-04","12","3","1,234.50","1","95%","售前","x","y"',
      '"小美"',
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "   ",
      ",,,,",
      " , ,\t,",
      "　,　",
      '"小美",2026-08-03,1,1,1,1,95%,',
      '阿杰,2026-08-04,"1,2",1,1,1,,',
      "小美,2026-08-05\r,1,1,1,1,,",
      "阿杰,2026-08-06",
      "阿杰,2026-08-07,1,1,1,1,,,extra,cells",
      "阿杰,2026-08-08,1,1,1,1,,,note",
      "阿杰,2026-08-09,1,1,1,1,,,, ,\t",
      "阿杰,2026-08-10,1,1,1,6,022.91,,",
      // No ASCII text until past the header: the lane cuts past its last wanted cell first.
      "甲,乙,丙,丁,戊,己,庚,辛,壬,癸,1",
      "合计,,100,50,1000,1,,",
      "小美,2026-13-01,1,1,1,1,,",
      "小美,2026-08-09,1,2,1,1,,",
    ),
  },
);

const csvCase = fc.record({
  quotedHeader: fc.boolean(),
  encoding: fc.constantFrom("utf-8", "utf-8-bom", "gb18030"),
  eol: fc.constantFrom("\n", "\r\n"),
  lines: fc.array(line, { minLength: 0, maxLength: 60 }),
  trailing: fc.constantFrom("", "\n", "\n\n", "\r", '\n""', '\n""\n'),
});

function encode(text: string, encoding: string): Buffer {
  if (encoding === "gb18030") return iconv.encode(text, "gb18030");
  const body = Buffer.from(text, "utf8");
  return encoding === "utf-8-bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** `text` as a CSV file of its own (in a new folder named after `tag`). */
function written(text: string, tag: string): string {
  const path = join(tempDir(tag), "f.csv");
  writeFileSync(path, text);
  return path;
}

/** The file read by the byte lane and by the string parser alone, which must agree: the lane's. */
async function readBothWays(path: string) {
  const strings = await parseFile(path, "f.csv", columns, { ...read, plainLines: false });
  const bytes = await parseFile(path, "f.csv", columns, read);
  expect(bytes).toEqual(strings);
  return bytes;
}

describe("the byte lane", () => {
  it("reads what the string parser reads (property)", async () => {
    const dir = tempDir("kpi-lane");
    await fc.assert(
      fc.asyncProperty(csvCase, async (c) => {
        const header = (c.quotedHeader ? HEADER.map(quote) : HEADER).join(",");
        const text = `${[header, ...c.lines].join(c.eol)}${c.trailing}`;
        const path = join(dir, "f.csv");
        writeFileSync(path, encode(text, c.encoding));
        await readBothWays(path);
      }),
      { numRuns: 300 },
    );
  });

  it("reads a remark cell holding line breaks itself and reads on, as the string parser does", async () => {
    const text =
      "客服,日期,询单人数,最终付款人数,客服销售额,备注\r\n" +
      '小美,2026-08-01,3,1,10,"客户投诉\r\n已回访"\r\n' +
      '"阿杰","2026-08-02","4","2","20","第一行\n第二行\n"\r\n' +
      "小美,2026-08-03,5,2,30,\r\n";
    const path = written(text, "kpi-lane-remarks");
    const bytes = await readBothWays(path);
    expect(bytes.tables[0]?.account).toMatchObject({ read: 3, scored: 3 });
    // The whole file on the lane: the string parser read none of it.
    const size = Buffer.byteLength(text);
    const whole = await parseRange(path, "f.csv", columns, read, {
      start: 0,
      end: size,
      firstRecord: 0,
    });
    expect(whole.byString).toBe(false);
  });

  it("reads remark cells holding line breaks across its 1 MB reads, as the string parser does", async () => {
    // Every 7th row has one: some straddle a read's end, inside the quotes or between CR and LF.
    const rows: string[] = ["客服,日期,询单人数,最终付款人数,客服销售额,备注"];
    for (let i = 0; i < 30_000; i++) {
      const day = String((i % 28) + 1).padStart(2, "0");
      const remark = i % 7 === 0 ? `"第${i}条\r\n${"回访".repeat(i % 5)}\n"` : "";
      rows.push(`a${i % 300},2026-08-${day},${i % 50},${i % 9},${i % 1000}.5,${remark}`);
    }
    const dir = tempDir("kpi-lane-remarks-big");
    const path = join(dir, "f.csv");
    writeFileSync(path, `${rows.join("\r\n")}\r\n`);
    const bytes = await readBothWays(path);
    expect(bytes.tables[0]?.account.read).toBe(30_000);
  });

  it("reads on across its 1 MB reads inside a remark's quotes and between a CR and its LF", async () => {
    const header = "客服,日期,询单人数,最终付款人数,客服销售额,备注";
    const remark = '小美,2026-08-02,3,1,10,"客户投诉\r\n已回访"';
    const block = 1 << 20;
    const dir = tempDir("kpi-lane-remark-edge");
    // The lane's first read ends `block` bytes after the header; put that end at `cut` bytes
    // into the remark row: inside its quotes, then between the CR and LF that end it.
    for (const cut of [28, Buffer.byteLength(remark) + 1]) {
      const rows: string[] = [];
      let size = 0;
      const filler = (i: number) => `a${i % 300},2026-08-01,${i % 50},1,${i % 1000}.5,`;
      while (size + 64 < block - cut) {
        const row = filler(rows.length);
        rows.push(row);
        size += Buffer.byteLength(row) + 2;
      }
      // The last filler row padded so that the remark row starts `cut` bytes before the read's end.
      const pad = block - cut - size - Buffer.byteLength(filler(rows.length)) - 2;
      rows.push(filler(rows.length) + "x".repeat(pad));
      rows.push(remark, "阿杰,2026-08-03,5,2,30,");
      const text = `${header}\r\n${rows.join("\r\n")}\r\n`;
      const path = join(dir, `f${cut}.csv`);
      writeFileSync(path, text);
      const at = Buffer.byteLength(`${header}\r\n`) + block - cut;
      expect(Buffer.from(text).subarray(at).toString().startsWith(remark)).toBe(true);
      await readBothWays(path);
      const whole = await parseRange(path, "f.csv", columns, read, {
        start: 0,
        end: Buffer.byteLength(text),
        firstRecord: 0,
      });
      expect(whole.byString).toBe(false);
    }
  });

  it("starts after the header only where each line above it ends a record for PapaParse", async () => {
    // Quotes inside cells: PapaParse opens one at `,"z`, so the two lines are one record and the
    // header is the second; flipping on every quote, the lane took the header for a row.
    const text =
      'x"y,"z\na"b,c"\n' +
      "客服,日期,询单人数,最终付款人数,客服销售额\n" +
      "小美,2026-08-01,3,1,10\n" +
      "阿杰,2026-08-02,4,2,20\n";
    const path = written(text, "kpi-lane-head");
    const bytes = await readBothWays(path);
    expect(bytes.tables[0]?.account).toMatchObject({ read: 2, scored: 2 });
  });

  it("names a time-of-day cell it refuses by its own text, not the column's last text", async () => {
    // The lane leaves a plain number's text undecoded: the dash two rows up was still in its slot.
    const text =
      "客服,日期,询单人数,首次响应时间(秒)\n" +
      "小美,2026-08-01,3,-\n" +
      "小美,2026-08-02,4,0.000243056\n";
    const path = written(text, "kpi-lane-fraction");
    const bytes = await readBothWays(path);
    expect(bytes.tables[0]?.rejected[0]?.why).toMatchObject({
      code: "day-fraction",
      clock: "00:00:21",
      value: "0.000243056",
    });
  });

  it("folds a daily amount-rate without its denominator as the string reading does: not a day's value", async () => {
    // 客服客单价 by day needs 最终付款人数 to weigh each day: without it the day is no value
    // (numeric-plan.ts refuses its weight), though the lane read the cell as a plain number.
    const text =
      "客服,日期,询单人数,客服客单价\n" + "小美,2026-08-01,3,120.5\n" + "小美,2026-08-02,4,98\n";
    const path = written(text, "kpi-lane-refused");
    const bytes = await readBothWays(path);
    const part = bytes.tables[0]?.parts[0];
    expect(part?.reasonTexts).toContain("daily ratio without its denominator");
  });

  it("leaves full-width digits and units to the string reading, which reads them", async () => {
    // Plain lines (no quote): the lane cuts them, and hands these cells over as text.
    for (const t of ["９０", "708元", "90分", "2次", "１２３"]) {
      const bytes = Buffer.from(t, "utf8");
      expect(plainInto(bytes, 0, bytes.length, new Float64Array(1), 0)).toBe(false);
    }
    const text =
      "客服,日期,询单人数,最终付款人数,客服销售额,平均响应时间(分)\n" +
      "小美,2026-08-01,９０,４５,708.0元,１分３０秒\n" +
      "小美,2026-08-02,10,5,¥100,2\n";
    const path = written(text, "kpi-lane-typed");
    await readBothWays(path);
    const r = await ingestTemp({ "f.csv": text });
    expect(r.rejected).toEqual([]);
    expect(r.agentMonths[0]?.values).toMatchObject({
      inquiries: 100,
      paid_buyers: 50,
      agent_sales: 808,
    });
  });

  it('reads Excel\'s ="…" text cells (agent, date, numbers) as the same file written plainly', async () => {
    const plain =
      "客服,日期,询单人数,最终付款人数,客服销售额\n" +
      '棉语:小美,2026-08-01,43,14,"2,618.83"\n' +
      "棉语:小美,2026-08-02,17,3,100\n";
    const wrapped =
      "客服,日期,询单人数,最终付款人数,客服销售额\n" +
      '"=""棉语:小美""","=""2026-08-01""","=""43""","=""14""","2,618.83"\n' +
      '\t="棉语:小美",="2026-08-02",="17",="3",="100"\n';
    const a = await ingestTemp({ "a.csv": plain });
    const b = await ingestTemp({ "a.csv": wrapped });
    expect(b.rejected).toEqual([]);
    expect(b.agentMonths.map((m) => [m.agent, m.month, m.values])).toEqual(
      a.agentMonths.map((m) => [m.agent, m.month, m.values]),
    );
    // Wrapped or not, one spelling of one name: no warning.
    expect(b.problems.filter((p) => p.why?.code === "spelling")).toEqual([]);
    const both = await ingestTemp({
      "a.csv": wrapped,
      "b.csv": plain.replaceAll("2026-08", "2026-09"),
    });
    expect(both.problems.filter((p) => p.why?.code === "spelling")).toEqual([]);
    expect(new Set(both.agentMonths.map((m) => m.agent))).toEqual(new Set(["棉语:小美"]));
  });

  it("reads a plain number from its bytes as plainNumber reads its text (property)", () => {
    const text = fc.oneof(
      fc.stringMatching(/^[0-9]{0,18}(\.[0-9]{0,6})?$/),
      fc.string({ unit: fc.constantFrom("0", "1", "9", ".", "-", "+", "e", " ", "٣") }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const bytes = Buffer.from(`x${t}y`, "utf8");
        const out = new Float64Array(1);
        const got = plainInto(bytes, 1, bytes.length - 1, out, 0) ? out[0] : -1;
        const want = plainNumber(t);
        // −1 leaves the cell to its text (a sign, over 15 digits); any other answer is plainNumber's.
        if (got !== -1) expect(got).toBe(want);
        if (/^[0-9]{1,15}(\.[0-9]*)?$/.test(t) && t.replace(".", "").length <= 15)
          expect(got).toBe(want);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a dressed number (`\\t84`, `="84"`, `1,234.50`) from its bytes as the string reading does (property)', () => {
    const core = fc.oneof(
      fc.stringMatching(/^[0-9]{1,16}(\.[0-9]{0,4})?$/),
      fc.stringMatching(/^[0-9]{1,3}(,[0-9]{1,4}){0,3}(\.[0-9]{0,3})?$/),
      fc.string({
        unit: fc.constantFrom("0", "1", "9", ".", ",", "-", "+", "e", " ", "\t", '"', "="),
      }),
    );
    const dressed = fc
      .tuple(core, fc.constantFrom("", " ", "\t", "\t ", "  "), fc.constantFrom("", " ", "\t"))
      .chain(([c, before, after]) =>
        fc.constantFrom(
          `${before}${c}${after}`,
          `${before}="${c}"${after}`,
          `="${before}${c}${after}"`,
        ),
      );
    fc.assert(
      fc.property(dressed, (t) => {
        const bytes = Buffer.from(`x${t}y`, "utf8");
        const out = new Float64Array(1);
        if (!dressedInto(bytes, 1, bytes.length - 1, out, 0)) return;
        // What the string reading of the cell gives, in a count and in a seconds column.
        expect(parseNumber(t, "count")).toEqual({ ok: true, value: out[0] });
        expect(parseSeconds(t)).toEqual({ ok: true, value: out[0] });
        expect(out[0] === 0 || (out[0] as number) >= 1).toBe(true);
      }),
      { numRuns: 3000 },
    );
    for (const [t, v] of [
      ["\t84", 84],
      ['="84"', 84],
      [' =" 2,618.83 " ', 2618.83],
      ["1,234,567.5", 1234567.5],
      ["\t0", 0],
    ] as const) {
      const bytes = Buffer.from(t, "utf8");
      const out = new Float64Array(1);
      expect(dressedInto(bytes, 0, bytes.length, out, 0)).toBe(true);
      expect(out[0]).toBe(v);
    }
    // A fraction of a second may be a time of day: the string reading's, as is anything odd.
    for (const t of ["\t0.5", "1,23", "1,234.", '="1""2"', '= "12"', "-5", "\t"]) {
      const bytes = Buffer.from(t, "utf8");
      expect(dressedInto(bytes, 0, bytes.length, new Float64Array(1), 0)).toBe(false);
    }
  });

  it('reads a file of Excel text cells (="…") or tab-led quoted cells to its end, numbers from their bytes', async () => {
    const dir = tempDir("kpi-lane-dressed");
    const rows = [
      '="小美",="2026-08-01",="43",="14",="2618.83"',
      '"\t阿杰","\t2026-08-01","\t17","\t3","\t1,234.50"',
    ];
    for (const body of rows) {
      const text = `客服,日期,询单人数,最终付款人数,客服销售额\n${body}\n${body.replaceAll("08-01", "08-02")}\n`;
      const path = join(dir, "f.csv");
      writeFileSync(path, text);
      const size = Buffer.byteLength(text);
      const start = Buffer.from(text).indexOf("\n") + 1;
      const plain: number[][] = [];
      const end = await laneRecords(
        path,
        "utf-8",
        start,
        size,
        1,
        ",",
        { text: [0, 1], plain: [2, 3, 4] },
        (_cells, _record, p) => plain.push([...p.isPlain.subarray(2, 5)]),
      );
      expect(end.at).toBe(size);
      expect(plain).toEqual([
        [1, 1, 1],
        [1, 1, 1],
      ]);
      await readBothWays(path);
    }
  });

  it("numbers each distinct cell text once: equal texts, equal numbers (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 40 }),
        (texts) => {
          const cells = new CellText("utf-8");
          const idOf = new Map<string, number>();
          for (const t of texts) {
            const bytes = Buffer.from(`,${t},`, "utf8");
            expect(cells.text(bytes, 1, bytes.length - 1)).toBe(t);
            const id = idOf.get(t) ?? cells.lastId;
            expect(cells.lastId).toBe(id);
            idOf.set(t, id);
          }
          expect(new Set(idOf.values()).size).toBe(idOf.size);
        },
      ),
    );
  });
});
