import { describe, expect, it } from "vitest";
import { parseScheme } from "~/engine/index.ts";
import { label } from "../helpers.ts";

const good = {
  id: "t",
  label,
  mode: "points",
  kpis: [
    {
      id: "inquiry_conversion",
      bands: [
        { min: 0.5, points: 10 },
        { max: 0.5, points: 0 },
      ],
    },
  ],
};

describe("parseScheme", () => {
  it("compiles a valid scheme", () => {
    const { scheme, issues } = parseScheme(good, "t.yaml");
    expect(issues).toEqual([]);
    expect(scheme?.max).toBe(10);
    expect(scheme?.kpis[0]?.label.zh).toBe("询单转化率");
  });

  it("reports every error at once, each with source and path", () => {
    const raw = {
      ...good,
      mode: "pointz",
      kpis: [
        good.kpis[0],
        {
          id: "satisfaction",
          bands: [
            { min: "90%", points: 5 },
            { max: 0.9, points: "x" },
          ],
        },
      ],
    };
    const { scheme, issues } = parseScheme(raw, "shop.yaml");
    expect(scheme).toBeNull();
    expect(issues.map((i) => i.path).sort()).toEqual([
      "kpis[1].bands[0].min",
      "kpis[1].bands[1].points",
      "mode",
    ]);
    expect(issues.every((i) => i.source === "shop.yaml" && i.severity === "error")).toBe(true);
  });

  it("names unknown KPI types, unknown metrics, undeclared inputs and missing weights", () => {
    const raw = {
      ...good,
      mode: "weighted",
      kpis: [
        { id: "x", type: "magic" },
        { id: "nosuch", weight: 10, bands: [{ points: 1 }] },
        { id: "a", type: "deduction", weight: 5, input: "undeclared", max: 5, each: 1 },
        { id: "inquiry_conversion", bands: [{ min: 0.5, points: 100 }] },
      ],
    };
    const paths = parseScheme(raw, "s").issues.map((i) => i.path);
    expect(paths).toContain("kpis[0].type");
    // Bad type stops before semantic checks; fix it and the rest show up together.
    const fixed = { ...raw, kpis: raw.kpis.slice(1) };
    const issues = parseScheme(fixed, "s").issues;
    expect(issues.map((i) => i.path).sort()).toEqual([
      "kpis[0].metric",
      "kpis[0].unit",
      "kpis[1].input",
      "kpis[2].weight",
    ]);
  });

  it("requires letter grades to have points", () => {
    const raw = {
      ...good,
      kpis: [
        {
          id: "revisit_rate",
          bands: [
            { min: 1, grade: "A" },
            { max: 1, grade: "E" },
          ],
          gradePoints: { A: 5 },
        },
      ],
    };
    expect(parseScheme(raw, "s").issues).toEqual([
      expect.objectContaining({ path: "kpis[0].bands[1].grade", severity: "error" }),
    ]);
  });

  it("rejects unknown keys (a typo is not silently ignored)", () => {
    const raw = { ...good, kpis: [{ ...good.kpis[0], wieght: 3 }] };
    const issues = parseScheme(raw, "s").issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("kpis[0]");
    expect(issues[0]?.message).toContain("wieght");
  });

  it("never throws on garbage", () => {
    for (const raw of [null, 3, "x", [], { kpis: "no" }]) {
      const { scheme, issues } = parseScheme(raw, "g");
      expect(scheme).toBeNull();
      expect(issues.length).toBeGreaterThan(0);
    }
  });
});

describe("parseScheme reports one issue per bad field (property)", () => {
  it("corrupting k band points gives exactly those k paths", async () => {
    const fc = (await import("fast-check")).default;
    const bands = [0.9, 0.8, 0.7, 0.6, 0.5].map((min, i) => ({ min, points: 50 - i * 10 }));
    fc.assert(
      fc.property(fc.subarray([0, 1, 2, 3, 4], { minLength: 1 }), (bad) => {
        const raw = {
          ...good,
          kpis: [
            {
              id: "satisfaction",
              bands: bands.map((b, i) => (bad.includes(i) ? { ...b, points: "ten" } : b)),
            },
          ],
        };
        const { scheme, issues } = parseScheme(raw, "p.yaml");
        expect(scheme).toBeNull();
        expect(issues.map((i) => i.path)).toEqual(bad.map((i) => `kpis[0].bands[${i}].points`));
      }),
    );
  });
});

