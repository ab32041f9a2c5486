/**
 * One file parsed in byte ranges gives exactly what the sequential parse
 * gives — accounting, rejected and skipped rows with their row numbers,
 * problems, agent-month sums — or declines (null) and leaves the file to the
 * sequential parse. Random CSVs: LF or CRLF, UTF-8 (with or without BOM) or
 * GB18030, notice lines, quoted cells with newlines and quotes, every cell
 * quoted, blank lines,
 * bad values and repeated days.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { AgentMonthFold } from "~/ingest/fold.ts";
import { type FoldPart, mergePart, partOf } from "~/ingest/fold-part.ts";
import { inputColumns } from "~/ingest/ingest.ts";
import { parseFile } from "~/ingest/parse-file.ts";
import { parseInRanges, parseRange } from "~/ingest/parse-ranges.ts";
import { planRanges } from "~/ingest/split-ranges.ts";

const anywhere = {
  cut: () => true,
  headBytes: 10,
};

import { tempDir } from "../support/temp-dir.ts";

const HEADER = ["客服", "日期", "询单人数", "最终付款人数", "客服销售额"];
const columns = inputColumns();
const read = { today: "2026-11-26" };

const plainName = fc.constantFrom("小美", "阿杰", "𠮷田", "Zoë");
const quotedName = fc.constantFrom('"小\n美"', '"阿""杰"', '"a,b"', '"x\r\ny"');
const odd = fc.constantFrom("-", "", "abc", "1,5", "12.50");
const count = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 0, max: 500 }).map(String) },
  { weight: 1, arbitrary: odd },
);
// Amounts in cents: their sums depend on the order they are added in.
const amount = fc.oneof(
  {
    weight: 20,
    arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((n) => (n / 100).toFixed(2)),
  },
  { weight: 1, arbitrary: odd },
);
const row = (quotes: boolean) =>
  fc
    .tuple(
      quotes ? fc.oneof({ weight: 9, arbitrary: plainName }, quotedName) : plainName,
      fc.constantFrom("07", "08", "09"),
      fc.integer({ min: 1, max: 30 }),
      fc.tuple(count, count, amount),
    )
    .map(([name, month, day, cells]) => [
      name,
      `2026-${month}-${String(day).padStart(2, "0")}`,
      ...cells,
    ]);

const csvCase = fc.record({
  encoding: fc.constantFrom("utf-8", "utf-8-bom", "gb18030"),
  eol: fc.constantFrom("\n", "\r\n"),
  notice: fc.boolean(),
  quotes: fc.boolean(),
  /** Every cell quoted, as warehouses and BI tools write them. */
  quoteAll: fc.boolean(),
  /** Sampled first, as in use, or not (so the proof after the parse meets every shape). */
  sample: fc.boolean(),
  /** Otherwise every cell dressed to stay text in Excel: `="…"`, or quoted with a tab before it. */
  dress: fc.constantFrom("none", "none", "excel", "tab"),
  rows: fc.integer({ min: 0, max: 1 }).chain((q) =>
    fc.uniqueArray(row(q === 1), {
      minLength: 1,
      maxLength: 250,
      selector: (r) => `${r[0]} ${r[1]}`,
    }),
  ),
  /** A day given twice (index into the rows), sometimes. */
  repeat: fc.option(fc.nat()),
  blanks: fc.array(fc.nat(), { maxLength: 3 }),
  parts: fc.integer({ min: 2, max: 4 }),
  trailing: fc.constantFrom("", "\n", "\n\n"),
  /** Exports come sorted by date (months in blocks); sometimes not. */
  sorted: fc.nat({ max: 4 }).map((n) => n > 0),
  /** Sometimes no agent column: the table is refused, and the ranged parse declines it. */
  refused: fc.nat({ max: 7 }).map((n) => n === 0),
});

function encode(text: string, encoding: string): Buffer {
  if (encoding === "gb18030") return iconv.encode(text, "gb18030");
  const body = Buffer.from(text, "utf8");
  return encoding === "utf-8-bom" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

type CsvCase = typeof csvCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: CsvCase) {
  const lines: string[] = [];
  if (c.notice) lines.push('"数据来源:千牛-接待中心 统计时间:2026-08"', "");
  lines.push((c.refused ? ["备注", ...HEADER.slice(1)] : HEADER).join(","));
  const head = encode(`${lines.join(c.eol)}${c.eol}`, c.encoding).length;
  const given =
    c.repeat === null ? c.rows : [...c.rows, c.rows[c.repeat % c.rows.length] as string[]];
  const rows = c.sorted
    ? [...given].sort((a, b) =>
        (a[1] as string).slice(0, 7).localeCompare((b[1] as string).slice(0, 7)),
      )
    : given;
  const dressed = (cell: string) =>
    c.quoteAll
      ? `"${cell.replaceAll('"', '""')}"`
      : c.dress === "excel"
        ? `="${cell.replaceAll('"', '""')}"`
        : c.dress === "tab"
          ? `"\t${cell.replaceAll('"', '""')}"`
          : cell;
  const body = rows.map((r) => r.map(dressed).join(","));
  for (const b of c.blanks) body.splice(b % (body.length + 1), 0, "");
  const text = `${[...lines, ...body].join(c.eol)}${c.trailing.replaceAll("\n", c.eol)}`;
  return { bytes: encode(text, c.encoding), head };
}

