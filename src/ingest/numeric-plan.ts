/**
 * The plan of one file's numeric columns, made once per file (pure): which
 * cell fills which fold slot, what weights a daily time or ratio (the
 * platform's definition, the catalogue's denominator, the user's choice),
 * which monthly-only inputs a daily file must leave empty, and which part ≤
 * whole checks apply.
 */
import type { ProblemReason } from "../reasons/reason.ts";
import type { Cell } from "./cells.ts";
import type { ColumnKind, InputColumn } from "./columns.ts";
import { isAveraged } from "./fold-finish.ts";
import type { FileColumns } from "./header-rules.ts";
import type { Layout } from "./layout.ts";
import { problemOf } from "./problems.ts";

export interface NumericCell {
  cell: number;
  slot: number;
  kind: ColumnKind;
  /** A scheme's rated input: checked against its kind and range. */
  rated: InputColumn | null;
  percent: boolean;
  /** Seconds per bare number of a time column (`(分)` 60, `(时)` 3600). */
  scale: number;
  /** A ratio allowed past 100% (答问比). */
  unbounded: boolean;
  /** Daily weight: the fold slot of the denominator column, "day" (weight 1), or refused (daily ratio without denominator). */
  weight: number | "day" | "refused";
  /**
   * The last text read the slow way and what it gave, unless an error: a
   * column's dash or percentage repeats row after row (the parsers are pure).
   */
  lastText: string | undefined;
  lastCell: Cell | undefined;
}

/** Part ≤ whole checks: a row breaking one cannot be real. */
const PARTS: readonly [string, string][] = [
  ["paid_buyers", "inquiries"],
  ["satisfied_reviews", "reviews"],
  ["replied_customers", "received_customers"],
  ["replied_3min", "manual_consults"],
  ["dissatisfied_reviews", "reviews"],
  ["first_contact_resolved", "received_customers"],
];

export interface NumericPlan {
  numeric: NumericCell[];
  /** Monthly-only inputs in a daily file: not folded; a value in one is the row's error. */
  monthlyOnly: { cell: number; header: string }[];
  /** Part ≤ whole checks this file can make: [part slot, whole slot, part id, whole id]. */
  parts: [number, number, string, string][];
  /** Daily rates weighted by a column other than their own denominator: rate column → weight column. */
  explicitWeights: Map<string, string>;
  /** Every numeric column slot of the header, read or not (see RowValues.header). */
  header: number[];
}

/**
 * Daily files weight times and ratios by their denominator, else by the
 * column the platform's profile counts the rate over, else by one the user
 * named; a warning goes to `layout.problems` where none is present.
 */
export function planNumericCells(
  file: string,
  layout: Layout,
  columns: readonly InputColumn[],
  daily: boolean,
  fileColumns?: FileColumns,
  scored?: ReadonlySet<string>,
): NumericPlan {
  const numeric: NumericCell[] = [];
  const monthlyOnly: NumericPlan["monthlyOnly"] = [];
  const explicitWeights = new Map<string, string>();
  const cellOf = new Map(layout.columns.map((m) => [m.column.id, m.index]));
  const slotOf = new Map(columns.map((c, i) => [c.id, i]));
  const present = (id: string | undefined) =>
    id !== undefined && cellOf.has(id) && slotOf.has(id) ? id : undefined;
  const averaged = (column: InputColumn) => daily && isAveraged(column) && column.kind !== "score";
  // The platform's own definition first, then the catalogue's denominator, then the user's choice.
  const weightOf = (column: InputColumn) =>
    present(fileColumns?.weights[column.id]) ??
    present(column.weightBy) ??
    present(fileColumns?.explicitWeights[column.id]);
  // The columns read: those scored, and what a scored daily rate is weighted by.
  const read = scored === undefined ? undefined : new Set(scored);
  if (read)
    for (const m of layout.columns) {
      const by = scored?.has(m.column.id) && averaged(m.column) ? weightOf(m.column) : undefined;
      if (by !== undefined) read.add(by);
    }
  const header: number[] = [];
  for (const m of layout.columns) {
    const slot = slotOf.get(m.column.id);
    const kind = m.column.kind;
    if (slot === undefined || kind === "text" || kind === "date" || kind === "month") continue;
    if (daily && m.column.monthly) {
      monthlyOnly.push({ cell: m.index, header: m.header });
      continue;
    }
    header.push(slot);
    if (read && !read.has(m.column.id)) continue;
    let weight: NumericCell["weight"] = "day";
    if (averaged(m.column)) {
      const id = m.column.id;
      const by = weightOf(m.column);
      if (by !== undefined) {
        weight = slotOf.get(by) as number;
        // Weighted by anything but the rate's own denominator (the platform's or the
        // user's choice), the month is an approximation the pages must name.
        if (by !== present(m.column.weightBy)) explicitWeights.set(id, by);
      } else if (kind === "ratio" || kind === "amount") weight = "refused";
      else if (kind === "seconds" && m.column.weightBy !== undefined)
        // A time with nothing to weight its days by: the month is their plain mean. Said, as a
        // weight the platform or the user chose is (a day of 3 customers counts as one of 300).
        layout.problems.push(
          problemOf(
            "warning",
            file,
            { code: "daily-time-by-day", column: id, weight: m.column.weightBy },
            { row: layout.headerRecord + 1, column: m.header },
          ),
        );
    }
    if (weight === "refused") {
      const why: ProblemReason = {
        code: "daily-ratio-unweighted",
        column: m.column.id,
        denominator: String(m.column.weightBy),
      };
      layout.problems.push(
        problemOf("warning", file, why, { row: layout.headerRecord + 1, column: m.header }),
      );
    }
    const rated = m.column.rated ? m.column : null;
    numeric.push({
      cell: m.index,
      slot,
      kind,
      rated,
      percent: m.percent,
      scale: m.scale,
      unbounded: m.column.unbounded === true,
      weight,
      lastText: undefined,
      lastCell: undefined,
    });
  }
  // Only between columns this file reads: a part or whole passed over has no value here.
  const reads = new Set(numeric.map((n) => n.slot));
  const parts = PARTS.flatMap(([part, whole]) => {
    const p = slotOf.get(part);
    const w = slotOf.get(whole);
    const both = read
      ? reads.has(p ?? -1) && reads.has(w ?? -1)
      : cellOf.has(part) && cellOf.has(whole);
    return p !== undefined && w !== undefined && both
      ? [[p, w, part, whole] as [number, number, string, string]]
      : [];
  });
  return { numeric, monthlyOnly, parts, explicitWeights, header };
}