describe("parseScheme in Chinese too", () => {
  it("words the schema's errors (Zod's zh-CN locale) and its own checks in Chinese", () => {
    const raw = {
      ...good,
      mode: "pointz",
      kpis: [
        { id: "x", type: "magic" },
        { id: "satisfaction", bands: [{ min: "90%", points: 5 }] },
      ],
    };
    const { issues } = parseScheme(raw, "shop.yaml");
    expect(issues.map((i) => [i.path, i.zh])).toEqual([
      ["mode", '无效选项：期望以下之一 "points"|"weighted"'],
      [
        "kpis[0].type",
        "未知的考核项类型 'magic'（可用：banded、linear、judgement、deduction、checklist）",
      ],
      // A ratio written with a percent sign: said plainly, with the fraction to write.
      ["kpis[1].bands[0].min", "应为数字，实际为 '90%'：比率请写成小数（90% 写 0.9）"],
    ]);
    expect(issues[0]?.message).toBe('Invalid option: expected one of "points"|"weighted"');
    expect(issues[2]?.message).toBe(
      "expected a number, got '90%': write ratios as fractions (0.9 for 90%)",
    );
  });

  it("says an empty number field is empty (not 'received null'), a band's bound by name", () => {
    // `min:` with nothing after it in YAML, or a bound emptied in the studio's form: null.
    const raw = {
      ...good,
      kpis: [
        {
          id: "inquiry_conversion",
          bands: [
            { min: null, points: 10 },
            { max: null, points: null },
          ],
        },
      ],
    };
    const { scheme, issues } = parseScheme(raw, "shop.yaml");
    expect(scheme).toBeNull();
    expect(issues.map((i) => [i.severity, i.path, i.message, i.zh])).toEqual([
      [
        "error",
        "kpis[0].bands[0].min",
        "the lower bound is empty: a number is needed",
        "下限为空：需要填写一个数字",
      ],
      [
        "error",
        "kpis[0].bands[1].max",
        "the upper bound is empty: a number is needed",
        "上限为空：需要填写一个数字",
      ],
      ["error", "kpis[0].bands[1].points", "empty: a number is needed", "为空：需要填写一个数字"],
    ]);
  });

  it("says a left-out field is required, naming its path (not 'received undefined')", () => {
    const raw = {
      ...good,
      inputs: [{ id: "sup", headers: ["主管评"] }], // no label
      kpis: [
        ...good.kpis,
        { id: "j", type: "judgement", max: 10, raters: [{ input: "sup", label, weight: 100 }] },
      ],
    };
    const { issues } = parseScheme(raw, "shop.yaml");
    expect(issues.map((i) => [i.path, i.message, i.zh])).toEqual([
      ["inputs[0].label", "required: missing (expected object)", "必填项缺失（应为对象）"],
      ["kpis[1].levels", "required: missing (expected array)", "必填项缺失（应为数组）"],
    ]);
  });
});

