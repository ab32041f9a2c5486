/**
 * One window of the byte lane (src/ingest/lane-window.ts): where it stops in
 * a buffer, what it hands the sink, and where it hands the file over to the
 * string parser. The whole lane against the string parser is
 * test/ingest/byte-records.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { PlainCells } from "~/ingest/byte-records.ts";
import { Lane } from "~/ingest/lane-window.ts";

interface Seen {
  record: number;
  cells: string[];
  values: number[];
  blank: boolean;
}

/** A lane over cells 0 (text) and 1–2 (plain numbers), from byte `start` numbered `record`. */
function lane(start = 0, record = 0) {
  const seen: Seen[] = [];
  const sink = (cells: string[], at: number, plain: PlainCells) =>
    seen.push({
      record: at,
      cells: [...cells],
      values: [1, 2].map((c) => (plain.isPlain[c] === 1 ? (plain.value[c] as number) : Number.NaN)),
      blank: plain.blank,
    });
  return { lane: new Lane("utf-8", ",", { text: [0], plain: [1, 2] }, sink, start, record), seen };
}

const bytes = (text: string) => Buffer.from(text, "utf8");

describe("a window of the byte lane", () => {
  it("reads its whole lines and stops at the start of an unfinished one", () => {
    const { lane: l, seen } = lane(100, 5);
    const buf = bytes("小美,3,4.5\n阿杰,7,8\n小");
    const at = l.window(buf, buf.length, 100, false);
    expect(at).toBe(buf.indexOf("小", 5));
    expect(l.stop).toBeNull();
    expect(seen.map((s) => [s.record, s.cells[0], ...s.values])).toEqual([
      [5, "小美", 3, 4.5],
      [6, "阿杰", 7, 8],
    ]);
    expect([l.record, l.records]).toEqual([7, 7]);
  });

  it("reads the last line without its newline at the end of the file, and no trailing empty line", () => {
    const { lane: l, seen } = lane();
    const buf = bytes("小美,3,4\n\n阿杰,5,6\n\n\n");
    expect(l.window(buf, buf.length, 0, true)).toBe(buf.length);
    // The empty line between two records is a one-cell blank record, as the string parser gives it.
    expect(seen.map((s) => [s.record, s.cells[0], s.blank])).toEqual([
      [0, "小美", false],
      [1, "", true],
      [2, "阿杰", false],
    ]);
    expect(l.records).toBe(3);
    const last = lane();
    const tail = bytes("小美,3,4");
    // Past its end (after the newline it does not have): nothing is left to read on from.
    expect(last.lane.window(tail, tail.length, 0, true)).toBeGreaterThanOrEqual(tail.length);
    expect(last.seen.map((s) => s.values)).toEqual([[3, 4]]);
  });

  it("stops at a lone carriage return, before the empty lines that lead to it", () => {
    const { lane: l, seen } = lane(1000, 10);
    const buf = bytes("小美,3,4\n\n\n阿杰,5\r6,7\n");
    l.window(buf, buf.length, 1000, true);
    // The string parser reads on from the first empty line, numbered as the record it is.
    expect(l.stop).toEqual({ at: 1000 + buf.indexOf("\n") + 1, record: 11, records: 11 });
    expect(seen.map((s) => s.cells[0])).toEqual(["小美"]);
  });

  it("gives a cell's text for a number it could not read, and reads the next window's repeats the same", () => {
    const { lane: l, seen } = lane();
    const first = bytes("小美,-,1,234\n");
    l.window(first, first.length, 0, false);
    const second = bytes("小美,-,12\n");
    l.window(second, second.length, first.length, true);
    expect(seen.map((s) => [s.cells[1], ...s.values])).toEqual([
      ["-", Number.NaN, 1],
      ["-", Number.NaN, 12],
    ]);
  });
});
