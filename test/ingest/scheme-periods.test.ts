/**
 * `schemesFrom:` (scheme-periods.ts): each entry replaces the default and the
 * roles it names from its month on, in month order whatever order the file
 * lists them in; the months before keep the mapping above it.
 */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseConfig } from "~/ingest/config.ts";
import { parseSchemesFrom, schemeRefAt } from "~/ingest/scheme-periods.ts";

describe("schemeRefAt", () => {
  const { config, errors } = parseConfig(
    {
      defaultScheme: "presales",
      schemeByRole: { 售后: "aftersales" },
      schemesFrom: [
        { from: "2027-01", schemeByRole: { 售后: "aftersales-2027" } },
        { from: "2026-09", defaultScheme: "presales-2026-09" },
      ],
    },
    "data/config.yaml",
  );
  it("picks each month's version, entries applied in month order", () => {
    expect(errors).toEqual([]);
    expect(schemeRefAt(config, "售前", "2026-08")).toBe("presales");
    expect(schemeRefAt(config, "售前", "2026-09")).toBe("presales-2026-09");
    expect(schemeRefAt(config, undefined, "2027-03")).toBe("presales-2026-09");
    expect(schemeRefAt(config, "售后", "2026-12")).toBe("aftersales");
    expect(schemeRefAt(config, "售后", "2027-01")).toBe("aftersales-2027");
    // Without a month (a roster agent not yet in the data): the mapping before any entry.
    expect(schemeRefAt(config, "售后")).toBe("aftersales");
  });

  it("a config without schemesFrom reads as before", () => {
    const plain = parseConfig({ defaultScheme: "presales" }, "c.yaml").config;
    expect(plain.schemesFrom).toEqual([]);
    expect(schemeRefAt(plain, "售前", "2026-09")).toBe("presales");
  });
});

describe("parseSchemesFrom", () => {
  it("reads a month in any month form, a YAML number included, and refuses one given twice", () => {
    const { periods, errors } = parseSchemesFrom(
      [
        { from: 202609, defaultScheme: "a" },
        { from: "2026年10月", defaultScheme: "b" },
        { from: "2026-09-01", defaultScheme: "c" },
      ],
      "data/config.yaml",
    );
    expect(periods.map((p) => [p.from, p.defaultScheme])).toEqual([
      ["2026-09", "a"],
      ["2026-10", "b"],
    ]);
    expect(errors).toEqual([
      "data/config.yaml: schemesFrom.2.from: 2026-09 is given twice: write one entry per month",
    ]);
  });

  it("refuses a from YAML reads as a fraction (2026.10 is 2026.1), asking to quote it", () => {
    const raw = parse("schemesFrom:\n  - from: 2026.10\n    defaultScheme: b\n  - from: 202611\n");
    const { config, errors } = parseConfig(raw, "data/config.yaml");
    expect(errors).toEqual([
      "data/config.yaml: schemesFrom.0.from: 2026.1 is a number to YAML (2026.10 reads as 2026.1): quote the month, as from: '2026-10'",
    ]);
    expect(config.schemesFrom).toEqual([]);
    // Quoted, it is the month it says.
    const quoted = parseConfig(parse("schemesFrom:\n  - from: '2026.10'\n"), "data/config.yaml");
    expect(quoted.config.schemesFrom.map((p) => p.from)).toEqual(["2026-10"]);
  });
});
