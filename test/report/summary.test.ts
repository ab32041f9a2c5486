/** The end-of-run lines: what was published where, and what was set aside. */
import { describe, expect, it } from "vitest";
import { type ReportSummary, summaryLines } from "~/report/summary.ts";

const summary = (over: Partial<ReportSummary>, skipped = 0): ReportSummary => ({
  machine: {
    ok: true,
    months: ["2026-09", "2026-10"],
    agents: 2,
    agentMonths: 4,
    incomplete: 0,
    rows: { read: 10 + skipped, scored: 10, rejected: 0, skipped },
    files: [],
    errors: 0,
    warnings: [],
    schemes: ["presales"],
    base: "/",
    pseudonymized: false,
  },
  out: "dist",
  seconds: 1,
  cached: null,
  pages: 12,
  notInRoster: null,
  unread: [],
  ...over,
});

describe("summaryLines", () => {
  it("names the files not read with why (three, then a count) and points to the data-quality page", () => {
    const unread = ["notes.docx", "~$报表.xlsx", "a.pdf", "b.pdf"].map((file) => ({
      file: `data/exports/${file}`,
      reason: "not an export type",
    }));
    const lines = summaryLines(summary({ unread }));
    expect(lines).toContain(
      "Not read:      4 file(s): data/exports/notes.docx (not an export type); data/exports/~$报表.xlsx (not an export type); data/exports/a.pdf (not an export type); and 1 more",
    );
    expect(lines).toContain(
      "Details:       dist/data-quality/ lists each row and file set aside, and why",
    );
  });

  it("points to the data-quality page for skipped rows; says nothing of it when all was scored", () => {
    expect(summaryLines(summary({}, 2)).some((l) => l.startsWith("Details:"))).toBe(true);
    const clean = summaryLines(summary({}));
    expect(clean.some((l) => /^(Details|Not read):/.test(l))).toBe(false);
    expect(clean).toContain("Output:        dist/ (12 pages)");
  });
});