/** The ranges' parts folded in order and detached again: what the sequential parse's one part is. */
function refolded(parts: readonly FoldPart[]): FoldPart {
  const fold = new AgentMonthFold(columns);
  for (const part of parts) mergePart(fold, part);
  const [first] = parts as [FoldPart];
  return partOf(fold, first.file, first.columns);
}

/** parseRange, keeping where each range it was given starts. */
function recording() {
  const starts: number[] = [];
  const parse: typeof parseRange = (...args) => {
    starts.push(args[4].start);
    return parseRange(...args);
  };
  return { parse, starts };
}

/** Three agents' days over three months; `remark(month, row)` is each row's 备注 cell. */
function remarkRows(remark: (month: string, row: number) => string): string[] {
  const rows: string[] = [];
  for (const m of ["07", "08", "09"])
    for (let d = 1; d <= 20; d++)
      for (const a of ["小美", "阿杰", "乐乐"])
        rows.push(
          `${a},2026-${m}-${String(d).padStart(2, "0")},${d},1,${(d * 13.37).toFixed(2)},${remark(m, rows.length)}`,
        );
  return rows;
}

describe("one file in byte ranges", () => {
  it("gives what the sequential parse gives, or declines (property)", async () => {
    const dir = tempDir("kpi-ranges");
    let ranged = 0;
    let rangedQuoted = 0;
    let rangedDressed = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(csvCase, async (c) => {
        const path = join(dir, `case-${runs++}.csv`);
        const { bytes, head } = build(c);
        writeFileSync(path, bytes);
        const [sequential] = (await parseFile(path, "f.csv", columns, read)).tables;
        const parallel = await parseInRanges(
          parseRange,
          path,
          "f.csv",
          columns,
          read,
          c.parts,
          head,
          c.sample,
        );
        if (parallel !== null) {
          ranged++;
          if (c.quoteAll) rangedQuoted++;
          else if (c.dress !== "none") rangedDressed++;
          expect({ ...parallel, parts: [refolded(parallel.parts)] }).toEqual(sequential);
        }
      }),
      { numRuns: 200 },
    );
    // The test must exercise the ranged path, not only its refusals.
    expect(ranged).toBeGreaterThan(runs / 4);
    expect(rangedQuoted).toBeGreaterThan(runs / 10);
    expect(rangedDressed).toBeGreaterThan(runs / 20);
  });

  it("splits a quote-free file on record ends, numbering each range's first record", async () => {
    const dir = tempDir("kpi-ranges");
    const path = join(dir, "a.csv");
    const text = `${HEADER.join(",")}\r\n${Array.from({ length: 100 }, (_, i) => `小美,2026-08-${String((i % 31) + 1).padStart(2, "0")},1,1,1`).join("\r\n")}\r\n`;
    writeFileSync(path, text);
    const ranges = await planRanges(path, 0, Buffer.byteLength(text), 3, anywhere);
    expect(ranges?.length).toBe(3);
    const lines = text.split("\r\n");
    for (const r of ranges ?? []) {
      const before = Buffer.from(text).subarray(0, r.start).toString("utf8");
      expect(before.endsWith("\r\n") || r.start === 0).toBe(true);
      expect(r.firstRecord).toBe(before.split("\r\n").length - 1);
      expect(lines[r.firstRecord]).toBe(
        Buffer.from(text).subarray(r.start).toString("utf8").split("\r\n")[0],
      );
    }
  });

  it("finds a far month change by bisection: the same cuts as testing every line", async () => {
    const dir = tempDir("kpi-ranges");
    const path = join(dir, "months.csv");
    // Three months of ~600 KB each: a cut target is up to a month (many probes) from a change.
    const rows: string[] = [];
    for (const m of ["07", "08", "09"])
      for (let i = 0; i < 20_000; i++)
        rows.push(`a${i % 997},2026-${m}-${String((i % 28) + 1).padStart(2, "0")},1,1,1`);
    const text = `${HEADER.join(",")}\n${rows.join("\n")}\n`;
    writeFileSync(path, text);
    const month = (line: Uint8Array) =>
      Buffer.from(line).toString("utf8").split(",")[1]?.slice(0, 7) ?? null;
    const cut = (a: Uint8Array, b: Uint8Array) => {
      const x = month(a);
      const y = month(b);
      return x !== null && y !== null && x !== y;
    };
    const size = Buffer.byteLength(text);
    const linear = await planRanges(path, 0, size, 4, { cut, headBytes: 10 });
    const bisected = await planRanges(path, 0, size, 4, { cut, key: month, headBytes: 10 });
    expect(linear?.map((r) => r.start)).toHaveLength(3);
    expect(bisected).toEqual(linear);
    const bytes = Buffer.from(text);
    for (const r of bisected?.slice(1) ?? [])
      expect(bytes.subarray(r.start - 20, r.start + 20).toString("utf8")).toMatch(
        /2026-0(7|8)-\d\d,1,1,1\na\d+,2026-0(8|9)-/,
      );
  });

  it("declines mixed line endings, and never cuts inside a quoted field whose lines look like rows", async () => {
    const dir = tempDir("kpi-ranges");
    const rows = Array.from({ length: 60 }, (_, i) => `a${i},2026-08-01,1,1,1`);
    const mixed = join(dir, "mixed.csv");
    writeFileSync(
      mixed,
      `${HEADER.join(",")}\n${rows.slice(0, 30).join("\n")}\r\n${rows.slice(30).join("\r\n")}\r\n`,
    );
    expect(await planRanges(mixed, 0, 2000, 2, anywhere)).toBeNull();
    // A cell quoting 40 lines pasted from another export, across the middle of the file: its
    // lines change month where the cut would go, and the plan's quote count sees they are a cell.
    const pasted = Array.from({ length: 40 }, (_, i) => `b${i},2026-0${i < 25 ? 7 : 8}-05,1,1,1`);
    const before = rows.slice(0, 20).map((r) => r.replace("08", "07"));
    const after = rows.slice(40).map((r, i) => (i < 10 ? r : r.replace("08", "09")));
    const text = `${HEADER.join(",")}\n${before.join("\n")}\n"${pasted.join("\n")}",2026-08-02,1,1,1\n${after.join("\n")}\n`;
    const inside = join(dir, "inside.csv");
    writeFileSync(inside, text);
    const [sequential] = (await parseFile(inside, "inside.csv", columns, read)).tables;
    expect(sequential?.account.read).toBe(41);
    const counted = recording();
    const parallel = await parseInRanges(
      counted.parse,
      inside,
      "inside.csv",
      columns,
      read,
      2,
      10,
      false,
    );
    // The cut inside the cell (b24 → b25) is passed over for the next month change (08 → 09).
    const bytes = Buffer.from(text);
    expect(counted.starts).toEqual([0, bytes.indexOf("a50,")]);
    expect({ ...parallel, parts: [refolded(parallel?.parts ?? [])] }).toEqual(sequential);
  });

  it("declines a quote inside a cell: an odd one at the plan, an even one after the string parser read it", async () => {
    // PapaParse reads 小"美 as text; the plan's count takes the quote for an open cell, so no
    // cut after it is a record's start. A cell's text after its closing quote ("小"美) leaves
    // the count even, but the byte lane leaves the line to the string parser, whose state (its
    // line-ending normaliser counts quotes and may keep the CRs of every later line) a later
    // range, starting fresh, would not share: once parsed, that range declines the split.
    const dir = tempDir("kpi-ranges");
    const lines = (odd: string) => [
      "客服,日期,询单人数,首次响应时间(秒)",
      "小美,2026-08-01,3,5",
      `${odd},2026-08-02,3,5`,
      "阿杰,2026-08-03,3,5",
      "小美,2026-09-01,3,0.000243056",
      "阿杰,2026-09-02,3,6",
    ];
    const counted = recording();
    const inRanges = (name: string, odd: string) => {
      const path = join(dir, name);
      writeFileSync(path, `${lines(odd).join("\r\n")}\r\n`);
      return parseInRanges(counted.parse, path, name, columns, read, 2, 10, false);
    };
    expect(await inRanges("odd.csv", '小"美')).toBeNull();
    expect(counted.starts.length).toBe(0);
    expect(await inRanges("even.csv", '"小"美')).toBeNull();
    expect(counted.starts.length).toBe(2);
  });

  it("splits a file with remarks holding line breaks in every range, as the sequential parse reads it", async () => {
    // A help desk's export: a remark cell with line breaks on every fifth row, LF inside the
    // cell and CRLF between records (as Excel saves it). The plan counts the records, not the
    // lines, so every range is numbered as the sequential parse numbers it.
    const dir = tempDir("kpi-ranges");
    const rows = remarkRows((_, i) => (i % 5 === 0 ? '"已回访\n客户满意"' : ""));
    const header = `${HEADER.join(",")},备注`;
    const path = join(dir, "remarks.csv");
    writeFileSync(path, `${header}\r\n${rows.join("\r\n")}\r\n`);
    const [sequential] = (await parseFile(path, "remarks.csv", columns, read)).tables;
    const counted = recording();
    const parallel = await parseInRanges(counted.parse, path, "remarks.csv", columns, read, 2, 40);
    expect(counted.starts.length).toBe(2);
    expect(parallel).not.toBeNull();
    expect({ ...parallel, parts: [refolded(parallel?.parts ?? [])] }).toEqual(sequential);
  });

  it("counts records across 1 MB blocks: a remark spanning a block's end, and a file dense in quotes", async () => {
    const dir = tempDir("kpi-ranges");
    const header = `${HEADER.join(",")},备注`;
    // 60,000 rows of ~40 bytes: past two of the counting pass's 1 MB blocks.
    const rows: string[] = [];
    for (const m of ["07", "08", "09"])
      for (let d = 1; d <= 20; d++)
        for (let a = 0; a < 1000; a++)
          rows.push(`a${a},2026-${m}-${String(d).padStart(2, "0")},${d},1,${a}.5,`);
    rows[50_000] = (rows[50_000] as string).replace(",1,", ",abc,"); // rejected: its row number counts
    // The row whose end comes just before the first 1 MB block's: a remark of 300 bytes put
    // there opens its quote in that block and closes it in the next.
    const beforeBlockEnd = (text: string[]) => {
      let at = Buffer.byteLength(`${header}\r\n`);
      for (const [i, r] of text.entries()) {
        if (at + Buffer.byteLength(r) > (1 << 20) - 200) return i;
        at += Buffer.byteLength(`${r}\r\n`);
      }
      return -1;
    };
    const counted = recording();
    const sameAsSequential = async (name: string, body: string[], sample = true) => {
      const path = join(dir, name);
      writeFileSync(path, `${header}\r\n${body.join("\r\n")}\r\n`);
      const [sequential] = (await parseFile(path, name, columns, read)).tables;
      const parallel = await parseInRanges(counted.parse, path, name, columns, read, 2, 40, sample);
      return {
        parallel,
        same: () =>
          expect({ ...parallel, parts: [refolded(parallel?.parts ?? [])] }).toEqual(sequential),
      };
    };
    // A remark of several lines (a bare LF, as Excel writes one, and a CRLF) across the first
    // block's end, another every 500th row: counted as records, the file splits.
    const spanning = rows.map((r, i) => (i % 500 === 7 ? `${r}"已回访\n客户满意"` : r));
    const k = beforeBlockEnd(spanning);
    spanning[k] = `${rows[k]}"${"很长的备注".repeat(20)}\n第二行\r\n第三行"`;
    const split = await sameAsSequential("spanning.csv", spanning);
    expect(counted.starts.length).toBe(2);
    expect(split.parallel).not.toBeNull();
    split.same();
    // Every cell quoted (far past the pass's limit): counted by lines, so records spanning
    // lines before the last range (CRLF inside the cell, or the line endings would read as
    // mixed) are found by the sample, or after the parse without it.
    const dense = rows.map((r, i) =>
      r
        .split(",")
        .map((c, j) => (j === 5 && i % 50 === 7 ? `"已回访\r\n客户满意"` : `"${c}"`))
        .join(","),
    );
    counted.starts.length = 0;
    expect((await sameAsSequential("dense.csv", dense)).parallel).toBeNull();
    expect(counted.starts.length).toBe(0);
    expect((await sameAsSequential("dense.csv", dense, false)).parallel).toBeNull();
    expect(counted.starts.length).toBe(2);
  });

  it("splits a file whose records spanning lines are all in its last range", async () => {
    // Only the ranges before the last must hold none when a plan counts lines (sound()).
    const dir = tempDir("kpi-ranges");
    const rows = remarkRows((m) => (m === "09" ? '"已回访\n客户满意"' : ""));
    const header = `${HEADER.join(",")},备注`;
    const path = join(dir, "late-remarks.csv");
    writeFileSync(path, `${header}\n${rows.join("\n")}\n`);
    const [sequential] = (await parseFile(path, "late-remarks.csv", columns, read)).tables;
    const parallel = await parseInRanges(
      parseRange,
      path,
      "late-remarks.csv",
      columns,
      read,
      2,
      header.length + 1,
    );
    expect(parallel).not.toBeNull();
    expect({ ...parallel, parts: [refolded(parallel?.parts ?? [])] }).toEqual(sequential);
  });

  it("splits a file that quotes every cell, as the sequential parse reads it", async () => {
    const dir = tempDir("kpi-ranges");
    const rows: string[] = [];
    for (const m of ["07", "08", "09"])
      for (let d = 1; d <= 20; d++)
        for (const a of ["小美", "阿杰", "a,b"])
          rows.push(
            [a, `2026-${m}-${String(d).padStart(2, "0")}`, String(d), "1", (d * 13.37).toFixed(2)]
              .map((c) => `"${c}"`)
              .join(","),
          );
    const header = HEADER.map((h) => `"${h}"`).join(",");
    const path = join(dir, "quoted.csv");
    writeFileSync(path, `${header}\r\n${rows.join("\r\n")}\r\n`);
    const [sequential] = (await parseFile(path, "quoted.csv", columns, read)).tables;
    const parallel = await parseInRanges(
      parseRange,
      path,
      "quoted.csv",
      columns,
      read,
      2,
      header.length + 2,
    );
    expect(sequential?.account.scored).toBe(180);
    expect(parallel).not.toBeNull();
    expect({ ...parallel, parts: [refolded(parallel?.parts ?? [])] }).toEqual(sequential);
  });

  it('splits a file of Excel text cells (="…") or tab-led quoted cells, as the sequential parse reads it', async () => {
    const dir = tempDir("kpi-ranges");
    for (const dress of [(c: string) => `="${c}"`, (c: string) => `"\t${c}"`]) {
      const rows: string[] = [];
      for (const m of ["07", "08", "09"])
        for (let d = 1; d <= 20; d++)
          for (const a of ["小美", "阿杰"])
            rows.push(
              [a, `2026-${m}-${String(d).padStart(2, "0")}`, String(d), "1", (d * 13.37).toFixed(2)]
                .map(dress)
                .join(","),
            );
      const header = HEADER.join(",");
      const path = join(dir, "dressed.csv");
      writeFileSync(path, `${header}\n${rows.join("\n")}\n`);
      const [sequential] = (await parseFile(path, "dressed.csv", columns, read)).tables;
      const parallel = await parseInRanges(
        parseRange,
        path,
        "dressed.csv",
        columns,
        read,
        2,
        Buffer.byteLength(header) + 1,
      );
      expect(sequential?.account.scored).toBe(120);
      expect(parallel).not.toBeNull();
      expect({ ...parallel, parts: [refolded(parallel?.parts ?? [])] }).toEqual(sequential);
    }
  });

  it("splits where the month changes, and declines when an agent-month would span two ranges", async () => {
    const dir = tempDir("kpi-ranges");
    const line = (agent: string, month: string, d: number) =>
      `${agent},2026-${month}-${String(d).padStart(2, "0")},${d},1,${(d * 13.37).toFixed(2)}`;
    const sorted: string[] = [];
    const interleaved: string[] = [];
    for (const m of ["07", "08", "09"])
      for (let d = 1; d <= 20; d++) for (const a of ["小美", "阿杰"]) sorted.push(line(a, m, d));
    for (let d = 1; d <= 20; d++)
      for (const m of ["07", "08", "09"])
        for (const a of ["小美", "阿杰"]) interleaved.push(line(a, m, d));
    const header = HEADER.join(",");
    for (const [name, rows, splits] of [
      ["sorted.csv", sorted, true],
      ["interleaved.csv", interleaved, false],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, `${header}\n${rows.join("\n")}\n`);
      const [sequential] = (await parseFile(path, name, columns, read)).tables;
      // Two ranges cut mid-month would add 13.37 × d in another order: not the same sums.
      const counted = recording();
      const parallel = await parseInRanges(
        counted.parse,
        path,
        name,
        columns,
        read,
        2,
        header.length + 1,
      );
      if (splits && parallel)
        expect({ ...parallel, parts: [refolded(parallel.parts)] }).toEqual(sequential);
      else if (splits) expect(parallel).toEqual(sequential);
      else expect(parallel).toBeNull();
      // Lines of the interleaved file's two halves share agent-months: its ranges are not parsed.
      expect(counted.starts.length).toBe(splits ? 2 : 0);
    }
  });
});
