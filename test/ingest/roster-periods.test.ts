/**
 * A roster row per period (roster-periods.ts): an agent listed again with a
 * `from` month holds that row's role and team from then on, and the months
 * before keep the first row's; two rows no `from` tells apart stay an error.
 */
import { describe, expect, it, vi } from "vitest";
import { parseRoster, rosterWindowProblems } from "~/ingest/roster.ts";
import { rosterAbsences } from "~/ingest/roster-absent.ts";
import { rosterAt, rosterFrom, rosterOutside } from "~/ingest/roster-periods.ts";

const HEADER = "agent,display_name,role,team,joined,left,from";

describe("rosterFrom", () => {
  it("reads a month, a date (its month) or Excel's serial day", () => {
    expect(rosterFrom("2026-07")).toBe("2026-07");
    expect(rosterFrom("2026年7月")).toBe("2026-07");
    expect(rosterFrom("2026/7/15")).toBe("2026-07");
    expect(rosterFrom("46204")).toBe("2026-07");
    expect(rosterFrom("七月")).toBeNull();
  });
});

describe("parseRoster with a from column", () => {
  it("keeps a later row of the agent as a period: 售前 until June, 售后 from July", () => {
    const { roster, problems } = parseRoster(
      `${HEADER}\n小美,小美,售前,售前一组,2022-03-14,,\n阿杰,阿杰,售前,售前一组,,,\n小美,小美,售后,售后组,,,2026-07\n`,
      "data/roster.csv",
    );
    expect(problems).toEqual([]);
    const entry = roster.get("小美");
    expect(entry?.role).toBe("售前");
    expect(entry?.joined).toBe("2022-03-14");
    expect(rosterAt(entry ?? { role: "" }, "2026-06")).toEqual({
      role: "售前",
      team: "售前一组",
      row: 2,
    });
    expect(rosterAt(entry ?? { role: "" }, "2026-07")).toEqual({
      role: "售后",
      team: "售后组",
      row: 4,
    });
    expect(rosterAt(entry ?? { role: "" }, "2026-10")).toEqual({
      role: "售后",
      team: "售后组",
      row: 4,
    });
  });

  it("reads rows listed newest first, and a row's empty team keeps the one before", () => {
    const { roster } = parseRoster(
      `${HEADER}\n小美,小美,售后,,,,2026-07\n小美,小美,售前,售前一组,,,2025-01\n`,
      "data/roster.csv",
    );
    const entry = roster.get("小美") ?? {};
    expect(rosterAt(entry, "2026-06")).toEqual({ role: "售前", team: "售前一组", row: 3 });
    expect(rosterAt(entry, "2026-08")).toEqual({ role: "售后", team: "售前一组", row: 2 });
    // Before every row's from: the earliest row.
    expect(rosterAt(entry, "2024-12").role).toBe("售前");
  });

  it("a later row's leaving date is the agent's", () => {
    const { roster } = parseRoster(
      `${HEADER}\n小美,小美,售前,售前一组,2022-03-14,,\n小美,小美,售后,售后组,,2026/9/30,2026-07\n`,
      "data/roster.csv",
    );
    expect(roster.get("小美")?.left).toBe("2026-09-30");
  });

  it("two rows without from are an error saying to write a from month", () => {
    const { problems } = parseRoster("agent,role\n小美,售前\n小美,售后\n", "data/roster.csv");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "error", row: 3, column: "agent" });
    expect(problems[0]?.message).toContain("(first at row 2)");
    expect(problems[0]?.message).toContain("'from' column");
  });

  it("two rows from the same month, and a from that is no month, are errors naming the row", () => {
    const { roster, problems } = parseRoster(
      `${HEADER}\n小美,小美,售前,,,,\n小美,小美,售后,,,,2026-07\n小美,小美,抖店,,,,2026/7/1\n小美,小美,抖店,,,,下月\n`,
      "data/roster.csv",
    );
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [4, "from"],
      [5, "from"],
    ]);
    expect(problems[0]?.message).toContain("from 2026-07");
    expect(problems[1]?.message).toContain("from is not a month: '下月'");
    expect(rosterAt(roster.get("小美") ?? {}, "2026-08").role).toBe("售后");
  });
});