describe("parseScheme: what to write instead, said for the field", () => {
  const withKpi = (kpi: object, extra: object = {}) => ({ ...good, ...extra, kpis: [kpi] });
  const percentOf = (raw: unknown) =>
    parseScheme(raw, "s").issues.map((i) => [i.path, i.message, i.zh]);

  it("a weight written '30%' is in percent already: write 30 (not the fraction)", () => {
    expect(percentOf(withKpi({ ...good.kpis[0], weight: "30%" }))).toEqual([
      [
        "kpis[0].weight",
        "expected a number, got '30%': a weight is in percent already: write 30, without %",
        "应为数字，实际为 '30%'：权重本身就以 % 为单位：写 30，不带 %",
      ],
    ]);
  });

  it("a number written with the unit a form prints (800元, 30分, 6秒) says the number to write", () => {
    const raw = {
      ...withKpi({ ...good.kpis[0], weight: "30分" }),
      pay: [{ min: 90, amount: "800元" }],
    };
    expect(percentOf(raw).map(([path, message]) => [path, message])).toEqual([
      [
        "pay[0].amount",
        "expected a number, got '800元': write 800, without 元 (the field's unit is implied)",
      ],
      [
        "kpis[0].weight",
        "expected a number, got '30分': write 30, without 分 (the field's unit is implied)",
      ],
    ]);
  });

  it("a composite's shares and a rater's weight are percents too", () => {
    const raw = {
      ...good,
      inputs: [
        { id: "plan", label, headers: ["计划"] },
        { id: "sup", label, headers: ["主管"] },
      ],
      kpis: [
        ...good.kpis,
        {
          id: "j",
          type: "judgement",
          max: 10,
          levels: [{ label, min: 0, max: 10 }],
          raters: [{ input: "sup", weight: "80%" }],
        },
      ],
      composite: { form: "40%", parts: [{ input: "plan", label, weight: "60%" }] },
    };
    expect(percentOf(raw).map(([path, message]) => [path, message])).toEqual([
      [
        "composite.form",
        "expected a number, got '40%': the form's share (composite.form) is in percent already: write 40, without %",
      ],
      [
        "composite.parts[0].weight",
        "expected a number, got '60%': a weight is in percent already: write 60, without %",
      ],
      [
        "kpis[1].raters[0].weight",
        "expected a number, got '80%': a weight is in percent already: write 80, without %",
      ],
    ]);
  });

  it("a bound on a ratio (or a multiple, a declared ratio input) is a fraction; points and seconds a plain number", () => {
    const raw = {
      ...good,
      inputs: [{ id: "accuracy", label, headers: ["准确率"], kind: "ratio", min: "10%" }],
      kpis: [
        {
          id: "aov_ratio",
          bands: [
            { min: "135%", points: 5 },
            { max: 1.35, points: "5%" },
          ],
        },
        { id: "first_response", bands: [{ max: "6%", points: 5 }] },
        {
          id: "satisfaction",
          bands: [{ points: 1 }],
          seasons: [{ months: [11], bands: [{ min: "85%", points: 1 }] }],
        },
        {
          id: "reply_rate",
          type: "linear",
          from: { value: "90%", points: 0 },
          to: { value: 1, points: 5 },
        },
        { id: "accuracy", unit: "ratio", bands: [{ min: "95%", points: 5 }] },
      ],
    };
    expect(percentOf(raw)).toEqual([
      [
        "inputs[0].min",
        "expected a number, got '10%': write ratios as fractions (0.1 for 10%)",
        "应为数字，实际为 '10%'：比率请写成小数（10% 写 0.1）",
      ],
      [
        "kpis[0].bands[0].min",
        "expected a number, got '135%': write ratios as fractions (1.35 for 135%)",
        "应为数字，实际为 '135%'：比率请写成小数（135% 写 1.35）",
      ],
      [
        "kpis[0].bands[1].points",
        "expected a number, got '5%': write a plain number, without %",
        "应为数字，实际为 '5%'：请写不带 % 的数字",
      ],
      [
        "kpis[1].bands[0].max",
        "expected a number, got '6%': write a plain number, without %",
        "应为数字，实际为 '6%'：请写不带 % 的数字",
      ],
      [
        "kpis[2].seasons[0].bands[0].min",
        "expected a number, got '85%': write ratios as fractions (0.85 for 85%)",
        "应为数字，实际为 '85%'：比率请写成小数（85% 写 0.85）",
      ],
      [
        "kpis[3].from.value",
        "expected a number, got '90%': write ratios as fractions (0.9 for 90%)",
        "应为数字，实际为 '90%'：比率请写成小数（90% 写 0.9）",
      ],
      [
        "kpis[4].bands[0].min",
        "expected a number, got '95%': write ratios as fractions (0.95 for 95%)",
        "应为数字，实际为 '95%'：比率请写成小数（95% 写 0.95）",
      ],
    ]);
  });

  it("a label in one language says to write both, zh and en (both required)", () => {
    const raw = {
      ...good,
      label: "售前考核",
      description: "Pre-sales",
      kpis: [
        {
          ...good.kpis[0],
          seasons: [{ months: [11], label: { zh: "双11旺季" }, bands: [{ points: 1 }] }],
        },
      ],
    };
    expect(percentOf(raw)).toEqual([
      [
        "label",
        "expected both languages, got only '售前考核': write label: { zh: 售前考核, en: <English> } (zh and en are both required)",
        "应同时写中文和英文，实际只有 '售前考核'：请写成 label: { zh: 售前考核, en: <英文> }（zh 和 en 都必填）",
      ],
      [
        "description",
        "expected both languages, got only 'Pre-sales': write description: { zh: <Chinese>, en: Pre-sales } (zh and en are both required)",
        "应同时写中文和英文，实际只有 'Pre-sales'：请写成 description: { zh: <中文>, en: Pre-sales }（zh 和 en 都必填）",
      ],
      [
        "kpis[0].seasons[0].label.en",
        "the English is missing: a label needs both zh and en (label: { zh: 双11旺季, en: <English> })",
        "缺少英文：标签要同时写 zh 和 en（label: { zh: 双11旺季, en: <英文> }）",
      ],
    ]);
  });
});
