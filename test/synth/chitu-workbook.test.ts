/** The sample's 赤兔 month: a workbook as downloaded (banner period, percent and duration cells) that scores as its daily rows would. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "~/ingest/ingest.ts";
import { presalesCells, presalesHeader } from "~/synth/columns.ts";
import { csvText, encodeText } from "~/synth/csv-encode.ts";
import { buildSampleData, chituPath, SAMPLE_QUIRKS } from "~/synth/sample-data.ts";
import { tempDir } from "../support/temp-dir.ts";

describe("the sample's 赤兔 workbook", () => {
  const sample = buildSampleData();
  const { month } = SAMPLE_QUIRKS.chitu;
  const book = sample.files.find((f) => f.path === chituPath(month));

  it("replaces that month's pre-sales CSV: a workbook whose name has no period", () => {
    expect(book).toBeDefined();
    expect(sample.files.some((f) => f.path === `exports/${month}/售前-客服绩效-${month}.csv`)).toBe(
      false,
    );
  });

  it("reads with its period from the banner, the 汇总 row skipped, the 说明 sheet listed as not read, and the same months as the daily rows", async () => {
    const dir = tempDir("kpi-chitu");
    const xlsx = join(dir, "赤兔-售前明细.xlsx");
    writeFileSync(xlsx, book?.bytes ?? new Uint8Array());
    const daily = join(dir, "daily.csv");
    const format = { encoding: "utf8-bom", eol: "\n" } as const;
    const rows = sample.rows.get(month)?.presales ?? [];
    writeFileSync(
      daily,
      encodeText(csvText(presalesHeader, rows.map(presalesCells), format), format),
    );
    const fromBook = await ingestFiles([xlsx], {
      today: "2026-11-26",
      displayName: () => "赤兔-售前明细.xlsx",
    });
    const fromDaily = await ingestFiles([daily], { today: "2026-11-26" });
    expect(fromBook.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(fromBook.files).toMatchObject([
      {
        file: "赤兔-售前明细.xlsx#售前明细",
        period: month,
        periodFrom: `banner row 2 '${month}-01 至 ${month}-31'`,
        skipped: 1,
        rejected: 0,
      },
    ]);
    expect(fromBook.unread.map((u) => u.file)).toEqual(["赤兔-售前明细.xlsx#说明"]);
    expect(fromBook.agentMonths.map((m) => m.agent)).toEqual(
      fromDaily.agentMonths.map((m) => m.agent),
    );
    fromBook.agentMonths.forEach((m, i) => {
      const d = fromDaily.agentMonths[i];
      expect(m.values.inquiries).toBe(d?.values.inquiries);
      expect(m.values.paid_buyers).toBe(d?.values.paid_buyers);
      expect(m.values.first_response_s).toBeCloseTo(d?.values.first_response_s ?? Number.NaN, 1);
      // The workbook's duration cells hold whole seconds, as h:mm:ss shows them.
      expect(
        Math.abs((m.values.avg_response_s ?? 0) - (d?.values.avg_response_s ?? 0)),
      ).toBeLessThanOrEqual(0.5);
    });
  });
});
