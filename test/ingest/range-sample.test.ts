/**
 * The sample that spares a file in no order its ranged parse: lines of two
 * ranges with the same key say the ranges would share an agent-month; and,
 * for a plan that counted lines, a line left inside a quote says a record
 * spans lines.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rangesLookUnsound } from "~/ingest/range-sample.ts";
import { tempDir } from "../support/temp-dir.ts";

const agents = Array.from({ length: 30 }, (_, i) => `客服${String(i).padStart(2, "0")}`);
const months = ["2026-07", "2026-08", "2026-09"];
const line = (agent: string, month: string, day: number) =>
  `${month}-${String(day).padStart(2, "0")},${agent},${day * 3},${(day * 13.37).toFixed(2)}`;
/** Agent and month of a line `date,agent,…`. */
const key = (bytes: Uint8Array) => {
  const [date, agent] = Buffer.from(bytes).toString("utf8").split(",");
  return date && agent ? `${date.slice(0, 7)} ${agent}` : null;
};

/** The file's bytes and its ranges, cut at the first line of each given month. */
function written(rows: string[], eol: string, cutAt: (row: string, index: number) => boolean) {
  const path = join(tempDir("kpi-sample"), "export.csv");
  const header = "日期,客服,询单人数,客服销售额";
  const starts: number[] = [];
  let at = Buffer.byteLength(header + eol);
  for (const [i, r] of rows.entries()) {
    if (cutAt(r, i) || starts.length === 0) starts.push(at);
    at += Buffer.byteLength(r + eol);
  }
  writeFileSync(path, `${header}${eol}${rows.join(eol)}${eol}`);
  const ranges = starts.map((start, k) => ({ start, end: starts[k + 1] ?? at, firstRecord: 0 }));
  return { path, ranges };
}

describe("sampling a file's ranges", () => {
  const sorted = months.flatMap((m) =>
    Array.from({ length: 20 }, (_, d) => agents.map((a) => line(a, m, d + 1))).flat(),
  );

  it("sees no shared agent-month in a file sorted by month, cut where the month changes", () => {
    for (const eol of ["\n", "\r\n"]) {
      const { path, ranges } = written(
        sorted,
        eol,
        (r) => r.slice(8, 10) === "01" && r.includes("客服00,"),
      );
      expect(ranges).toHaveLength(3);
      expect(rangesLookUnsound(path, ranges, key, false)).toBe(false);
    }
  });

  it("sees an agent-month in two ranges of a file in no order", () => {
    // A deterministic shuffle: every 7th row of 1,800, wrapping (7 and 1,800 are coprime).
    const shuffled = sorted.map((_, i) => sorted[(i * 7) % sorted.length] as string);
    const { path, ranges } = written(
      shuffled,
      "\n",
      (r) => r === shuffled[600] || r === shuffled[1200],
    );
    expect(ranges).toHaveLength(3);
    expect(rangesLookUnsound(path, ranges, key, false)).toBe(true);
  });

  it("skips lines longer than a probe, and lines without a key", () => {
    // One agent-month in both halves (between blank lines): shared when its lines can be
    // read, not when they are too long.
    for (const [row, shared] of [
      [line("客服00", "2026-07", 1), true],
      [`2026-07-01,${"长".repeat(2000)},1,1`, false],
    ] as const) {
      const rows = Array.from({ length: 40 }, (_, i) => (i % 2 ? "" : row));
      const { path, ranges } = written(rows, "\n", (_, i) => i === 20);
      expect(ranges).toHaveLength(2);
      expect(rangesLookUnsound(path, ranges, key, false)).toBe(shared);
    }
  });

  it("sees records spanning lines (remark cells holding line breaks) when asked, not quoted cells", () => {
    const cut = (r: string) => r.slice(8, 10) === "01" && r.includes("客服00,");
    const quoted = sorted.map((r) =>
      r
        .split(",")
        .map((c) => `"${c}"`)
        .join(","),
    );
    // Quoted dates do not start with the date: cut where the unquoted row would be.
    const plainCut = (_: string, i: number) => cut(sorted[i] as string);
    const noKey = () => null;
    const all = written(quoted, "\r\n", plainCut);
    expect(all.ranges).toHaveLength(3);
    expect(rangesLookUnsound(all.path, all.ranges, noKey, true)).toBe(false);
    const remarks = sorted.map((r, i) => (i % 10 === 0 ? `${r},"已回访\n客户满意"` : r));
    const { path, ranges } = written(remarks, "\n", plainCut);
    expect(rangesLookUnsound(path, ranges, noKey, true)).toBe(true);
    // A plan that counted records has no need to look.
    expect(rangesLookUnsound(path, ranges, noKey, false)).toBe(false);
  });
});
