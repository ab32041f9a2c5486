/**
 * Only the columns a scheme reads are read: two platforms' exports that both
 * carry a column nothing scores (千牛 and 赤兔 both give 答问比) complete each
 * other, and a bad cell there costs no row. Where a scheme does read the
 * column, the repeated day is still rejected naming both rows.
 */
import { describe, expect, it } from "vitest";
import { scoreCommand } from "~/cli/score-command.ts";
import { runCommand } from "./run-command.ts";

const scheme = (extra: string[] = []) =>
  [
    "id: two",
    "label: { zh: 两项, en: Two }",
    "mode: points",
    "kpis:",
    "  - id: inquiry_conversion",
    "    weight: 50",
    "    bands:",
    "      - { min: 0.5, points: 50 }",
    "      - { max: 0.5, points: 0 }",
    "  - id: satisfaction",
    "    weight: 50",
    "    bands:",
    "      - { min: 0.9, points: 50 }",
    "      - { max: 0.9, points: 0 }",
    ...extra,
    "",
  ].join("\n");

const files = (answerCell = "1.3") => ({
  // 千牛: inquiries and buyers, and its 答问比.
  "data/exports/qianniu.csv":
    "客服,日期,询单人数,最终付款人数,答问比\n小美,2026-09-01,100,55,1.2\n",
  // 赤兔: reviews for the same day, and its own 淘宝答问比 (the same column).
  "data/exports/chitu.csv": `客服,日期,满意评价数,评价总数,淘宝答问比\n小美,2026-09-01,45,50,${answerCell}\n`,
  "data/schemes/two.yaml": scheme(),
});

interface Doc {
  results: { agent: string; complete: boolean; kpis: { id: string; status: string }[] }[];
  files: { file: string; read: number; scored: number; rejected: number }[];
}

describe("columns no scheme reads", () => {
  it("two platforms giving the same unscored column for a day complete each other", async () => {
    const run = await runCommand(scoreCommand, files(), ["--scheme", "two"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as Doc;
    expect(doc.results.map((r) => [r.agent, r.complete, r.kpis.map((k) => k.status)])).toEqual([
      ["小美", true, ["scored", "scored"]],
    ]);
    expect(doc.files.map((f) => [f.file, f.read, f.scored, f.rejected])).toEqual([
      ["data/exports/chitu.csv", 1, 1, 0],
      ["data/exports/qianniu.csv", 1, 1, 0],
    ]);
  });

  it("a bad cell in an unscored column costs no row", async () => {
    const run = await runCommand(scoreCommand, files("n/a"), ["--scheme", "two"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("a scheme that reads the column still rejects the repeated day, naming both rows", async () => {
    const reads = {
      ...files(),
      "data/schemes/two.yaml": scheme([
        "  - id: answer_ratio",
        "    weight: 0",
        "    bands:",
        "      - { min: 0, points: 0 }",
      ]),
    };
    const run = await runCommand(scoreCommand, reads, ["--scheme", "two"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("data/exports/qianniu.csv:2:");
    expect(run.stderr).toContain(
      "duplicate: 小美 2026-09-01 (答问比) already given at data/exports/chitu.csv:2",
    );
  });
});
