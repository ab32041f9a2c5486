/**
 * A header row that comes again below the first (two downloads joined with
 * `copy /b`, a rating template's second header of English ids) is skipped
 * with its reason, not rejected as a row with a bad date; empty and Excel
 * serial month cells say what they are.
 */
import { describe, expect, it } from "vitest";
import { reasonText } from "~/reasons/reason-text.ts";
import { ingestTemp } from "./temp-files.ts";

const HEADER = "客服,日期,询单人数,最终付款人数";
const AGAIN = "the header again (files joined into one, or a second header row)";

describe("a header row again", () => {
  it("skips the second file's header in two exports joined into one, and counts it", async () => {
    const r = await ingestTemp({
      "joined.csv": `${HEADER}\n小美,2026-09-01,10,5\n\ufeff${HEADER}\n阿杰,2026-09-01,8,4\n`,
    });
    expect(r.files[0]).toMatchObject({ read: 3, scored: 2, rejected: 0, skipped: 1 });
    expect(r.skipped[0]).toMatchObject({ row: 3, reason: AGAIN, why: { kind: "header" } });
  });

  it("skips a second header row of the columns' ids under a rating sheet's Chinese one", async () => {
    const r = await ingestTemp({
      "评分.csv": "客服,月份,询单人数\nagent,month,inquiries\n小美,2026-09,9\n",
    });
    expect(r.files[0]).toMatchObject({ read: 2, scored: 1, skipped: 1 });
    expect(r.skipped[0]?.reason).toBe(AGAIN);
  });

  it("still rejects a row with one header word in it (an agent named 客服 on a bad date)", async () => {
    const r = await ingestTemp({ "a.csv": `${HEADER}\n客服,2026-09-xx,1,1\n` });
    expect(r.files[0]).toMatchObject({ rejected: 1, skipped: 0 });
  });
});

describe("month cells that are not months", () => {
  it("says an empty month cell is empty, and an Excel serial number which month it is", () => {
    expect(reasonText({ code: "invalid-month", value: "" }, "en")).toMatch(/^month is empty/);
    expect(reasonText({ code: "invalid-month", value: "46266" }, "en")).toContain(
      "Excel's serial number of 2026-09-01: write 2026-09",
    );
    expect(reasonText({ code: "invalid-month", value: "2026-13" }, "zh")).toBe(
      "月份无效：'2026-13'（应为 YYYY-MM）",
    );
  });
});
