/** A path inside a scheme file finds the line it was written on (check prints `file:line:`). */
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { yamlLines } from "~/ingest/yaml-lines.ts";

const linesOf = (text: string) => {
  const lines = new LineCounter();
  return yamlLines(parseDocument(text, { lineCounter: lines }), lines);
};

const scheme = [
  "id: presales", // 1
  "label: { zh: 售前, en: Pre-sales }", // 2
  "mode: points", // 3
  "kpis:", // 4
  "  - id: inquiry_conversion", // 5
  "    weight: 30", // 6
  "    bands:", // 7
  "      - { min: 0.6, points: 30 }", // 8
  "      - min: 0.5", // 9
  "        max: 0.6", // 10
  "        points: 26", // 11
  "pay:", // 12
  "  - { min: 90, amount: 300 }", // 13
  "",
].join("\n");

describe("yamlLines", () => {
  const lineOf = linesOf(scheme);

  it("gives a map entry's key line, in block and in flow style", () => {
    expect(lineOf("kpis")).toBe(4);
    expect(lineOf("kpis[0].weight")).toBe(6);
    expect(lineOf("kpis[0].bands[0].min")).toBe(8);
    expect(lineOf("kpis[0].bands[1].max")).toBe(10);
    expect(lineOf("pay[0].amount")).toBe(13);
  });

  it("gives a list item's line, and the nearest part the file has for a key it lacks", () => {
    expect(lineOf("kpis[0]")).toBe(5);
    expect(lineOf("kpis[0].bands[1]")).toBe(9);
    // `max` is what the message asks to add: it is on its band's line.
    expect(lineOf("kpis[0].bands[0].max")).toBe(8);
    expect(lineOf("pay[0].max")).toBe(13);
  });

  it("gives nothing for the whole file, and reads JSON schemes too", () => {
    expect(lineOf("")).toBeUndefined();
    expect(
      linesOf('{\n  "id": "x",\n  "kpis": [\n    { "id": "a", "weight": 50 }\n  ]\n}')(
        "kpis[0].weight",
      ),
    ).toBe(4);
  });
});
