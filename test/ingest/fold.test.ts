/**
 * The fold gives the same months however its rows arrive: folded row by row
 * into one fold, or folded per file into parts (each keeping only its file's
 * columns) and merged in file order into a fold that widens as files bring
 * new columns (a file that repeats an earlier one's day is folded row by
 * row, as ingest reads it again). Random files with different column sets, overlapping agents,
 * months and days, missing values with reasons, monthly and daily rows.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AgentMonthFold, type RowValues } from "~/ingest/fold.ts";
import { clashes, mergePart, partOf } from "~/ingest/fold-part.ts";
import { inputColumns } from "~/ingest/ingest.ts";

const columns = inputColumns();
const slotOf = (id: string) => columns.findIndex((c) => c.id === id);
const SLOT_SETS = [
  ["inquiries", "paid_buyers", "agent_sales"],
  ["paid_buyers", "shop_sales", "shop_buyers"],
  ["agent_sales"],
  [], // a sheet whose columns no scheme reads (评分人, 分数): it gives the agent-month, no value
].map((ids) => Int32Array.from(ids, slotOf));

interface Row {
  agent: string;
  month: string;
  day: number;
  values: (number | null)[];
}

const row = fc.record({
  agent: fc.constantFrom("小美", "阿杰", "Zoë"),
  month: fc.constantFrom("2026-07", "2026-08"),
  day: fc.integer({ min: 0, max: 28 }),
  values: fc.array(fc.option(fc.integer({ min: 0, max: 999 }), { freq: 4 }), {
    minLength: 3,
    maxLength: 3,
  }),
});
const file = fc.record({
  set: fc.nat({ max: SLOT_SETS.length - 1 }),
  rows: fc.array(row, { maxLength: 30 }),
});

function rowValues(slots: Int32Array, r: Row): RowValues {
  // One slot more: a scheme's rated input after the built-in columns (ratedRows' test).
  const n = columns.length + 1;
  const v: RowValues = {
    slots,
    header: slots,
    values: new Float64Array(n),
    weights: new Float64Array(n).fill(1),
    missing: new Uint8Array(n),
    reasons: new Array(n),
  };
  slots.forEach((c, i) => {
    const x = r.values[i] ?? null;
    if (x === null) {
      v.missing[c] = 1;
      v.reasons[c] = i === 0 ? "统计中" : "empty";
    } else v.values[c] = x;
  });
  return v;
}

/** Folds a file's rows the way RowReader does: a day (or month) given twice is skipped here. */
function foldRows(fold: AgentMonthFold, name: string, slots: Int32Array, rows: Row[]): void {
  rows.forEach((r, i) => {
    const e = fold.entry(r.agent, r.month);
    if (fold.duplicateOf(e, r.day, slots)) fold.taint(e);
    else fold.add(e, r.day, { file: name, row: i + 2 }, undefined, rowValues(slots, r));
  });
}

const sorted = (fold: AgentMonthFold) =>
  [...fold.agentMonths()].sort((a, b) =>
    a.month === b.month ? (a.agent < b.agent ? -1 : 1) : a.month < b.month ? -1 : 1,
  );

describe("the fold", () => {
  it("gives the same months folded row by row or merged from per-file parts (property)", () => {
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 4 }), (files) => {
        const whole = new AgentMonthFold(columns);
        const merged = new AgentMonthFold(columns);
        files.forEach((f, k) => {
          const slots = SLOT_SETS[f.set] as Int32Array;
          const name = `f${k}.csv`;
          foldRows(whole, name, slots, f.rows);
          const own = new AgentMonthFold(columns);
          foldRows(own, name, slots, f.rows);
          const part = partOf(own, name, slots);
          // A file repeating an earlier one's day is read again against the fold (as ingest does).
          if (clashes(merged, part)) foldRows(merged, name, slots, f.rows);
          else mergePart(merged, part, k % 2 === 0);
        });
        expect(sorted(merged)).toEqual(sorted(whole));
      }),
      { numRuns: 300 },
    );
  });

  it("a row that gives no column repeats only a file that gave none, never an export's month", () => {
    const fold = new AgentMonthFold(columns);
    const counts = SLOT_SETS[0] as Int32Array;
    const none = new Int32Array(0);
    const day = { agent: "小美", month: "2026-09", day: 1, values: [40, 20, 900] };
    foldRows(fold, "export.csv", counts, [day]);
    const e = fold.entry("小美", "2026-09");
    // A long rating sheet (客服, 月份, 评分人, 分数): nothing of it is read, so nothing of it repeats
    // the export (it was rejected as "duplicate … already given at export.csv:2").
    expect(fold.duplicateOf(e, 0, none)).toBeNull();
    fold.add(e, 0, { file: "360.csv", row: 2 }, undefined, rowValues(none, { ...day, day: 0 }));
    // …and an export's row after it is no repeat of it either; a second such sheet is.
    expect(fold.duplicateOf(e, 2, counts)).toBeNull();
    expect(fold.duplicateOf(e, 0, none)).toMatchObject({ file: "360.csv", row: 2 });
  });

  it("names each agent's first row, for a name no roster row has", () => {
    const fold = new AgentMonthFold(columns);
    const counts = SLOT_SETS[0] as Int32Array;
    foldRows(fold, "export.csv", counts, [
      { agent: "小美", month: "2026-09", day: 3, values: [40, 20, 900] },
      { agent: "阿杰", month: "2026-09", day: 3, values: [30, 10, 500] },
    ]);
    foldRows(fold, "评分表.csv", SLOT_SETS[2] as Int32Array, [
      { agent: "小鹿", month: "2026-09", day: 0, values: [1, 0, 0] },
    ]);
    expect(fold.firstRows()).toEqual(
      new Map([
        ["小美", "export.csv:2"],
        ["阿杰", "export.csv:3"],
        ["小鹿", "评分表.csv:2"],
      ]),
    );
  });

  it("names the rating sheet's row of an agent-month no export gave, by agent and month", () => {
    const fold = new AgentMonthFold(columns);
    const counts = SLOT_SETS[0] as Int32Array;
    const none = new Int32Array(0);
    const rating = Int32Array.of(columns.length);
    const rated = new AgentMonthFold([
      ...columns,
      { id: "attitude", kind: "score", headers: ["态度"], rated: true },
    ]);
    for (const f of [fold, rated]) {
      foldRows(f, "export.csv", counts, [
        { agent: "阿杰", month: "2026-08", day: 3, values: [30, 10, 500] },
      ]);
      // A sheet whose columns no scheme reads comes first; the rating sheet's row is the one to fix.
      foldRows(f, "360.csv", none, [{ agent: "阿杰", month: "2026-09", day: 0, values: [] }]);
    }
    foldRows(rated, "评分表.csv", rating, [
      { agent: "阿杰", month: "2026-08", day: 0, values: [1] },
      { agent: "阿杰", month: "2026-09", day: 0, values: [1] },
    ]);
    // Not export.csv:2, 阿杰's first row (August): the months no export gave, only.
    expect(rated.ratedRows()).toEqual(new Map([["阿杰\u00002026-09", "评分表.csv:3"]]));
    expect(fold.ratedRows()).toEqual(new Map([["阿杰\u00002026-09", "360.csv:2"]]));
    expect(rated.firstRows().get("阿杰")).toBe("export.csv:2");
  });
});
