import { describe, expect, it } from "vitest";
import { problemLine } from "~/site/model/problem-line.ts";

describe("problemLine", () => {
  const window = {
    severity: "warning" as const,
    where: "data/roster.csv:joined",
    message: "A has data in 2026-08 but joined on 2026-09-01",
    why: {
      code: "roster-window" as const,
      side: "joined" as const,
      agent: "A",
      month: "2026-08",
      date: "2026-09-01",
    },
  };

  it("prints the CLI's line on the English page", () => {
    expect(problemLine(window, "en")).toBe(
      "data/roster.csv:joined: warning: A has data in 2026-08 but joined on 2026-09-01",
    );
  });

  it("says it in Chinese from the reason's code on the Chinese page", () => {
    expect(problemLine(window, "zh")).toBe(
      "data/roster.csv:joined: 警告：A 在 2026-08 有数据，但入职日期是 2026-09-01",
    );
  });

  it("shows a problem without a code as written (an error has no tag)", () => {
    expect(
      problemLine({ severity: "error", where: "a.csv:3", message: "something odd" }, "zh"),
    ).toBe("a.csv:3: something odd");
  });
});
