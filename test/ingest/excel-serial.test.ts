import { describe, expect, it } from "vitest";
import { serialDay } from "~/ingest/excel-serial.ts";

describe("serialDay", () => {
  it.each([
    ["46119", "2026-04-07"],
    ["46266.4", "2026-09-01"], // with a time of day (09:36), as a General date-time cell shows it
    ["32874", "1990-01-01"],
    ["73050", "2099-12-31"],
  ])("%s is %s", (text, day) => {
    expect(serialDay(text)).toBe(day);
  });

  it.each(["32873", "73051", "4611", "461190", "2026-04-07", "46119,5", ""])(
    "%s is no serial day",
    (text) => {
      expect(serialDay(text)).toBeNull();
    },
  );
});
