/** Problems on a terminal and in GitHub Actions: control characters gone, each once, annotations. */
import { describe, expect, it } from "vitest";
import { annotation } from "~/cli/annotations.ts";
import { printProblems } from "~/cli/print-problems.ts";
import { forTerminal } from "~/cli/terminal-text.ts";
import type { Problem } from "~/ingest/problems.ts";

const reject: Problem = {
  severity: "error",
  file: "data/exports/9.csv",
  row: 7,
  column: "询单人数",
  col: 3,
  message: "not a number: 'abc'",
};

describe("text printed to a terminal", () => {
  it("drops escape sequences, bell, backspace, C1 and bidi controls; shows line breaks", () => {
    expect(forTerminal("a\u001b[2J\u001b]0;pwned\u0007b\bc\u009bd\u202Ee\r\nf\tg")).toBe(
      "a[2J]0;pwnedbcde⏎f\tg",
    );
  });
});

describe("printProblems", () => {
  it("prints each distinct problem once, without control characters", () => {
    const lines: string[] = [];
    const evil = { ...reject, message: "not a number: '\u001b[31mred\u001b[0m'" };
    printProblems([evil, evil, reject], (l) => lines.push(l), {});
    expect(lines).toEqual([
      "data/exports/9.csv:7:询单人数: not a number: '[31mred[0m'",
      "data/exports/9.csv:7:询单人数: not a number: 'abc'",
    ]);
  });

  it("keeps a composed message's indented lines (no data row), each line cleaned", () => {
    const lines: string[] = [];
    const noData: Problem = {
      severity: "error",
      file: "data/exports",
      message:
        "no data row: 2 file(s) seen (1 .csv, 1 .xlsx), 1 of them read as exports\n  could not read data/exports/空.csv: empty file (0 bytes): nothing to read\n  not read: data/exports/~$报\u001b[2J表.xlsx: Office lock file",
    };
    printProblems([noData], (l) => lines.push(l), {});
    expect(lines).toEqual([
      [
        "data/exports: no data row: 2 file(s) seen (1 .csv, 1 .xlsx), 1 of them read as exports",
        "  could not read data/exports/空.csv: empty file (0 bytes): nothing to read",
        "  not read: data/exports/~$报[2J表.xlsx: Office lock file",
      ].join("\n"),
    ]);
  });

  it("under GITHUB_ACTIONS=true adds an ::error / ::warning annotation after each line", () => {
    const lines: string[] = [];
    const warning: Problem = {
      severity: "warning",
      file: "data/a,b.csv",
      message: "50%: odd\nline",
    };
    printProblems([reject, warning], (l) => lines.push(l), { GITHUB_ACTIONS: "true" });
    expect(lines).toEqual([
      "data/exports/9.csv:7:询单人数: not a number: 'abc'",
      "::error file=data/exports/9.csv,line=7,col=3,title=询单人数::not a number: 'abc'",
      "data/a,b.csv: warning: 50%: odd⏎line",
      "::warning file=data/a%2Cb.csv::50%25: odd⏎line",
    ]);
  });

  it("an annotation's properties escape ':' and ','", () => {
    expect(annotation({ severity: "error", file: "C:x,y", message: "m" })).toBe(
      "::error file=C%3Ax%2Cy::m",
    );
  });
});