describe("rows of an agent in any order", () => {
  it("a row without from read after a from row is the first row, not a duplicate", () => {
    const { roster, problems } = parseRoster(
      `${HEADER}\n小美,小美,售后,售后组,,,2026-07\n小美,小美,售前,售前一组,2022-03-14,,\n`,
      "data/roster.csv",
    );
    expect(problems).toEqual([]);
    const entry = roster.get("小美") ?? { agent: "" };
    expect(entry.joined).toBe("2022-03-14");
    expect(rosterAt(entry, "2025-11")).toEqual({ role: "售前", team: "售前一组", row: 3 });
    expect(rosterAt(entry, "2026-06").role).toBe("售前");
    expect(rosterAt(entry, "2026-07")).toEqual({ role: "售后", team: "售后组", row: 2 });
  });

  it("the latest row's left holds whichever row is read first; joined is the earliest row's", () => {
    const { roster, problems } = parseRoster(
      `${HEADER}\n小美,美美,售后,售后组,,2026-12-31,2026-07\n小美,小美,售前,售前一组,2025-11-01,,2025-11\n`,
      "data/roster.csv",
    );
    expect(problems).toEqual([]);
    const entry = roster.get("小美");
    expect(entry).toMatchObject({ joined: "2025-11-01", left: "2026-12-31", displayName: "小美" });
    expect(entry?.away).toBeUndefined();
    expect(rosterAt(entry ?? {}, "2026-06").role).toBe("售前");
  });

  it("two rows without from read after a from row: the second is the duplicate, naming the first", () => {
    const { roster, problems } = parseRoster(
      `${HEADER}\n小美,小美,售后,,,,2026-07\n小美,小美,售前,,,,\n小美,小美,抖店,,,,\n`,
      "data/roster.csv",
    );
    expect(problems.map((p) => [p.row, p.column])).toEqual([[4, "agent"]]);
    expect(problems[0]?.message).toContain("(first at row 3)");
    expect(rosterAt(roster.get("小美") ?? {}, "2026-06").role).toBe("售前");
  });

  it("a dash, N/A or empty from is no from: the row is the agent's first", () => {
    for (const dash of ["-", "N/A", "—"]) {
      const { roster, problems } = parseRoster(
        `${HEADER}\n小美,小美,售前,售前一组,,,${dash}\n小美,小美,售后,售后组,,,2026-07\n`,
        "data/roster.csv",
      );
      expect(problems, dash).toEqual([]);
      expect(rosterAt(roster.get("小美") ?? {}, "2026-06").role, dash).toBe("售前");
    }
  });
});

describe("rosterAt", () => {
  it("looks the month up without copying or sorting the rows (once per agent-month)", () => {
    const { roster } = parseRoster(
      `${HEADER}\n小美,小美,售前,售前一组,,,\n小美,小美,售后,,,,2026-07\n小美,小美,抖店,抖店组,,,2026-10\n`,
      "data/roster.csv",
    );
    const entry = roster.get("小美") ?? { agent: "" };
    const sort = vi.spyOn(Array.prototype, "sort");
    try {
      expect(rosterAt(entry, "2026-06")).toEqual({ role: "售前", team: "售前一组", row: 2 });
      expect(rosterAt(entry, "2026-08")).toEqual({ role: "售后", team: "售前一组", row: 3 });
      expect(rosterAt(entry, "2026-11")).toEqual({ role: "抖店", team: "抖店组", row: 4 });
      expect(sort).not.toHaveBeenCalled();
    } finally {
      sort.mockRestore();
    }
  });
});

describe("rosterOutside", () => {
  it("is the one window: before joined, after left, or wholly in a time away", () => {
    const entry = {
      joined: "2022-08-15",
      away: [{ left: "2026-06-19", back: "2026-09-01" }],
    };
    expect(rosterOutside(entry, "2022-07")).toEqual({ side: "joined", date: "2022-08-15" });
    expect(rosterOutside(entry, "2022-08")).toBeNull();
    expect(rosterOutside(entry, "2026-06")).toBeNull();
    expect(rosterOutside(entry, "2026-07")).toEqual({ side: "left", date: "2026-06-19" });
    expect(rosterOutside(entry, "2026-09")).toBeNull();
    expect(rosterOutside({ left: "2026-08-31" }, "2026-09")).toEqual({
      side: "left",
      date: "2026-08-31",
    });
  });
});

describe("an agent who leaves and comes back", () => {
  it("a later row with its own joined date reopens the window: no left unless that row gives one", () => {
    const { roster, problems } = parseRoster(
      `${HEADER}\n阿伟,阿伟,售前,售前二组,2022-08-15,2026-06-19,\n阿伟,阿伟,售后,售后组,2026-09-01,,2026-09\n`,
      "data/roster.csv",
    );
    expect(problems).toEqual([]);
    expect(roster.get("阿伟")?.joined).toBe("2022-08-15");
    expect(roster.get("阿伟")?.left).toBeUndefined();
    expect(rosterAt(roster.get("阿伟") ?? {}, "2026-09").team).toBe("售后组");
    // Away in July and August: data there is a warning, and no data there is no gap.
    const months = ["2026-06", "2026-07", "2026-08", "2026-09"].map((month) => ({
      agent: "阿伟",
      month,
    }));
    expect(rosterWindowProblems(months, roster, "data/roster.csv").map((p) => p.message)).toEqual([
      "阿伟 has data in 2026-07 but left on 2026-06-19",
      "阿伟 has data in 2026-08 but left on 2026-06-19",
    ]);
    const none = new Set<string>();
    const seen = new Map(["2026-07", "2026-08", "2026-09"].map((m) => [m, none]));
    expect(rosterAbsences(seen, roster, "data/roster.csv").map((p) => p.why)).toMatchObject([
      { month: "2026-09", team: "售后组", agents: ["阿伟"] },
    ]);
  });
});
