/** The lines printed after a publish about what was left beside the output. */
import { describe, expect, it } from "vitest";
import { publishNotes } from "~/report/publish-notes.ts";

describe("publishNotes", () => {
  it("nothing left beside the output: no line", () => {
    expect(publishNotes({}, "dist")).toEqual([]);
  });

  it("each folder left is named with what to do, in a fixed order", () => {
    const lines = publishNotes(
      { kept: "/p/dist.replaced-1", late: "/p/.dist.old-2", leftBehind: "/p/.dist.old-3 (EACCES)" },
      "dist",
    );
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /could not be removed: \/p\/\.dist\.old-3 \(EACCES\); remove that folder/,
    );
    expect(lines[1]).toMatch(/left at \/p\/\.dist\.old-2; move out what is yours/);
    expect(lines[2]).toMatch(
      /^report: --force: what dist held before .* kept in \/p\/dist\.replaced-1;/,
    );
  });
});
