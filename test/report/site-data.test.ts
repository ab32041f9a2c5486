/** The scheme as the site sees it: whether it pays (the month page then sums the pay per team). */
import { describe, expect, it } from "vitest";
import { schemeView } from "~/report/site-data.ts";
import { builtin } from "../engine/helpers.ts";

describe("schemeView", () => {
  it("says a scheme with pay bands pays, and nothing for one without", () => {
    expect(schemeView(builtin("seed-form15-pay"), ["2026-09"]).pays).toBe(true);
    expect(schemeView(builtin("seed-monthly"), ["2026-09"])).not.toHaveProperty("pays");
  });
});
