import { describe, expect, it } from "vitest";
import { selfTimes } from "../../scripts/bench/profile-summary.ts";

const frame = (functionName: string, url = "", lineNumber = 0) => ({
  functionName,
  url,
  lineNumber,
});

describe("selfTimes", () => {
  it("groups samples by function and location and spreads the span over them", () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame("(root)") },
        { id: 2, callFrame: frame("parse", "file:///work/main/src/ingest/cells.ts", 9) },
        { id: 3, callFrame: frame("", "file:///x/node_modules/d3-array/dist/d3-array.mjs", 71) },
      ],
      startTime: 0,
      endTime: 4000, // µs: 4 samples → 1 ms each
      samples: [2, 3, 2, 2],
    };
    expect(selfTimes(profile)).toEqual([
      { name: "parse", where: "src/ingest/cells.ts:10", ms: 3, share: 0.75 },
      { name: "(anonymous)", where: "~nm/d3-array/dist/d3-array.mjs:72", ms: 1, share: 0.25 },
    ]);
  });
});
