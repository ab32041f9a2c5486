/**
 * SheetJS can fail to decode a formula where the values read (an .xlsb's
 * rarer formula tokens): the workbook is then read without its formulas,
 * not refused as corrupt. Simulated by a reader that throws whenever
 * formulas are asked for.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { openWorkbook } from "~/ingest/spreadsheet/workbook.ts";
import { tempDir } from "../../support/temp-dir.ts";
import { workbook } from "./workbooks.ts";

vi.mock("@e965/xlsx", async (original) => {
  const xlsx = await original<typeof import("@e965/xlsx")>();
  return {
    ...xlsx,
    read: (data: unknown, options: { cellFormula?: boolean }) => {
      if (options.cellFormula) throw new Error("Unrecognized ExternName type 0x1");
      return xlsx.read(data, options);
    },
  };
});

describe("a workbook whose formulas cannot be decoded", () => {
  it("is read for its values", async () => {
    const path = join(tempDir("kpi-formula-fallback"), "a.xlsb");
    writeFileSync(
      path,
      workbook(
        {
          数据: [
            ["客服", "询单人数"],
            ["小美", 12],
          ],
        },
        "xlsb",
      ),
    );
    const opened = await openWorkbook(path, "zip");
    expect("sheets" in opened && opened.sheets[0]?.row(1)).toEqual(["小美", "12"]);
  });
});
