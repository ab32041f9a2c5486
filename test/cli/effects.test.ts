/** "Today" is the local date where the command runs, not the UTC one. */
import { describe, expect, it } from "vitest";
import { localToday } from "~/cli/effects.ts";

describe("localToday", () => {
  it("gives the local calendar date, zero-padded", () => {
    // 2026-03-05 07:30 local time: in Asia/Shanghai (the test time zone) the UTC date is the 4th.
    const early = new Date(2026, 2, 5, 7, 30);
    expect(localToday(early)).toBe("2026-03-05");
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31");
  });
});
