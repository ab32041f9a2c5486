/** `--help` names every option each command's parser takes (a new option cannot go unlisted). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { helpText } from "~/cli/help.ts";
import { REPO } from "../report/fixture-project.ts";

/** The option names a parseArgs `options: { … }` block in a source file declares. */
function declared(file: string, block: RegExp): string[] {
  const source = readFileSync(join(REPO, file), "utf8");
  const body = block.exec(source)?.[1] ?? "";
  return [...body.matchAll(/^\s*"?([a-z-]+)"?: \{ type:/gm)].map((m) => `--${m[1]}`);
}

describe("helpText", () => {
  it.each([
    ["score", "src/cli/args.ts", /const OPTIONS = \{([\s\S]*?)\} as const/],
    ["check", "src/cli/args.ts", /const OPTIONS = \{([\s\S]*?)\} as const/],
    ["report", "src/report/options.ts", /options: \{([\s\S]*?)\n {4}\},/],
    ["template", "src/cli/template-command.ts", /options: \{([\s\S]*?)\n {6}\},/],
  ] as const)("%s lists every option its parser takes", (command, file, block) => {
    const options = declared(file, block);
    expect(options.length).toBeGreaterThan(3);
    const text = helpText(command);
    // check takes --format and --out too (shared parser) but writes nothing: not offered.
    const listed = options.filter(
      (o) => command !== "check" || (o !== "--format" && o !== "--out"),
    );
    for (const o of listed) expect(text, o).toMatch(new RegExp(`^ {2}${o}\\b`, "m"));
  });
});
