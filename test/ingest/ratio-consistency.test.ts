import { describe, expect, it } from "vitest";
import { ratioDisagreements } from "~/ingest/ratio-consistency.ts";

const am = (values: Record<string, number>) => ({ agent: "A", month: "2026-09", values, days: 0 });

describe("ratio given with its parts", () => {
  it("is quiet within rounding and warns beyond it", () => {
    expect(
      ratioDisagreements(
        [am({ inquiry_conversion: 0.453, paid_buyers: 453, inquiries: 1000 })],
        "data",
      ),
    ).toEqual([]);
    expect(
      ratioDisagreements(
        [am({ inquiry_conversion: 0.5, paid_buyers: 453, inquiries: 1000 })],
        "data",
      ),
    ).toEqual([
      {
        severity: "warning",
        file: "data",
        column: "inquiry_conversion",
        message:
          "A 2026-09: inquiry_conversion given as 0.5 but paid_buyers/inquiries = 0.453; the parts are used",
      },
    ]);
  });
});
