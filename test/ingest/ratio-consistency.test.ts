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
        why: {
          code: "ratio-disagrees",
          agent: "A",
          month: "2026-09",
          ratio: "inquiry_conversion",
          given: "0.5",
          parts: ["paid_buyers", "inquiries"],
          computed: "0.453",
        },
      },
    ]);
  });

  it("checks every ratio the engine computes that an export may also give directly", () => {
    const given = ["inquiry_conversion", "reply_rate", "satisfaction", "agent_aov", "shop_aov"];
    const parts = {
      paid_buyers: 40,
      inquiries: 100,
      replied_customers: 90,
      received_customers: 100,
      satisfied_reviews: 9,
      reviews: 10,
      agent_sales: 4000,
      shop_sales: 9000,
      shop_buyers: 60,
    };
    const wrong = Object.fromEntries(given.map((id) => [id, 1e6]));
    const columns = ratioDisagreements([am({ ...parts, ...wrong })], "data").map((p) => p.column);
    expect(columns.sort()).toEqual([...given].sort());
  });
});
