/**
 * The spreadsheet benchmark's data: the same daily rows written twice, as a
 * CSV file and as an .xlsx workbook typed as Excel types them (serial dates,
 * `mm:ss` durations), in a
 * small project (the sample's config and schemes) so a run reads and scores
 * them as `npm run score` would. Deterministic for a given row count.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type CellObject, utils, write } from "@e965/xlsx";
import { mulberry32 } from "../../src/synth/prng.ts";

const HEADER = [
  "客服",
  "日期",
  "询单人数",
  "最终付款人数",
  "客服销售额",
  "店铺销售额",
  "店铺付款人数",
  "首次响应时间",
  "平均响应时间",
  "满意评价数",
  "评价总数",
  "接待人数",
];

/** Days of September 2026 each agent works: 100,000 rows are 4,000 agents × 25 days. */
const DAYS = 25;
const SERIAL_2026_09_01 = 46266;

interface Row {
  agent: string;
  day: number;
  cells: number[];
}

function* rows(count: number): Generator<Row> {
  const rand = mulberry32(20261201);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  for (let day = 1; day <= DAYS; day++) {
    for (let a = 0; a < Math.ceil(count / DAYS); a++) {
      if ((day - 1) * Math.ceil(count / DAYS) + a >= count) return;
      const inquiries = int(20, 120);
      const paid = int(0, inquiries);
      const reviews = int(0, 40);
      yield {
        agent: `坐席${String(a).padStart(4, "0")}`,
        day,
        cells: [
          inquiries,
          paid,
          paid * int(80, 260),
          int(200_000, 300_000),
          int(1200, 1600),
          int(3, 40),
          int(15, 90),
          int(0, reviews),
          reviews,
          inquiries + int(0, 60),
        ],
      };
    }
  }
}

export interface XlsxBenchFiles {
  project: string;
  csv: string;
  xlsx: string;
  rows: number;
}

export function writeBenchFiles(dir: string, repoData: string, count: number): XlsxBenchFiles {
  const project = join(dir, "project");
  mkdirSync(join(project, "data"), { recursive: true });
  cpSync(join(repoData, "schemes"), join(project, "data/schemes"), { recursive: true });
  writeFileSync(join(project, "data/config.yaml"), "defaultScheme: presales\nexports: exports\n");
  const lines = [HEADER.join(",")];
  const aoa: (string | number)[][] = [HEADER];
  const formats: [number, number, string][] = [];
  for (const r of rows(count)) {
    const [inq, paid, sales, shop, buyers, first, avg, sat, rev, recv] = r.cells as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const date = `2026-09-${String(r.day).padStart(2, "0")}`;
    lines.push(
      [r.agent, date, inq, paid, sales, shop, buyers, first, avg, sat, rev, recv].join(","),
    );
    const at = aoa.length;
    const serial = SERIAL_2026_09_01 + r.day - 1;
    aoa.push([
      r.agent,
      serial,
      inq,
      paid,
      sales,
      shop,
      buyers,
      first / 86_400,
      avg,
      sat,
      rev,
      recv,
    ]);
    formats.push([at, 1, "yyyy-mm-dd"], [at, 7, "mm:ss"]);
  }
  const csv = join(dir, "daily.csv");
  writeFileSync(csv, `${lines.join("\n")}\n`);
  const ws = utils.aoa_to_sheet(aoa, { dense: true });
  const data = ws["!data"] as CellObject[][];
  for (const [r, c, z] of formats) {
    const cell = data[r]?.[c];
    if (cell) cell.z = z;
  }
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, "九月");
  const xlsx = join(dir, "daily.xlsx");
  writeFileSync(xlsx, write(wb, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer);
  return { project, csv, xlsx, rows: lines.length - 1 };
}
