/**
 * A help desk's agent report with its dates the American way (09/13/2026),
 * or the European one (13/09/2026): every row is still rejected at its date
 * cell (the order is never guessed), and the file gets one hint that says
 * what its dates are and how to write them instead.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inputColumns } from "~/ingest/ingest.ts";
import { parseFile } from "~/ingest/parse-file.ts";
import { parseInRanges, parseRange } from "~/ingest/parse-ranges.ts";
import type { Problem } from "~/ingest/problems.ts";
import { reasonText } from "~/reasons/reason-text.ts";
import { tempDir } from "../support/temp-dir.ts";
import { ingestTemp } from "./temp-files.ts";

const HEADER =
  "Date,Agent name,Calls handled,Total handle time,Resolved on first contact,Survey responses,Satisfied responses,CSAT";

/** Two agents a day, September 2026, the date written by `date(day)`. */
function report(date: (day: number) => string, days = 30): string {
  const rows: string[] = [];
  for (let d = 1; d <= days; d++)
    for (const [agent, calls] of [
      ["amy.w", 30 + d],
      ["bob.l", 40 - d],
    ] as const)
      rows.push(`${date(d)},${agent},${calls},${calls * 300},${calls - 5},10,8,80.0%`);
  return `${HEADER}\n${rows.join("\n")}\n`;
}

const pad = (n: number) => String(n).padStart(2, "0");
const hints = (problems: readonly Problem[]) =>
  problems.filter((p) => p.why?.code === "date-order");

describe("dates with the day and month before the year", () => {
  it("rejects every row of a US-dated report, and says once that the dates are MM/DD/YYYY", async () => {
    const r = await ingestTemp({
      "agent_performance_2026-09.csv": report((d) => `09/${pad(d)}/2026`),
    });
    expect(r.files[0]).toMatchObject({ read: 60, scored: 0, rejected: 60, skipped: 0 });
    // Each row keeps its own file:row:column error.
    expect(r.rejected).toHaveLength(60);
    expect(r.rejected[0]).toMatchObject({
      row: 2,
      column: "Date",
      reason: "invalid date: '09/01/2026' (expected YYYY-MM-DD)",
    });
    const [hint, ...more] = hints(r.problems);
    expect(more).toEqual([]);
    expect(hint).toMatchObject({
      severity: "warning",
      file: "agent_performance_2026-09.csv",
      column: "Date",
      col: 1,
      why: { code: "date-order", rows: 60, example: "09/13/2026", order: "month-first" },
    });
    expect(hint?.message).toContain("'09/13/2026' can only be MM/DD/YYYY");
    expect(hint?.message).toContain("2026-09-13");
    expect(hint?.message).toContain("Date: MDY");
    // After the file's rows, not among them.
    expect(r.problems.indexOf(hint as Problem)).toBe(r.problems.length - 1);
    expect(r.agentMonths).toEqual([]);
  });

  it("says DD/MM/YYYY for 13/09/2026, and that the order is open while no day is over 12", async () => {
    const eu = await ingestTemp({ "a.csv": report((d) => `${pad(d)}.09.2026`) });
    expect(hints(eu.problems)[0]?.why).toEqual({
      code: "date-order",
      rows: 60,
      example: "13.09.2026",
      order: "day-first",
    });
    const open = await ingestTemp({ "a.csv": report((d) => `09/${pad(d)}/2026 08:00`, 12) });
    const [hint] = hints(open.problems);
    expect(hint?.why).toMatchObject({ rows: 24, example: "09/01/2026 08:00", order: "either" });
    expect(hint?.message).toContain("may be MM/DD/YYYY or DD/MM/YYYY");
    expect(reasonText(hint?.why as never, "zh")).toContain("不猜测月日顺序");
  });

  it("gives no hint for ISO dates, nor for a bad date of another kind", async () => {
    const iso = await ingestTemp({ "a.csv": report((d) => `2026-09-${pad(d)}`) });
    expect(iso.files[0]).toMatchObject({ scored: 60, rejected: 0 });
    const odd = await ingestTemp({
      "a.csv": report((d) => (d === 3 ? "2026-09-31" : `2026-09-${pad(d)}`)),
    });
    expect(odd.files[0]).toMatchObject({ scored: 58, rejected: 2 });
    expect(hints([...iso.problems, ...odd.problems])).toEqual([]);
  });

  it("counts the same in a file parsed in byte ranges as in one pass", async () => {
    const path = join(tempDir("kpi-date-order"), "us.csv");
    // Two months, so two ranges (they start where the month changes, between two dates that
    // read): a few rows of each month were typed the American way, and only September's 09/13
    // shows the order.
    const us = (m: string, d: number) => `${m}/${pad(d)}/2026`;
    const august = report((d) => (d === 3 ? us("08", d) : `2026-08-${pad(d)}`), 31);
    const september = report((d) => (d === 13 ? us("09", d) : `2026-09-${pad(d)}`));
    writeFileSync(path, august + september.slice(HEADER.length + 1));
    const columns = inputColumns();
    const read = { today: "2026-11-26" };
    const [sequential] = (await parseFile(path, "us.csv", columns, read)).tables;
    const ranged = await parseInRanges(
      parseRange,
      path,
      "us.csv",
      columns,
      read,
      2,
      HEADER.length + 1,
    );
    expect(ranged).not.toBeNull();
    expect(ranged?.signs).toEqual(sequential?.signs);
    expect(sequential?.signs?.dateOrder).toMatchObject({
      rows: 4,
      example: "08/03/2026",
      monthFirst: "09/13/2026",
    });
  });
});
