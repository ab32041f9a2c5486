/**
 * The payroll workbook: the CSV's columns and rows, each cell typed, so an id
 * Excel would turn into a number or a date (007, a long 工号, 1E5, 3/4,
 * 2026-09) stays the text it is, and a formula-looking name stays text.
 */
import { read, utils } from "@e965/xlsx";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { scoreAgentMonth } from "~/engine/index.ts";
import type { CellValue } from "~/output/csv-cells.ts";
import {
  csvCell,
  resultCells,
  resultColumns,
  resultsCsvChunks,
  resultsToCsv,
  sortedForCsv,
} from "~/output/results-csv.ts";
import { resultsTable, resultsXlsx } from "~/output/results-xlsx.ts";
import { am, builtin } from "../engine/helpers.ts";
import { result } from "./random-results.ts";

const presales = builtin("seed-monthly");
const form3 = builtin("seed-form3-raters");
const full = {
  inquiries: 100,
  paid_buyers: 62,
  agent_sales: 9000,
  paid_orders: 1,
  placed_orders: 1,
};
const results = [
  ...["007", "123456789012345678", "1E5", "3/4", "2026-09", "=1+1", "小美"].map((agent) =>
    scoreAgentMonth(
      presales,
      am(
        {
          ...full,
          shop_sales: 500000,
          shop_buyers: 4000,
          first_response_s: 5,
          avg_response_s: 20,
          satisfied_reviews: 95,
          reviews: 100,
        },
        "2026-09",
        agent,
      ),
    ),
  ),
  scoreAgentMonth(form3, am({ self_presales: 9, work_plan: 90 }, "2026-09", "00123")),
];

describe("results as an Excel workbook", () => {
  const sheet = () => {
    const wb = read(resultsXlsx(results), { type: "buffer" });
    return wb.Sheets[wb.SheetNames[0] as string] ?? {};
  };

  it("keeps ids and months as text cells, numbers as numbers, a missing value empty", () => {
    const ws = sheet();
    const rows = utils.sheet_to_json<Record<string, unknown>>(ws, { raw: true });
    const agents = rows.map((r) => r.agent);
    expect(agents).toEqual([
      "00123",
      "007",
      "123456789012345678",
      "1E5",
      "2026-09",
      "3/4",
      "=1+1",
      "小美",
    ]);
    for (const r of rows) expect(r.month).toBe("2026-09");
    // The agent column's cells are text; a total a number; an incomplete month has no pay at all.
    expect(ws.A2).toMatchObject({ t: "s", v: "00123" });
    expect(ws.A8).toMatchObject({ t: "s", v: "=1+1" });
    expect(ws.A8?.f).toBeUndefined();
    const first = rows[0] as Record<string, unknown>;
    expect(first.complete).toBe(false);
    expect(first).not.toHaveProperty("pay");
    expect(typeof (rows[1] as Record<string, unknown>).total).toBe("number");
    // The rater who rated is there, the one who did not is an empty cell.
    expect(first["presales_service.self_presales"]).toBe(9);
    expect(first).not.toHaveProperty("presales_service.sup_presales");
  });

  it("has the CSV's header and rows, cell for cell (the CSV's ' before a formula aside)", () => {
    const csv = Papa.parse<string[]>(resultsToCsv(results).slice(1), { skipEmptyLines: true }).data;
    const table = resultsTable(results).map((row) =>
      row.map((v) => (v === null || v === undefined ? "" : String(v))),
    );
    const unquoted = csv.map((row) => row.map((c) => c.replace(/^'(?=[=+\-@\t\r])/, "")));
    expect(table).toEqual(unquoted);
  });

  it("takes each row's cells from the one list the CSV writes, one per header column (random results)", () => {
    // A column added to the CSV's row and not to the workbook's (or the other way) fails here.
    fc.assert(
      fc.property(fc.array(result, { maxLength: 6 }), (rs) => {
        const cols = resultColumns(rs);
        const rows = sortedForCsv(rs).map((r) => {
          const cells: CellValue[] = [];
          resultCells(r, cols, (v) => cells.push(v));
          expect(cells).toHaveLength(cols.header.length);
          return cells;
        });
        expect(resultsTable(rs)).toEqual([cols.header, ...rows]);
        const lines = [cols.header, ...rows].map((row) => row.map(csvCell).join(","));
        // As bytes: a lone surrogate in a name is U+FFFD in both.
        const text = `\uFEFF${lines.map((l) => `${l}\r\n`).join("")}`;
        expect(Buffer.concat([...resultsCsvChunks(rs)])).toEqual(Buffer.from(text, "utf8"));
      }),
    );
  });
});
