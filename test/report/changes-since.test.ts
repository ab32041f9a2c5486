/**
 * What a run changes in the months the previous site published
 * (changes-since.ts): a corrected export that moves a KPI's value only, a
 * scheme edit that moves the grade, an agent-month new or gone, and the
 * months a --month run leaves out.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { changeLines, changesSince } from "~/report/changes-since.ts";

const result = (agent: string, total: number, grade: string, value: number, points: number) => ({
  agent,
  month: "",
  scheme: "presales",
  total,
  max: 100,
  complete: true,
  grade,
  pay: grade === "A" ? 200 : 100,
  kpis: [{ id: "inquiry_conversion", value, points, max: 30, status: "scored" }],
});

function site(months: Record<string, ReturnType<typeof result>[]>): string {
  const dir = mkdtempSync(join(tmpdir(), "changes-"));
  for (const [month, results] of Object.entries(months)) {
    mkdirSync(join(dir, "months", month), { recursive: true });
    writeFileSync(join(dir, "months", month, "results.json"), JSON.stringify({ results }));
  }
  return dir;
}

describe("changesSince", () => {
  it("names a KPI value a late correction moved, a grade a scheme edit moved, and agent-months new or gone", async () => {
    const before = site({
      "2026-09": [result("小美", 86, "A", 0.6457, 30), result("阿杰", 80, "A", 0.62, 30)],
      "2026-10": [result("小美", 82, "A", 0.6735, 30), result("阿伟", 70, "B", 0.5, 26)],
    });
    const after = site({
      "2026-09": [result("小美", 82, "A", 0.6457, 26), result("阿杰", 80, "A", 0.62, 30)],
      "2026-10": [result("小美", 82, "A", 0.6275, 30), result("小鹿", 75, "B", 0.55, 26)],
    });
    const changes = await changesSince(before, after);
    expect(changes?.compared).toBe(2);
    expect(changeLines(changes as NonNullable<typeof changes>, "dist")).toEqual([
      "Since the last report in dist/: 4 published agent-month(s) changed in 2026-09, 2026-10 (a KPI's value or points, the total, grade, pay, scheme or completeness: a corrected export or an edited scheme):",
      "  2026-09 小美: 86 A pay 200 → 82 A pay 200; inquiry_conversion 0.6457 (30) → 0.6457 (26)",
      "  2026-10 小美: 82 A pay 200 → 82 A pay 200; inquiry_conversion 0.6735 (30) → 0.6275 (30)",
      "  2026-10 小鹿: new: 75 B pay 100",
      "  2026-10 阿伟: gone (was 70 B pay 100)",
    ]);
  });

  it("says nothing changed, and which published months a --month run leaves out", async () => {
    const months = { "2026-09": [result("小美", 86, "A", 0.6457, 30)] };
    const before = site({ ...months, "2026-10": [result("小美", 82, "A", 0.6735, 30)] });
    const changes = await changesSince(before, site(months));
    expect(changeLines(changes as NonNullable<typeof changes>, "dist")).toEqual([
      "Since the last report in dist/: no published agent-month changed (1 month compared)",
      "  months the last report had and this one does not publish: 2026-10 (a --month run publishes only its month)",
    ]);
  });

  it("is null without a previous site", async () => {
    expect(await changesSince(join(tmpdir(), "no-such-site-walk7"), site({}))).toBeNull();
  });
});
