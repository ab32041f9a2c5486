/** Scheme files: names that are Object.prototype properties never pass, and size limits. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScheme } from "~/engine/index.ts";
import { METRICS } from "~/engine/metrics.ts";
import { SCHEME_LIMITS } from "~/engine/scheme/raw-schema.ts";
import { loadSchemeFile, MAX_SCHEME_BYTES } from "~/ingest/schemes.ts";
import { tempDir } from "../../support/temp-dir.ts";
import { label } from "../helpers.ts";

const letterKpi = (grade: string, gradePoints: Record<string, number>) => ({
  id: "t",
  label,
  mode: "points",
  kpis: [
    {
      id: "inquiry_conversion",
      gradePoints,
      bands: [
        { min: 0.5, grade },
        { max: 0.5, grade: "B" },
      ],
    },
  ],
});

describe("prototype names", () => {
  it.each(["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"])(
    "a grade named %s without points is an error, never points from the prototype",
    (grade) => {
      const { scheme, issues } = parseScheme(letterKpi(grade, { B: 1 }), "t.yaml");
      expect(scheme).toBeNull();
      expect(issues.map((i) => i.path)).toContain("kpis[0].bands[0].grade");
    },
  );

  it("a grade named constructor is refused even with points given for it", () => {
    const raw = letterKpi("constructor", JSON.parse('{"constructor": 5, "B": 1}'));
    const { scheme, issues } = parseScheme(raw, "t.yaml");
    expect(scheme).toBeNull();
    expect(issues.map((i) => i.message).join("\n")).toMatch(/reserved name/);
  });

  it.each(["constructor", "tostring"])("a KPI id %s is no catalogue metric", (id) => {
    expect(METRICS[id]).toBeUndefined();
    const raw = { id: "t", label, mode: "points", kpis: [{ id, bands: [{ points: 1 }] }] };
    const { scheme, issues } = parseScheme(raw, "t.yaml");
    expect(scheme).toBeNull();
    expect(issues.length).toBeGreaterThan(0);
  });

  it("an input id or a scheme id that is a prototype name is refused", () => {
    const raw = {
      id: "constructor",
      label,
      mode: "points",
      inputs: [{ id: "valueof", label, headers: ["x"] }],
      kpis: [{ id: "inquiry_conversion", bands: [{ points: 1 }] }],
    };
    const { issues } = parseScheme(raw, "t.yaml");
    expect(issues).toContainEqual(
      expect.objectContaining({ path: "id", message: expect.stringMatching(/reserved name/) }),
    );
  });
});

describe("size limits", () => {
  const band = (i: number) => ({ min: i, points: 1 });
  it(`more than ${SCHEME_LIMITS.bandsPerKpi} bands in a KPI is an error naming the KPI`, () => {
    const bands = Array.from({ length: SCHEME_LIMITS.bandsPerKpi + 1 }, (_, i) => band(i));
    const raw = { id: "t", label, mode: "points", kpis: [{ id: "inquiries", bands }] };
    const { scheme, issues } = parseScheme(raw, "t.yaml");
    expect(scheme).toBeNull();
    expect(issues).toContainEqual(
      expect.objectContaining({ path: "kpis[0].bands", message: "at most 100 bands per KPI" }),
    );
  });

  it(`more than ${SCHEME_LIMITS.kpis} KPIs is an error`, () => {
    const kpis = Array.from({ length: SCHEME_LIMITS.kpis + 1 }, () => ({
      id: "inquiries",
      bands: [band(0)],
    }));
    const { issues } = parseScheme({ id: "t", label, mode: "points", kpis }, "t.yaml");
    expect(issues).toContainEqual(
      expect.objectContaining({ path: "kpis", message: "at most 100 KPIs in one scheme" }),
    );
  });

  it("a scheme file above 1 MiB is refused before it is parsed", async () => {
    const file = join(tempDir("kpi-scheme"), "huge.yaml");
    const bands = "    - { min: 1, points: 1 }\n".repeat(60_000);
    writeFileSync(file, `id: huge\nmode: points\nkpis:\n  - id: inquiries\n    bands:\n${bands}`);
    const started = performance.now();
    const { scheme, issues } = await loadSchemeFile(file);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(scheme).toBeNull();
    expect(issues[0]?.message).toMatch(
      new RegExp(`^scheme file is \\d+ bytes; the limit is ${MAX_SCHEME_BYTES}`),
    );
  });
});
