import { describe, expect, it } from "vitest";
import { builtinSchemeIds } from "~/engine/builtin/index.ts";
import { checkScheme } from "~/engine/index.ts";
import { METRICS } from "~/engine/metrics.ts";
import { COLUMNS } from "~/ingest/columns.ts";
import { builtin, label, scheme } from "../helpers.ts";

const issuesOf = (id: string) => checkScheme(builtin(id), id);

describe("checkScheme on the seed forms as printed", () => {
  it("Form 6: maximum 110 and rows 2 and 3 (20 points against 15%)", () => {
    const issues = issuesOf("seed-monthly");
    expect(issues.map((i) => [i.severity, i.path])).toEqual([
      ["warning", "kpis"],
      ["warning", "kpis[1].weight"],
      ["warning", "kpis[2].weight"],
    ]);
    expect(issues[0]?.message).toContain("110");
    expect(issues[1]?.message).toMatch(/row 2 .*20 points.*15%/);
    expect(issues[2]?.message).toMatch(/row 3 .*20 points.*15%/);
    expect(issues.every((i) => i.source === "seed-monthly")).toBe(true);
  });

  it("Form 20: weights sum to 75", () => {
    const issues = issuesOf("seed-indicators");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "warning", path: "kpis" });
    expect(issues[0]?.message).toContain("75");
  });

  it("Form 15: pay bands leave 60–69 without pay", () => {
    const issues = issuesOf("seed-form15-pay");
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/gap.*60 to 70/);
    expect(issues[0]?.path).toBe("pay[2]");
  });

  it("Form 11: 3 a week and exactly 60% each fall in two bands", () => {
    const overlaps = issuesOf("seed-form11-manager").filter((i) => i.message.includes("overlap"));
    expect(overlaps.map((i) => i.path)).toEqual(["kpis[0].bands[2].min", "kpis[2].bands[1].min"]);
    expect(overlaps[0]?.message).toContain("exactly 3 ");
    expect(overlaps[1]?.message).toContain("exactly 60%");
  });

  it("Form 18: 10 points against 5%", () => {
    const issues = issuesOf("seed-form18-manager");
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: "kpis[0].weight",
        message: expect.stringMatching(/10 points.*5%/),
      }),
    );
  });

  it("no built-in form has errors (all are scorable)", () => {
    for (const id of ["seed-monthly", "seed-form3-raters", "seed-form9-letter", "seed-form19-360"])
      expect(issuesOf(id).filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("checkScheme looks further: what a scheme can never give", () => {
  it("Form 9: grade B has points but no band gives it", () => {
    const issues = issuesOf("seed-form9-letter").filter((i) => i.path.endsWith("gradePoints.B"));
    expect(issues.map((i) => i.path)).toEqual(["kpis[0].gradePoints.B", "kpis[1].gradePoints.B"]);
    expect(issues[0]?.message).toBe(
      "row 1 (revisit_achievement): grade B (25 points) is given by no band: no value can earn it",
    );
  });

  it("Form 11: whole-number bands leave 4–5 and 6–7 to a fractional value", () => {
    const gaps = issuesOf("seed-form11-manager").filter((i) => i.message.includes("fractional"));
    expect(gaps.map((i) => i.message.slice(0, 45))).toEqual([
      "row 1 (streamer_talks): between 4 and 5 a fra",
      "row 1 (streamer_talks): between 6 and 7 a fra",
    ]);
  });

  it("Form 3: the printed levels 8–10, 4–7, 0–3 leave 3–4 and 7–8 to a weighted average", () => {
    const gaps = issuesOf("seed-form3-raters").filter((i) => i.message.includes("leave a gap"));
    expect(gaps.map((i) => i.path)).toEqual(["kpis[0].levels[1].min", "kpis[0].levels[0].min"]);
    expect(gaps[1]?.message).toContain("a score between 7 and 8");
    // a composite is out of 100 whatever the form's maxima: no "maxima add up to 10" warning
    expect(issuesOf("seed-form3-raters").map((i) => i.path)).not.toContain("kpis");
  });

  const base = { id: "t", label, mode: "points" as const };
  const bands = [
    { min: 0.9, points: 20 },
    { min: 0.5, max: 0.9, points: 10 },
    { max: 0.5, points: 0 },
  ];
  const kpis = [{ id: "inquiry_conversion", bands }];

  it('pay bands written as the forms print them ("80–89", "90–100") are an error where a total sits on the exclusive max', () => {
    // Totals 0–100 in whole points. As written, 80 ≤ total < 89 and 90 ≤ total < 100: a total
    // of 89 and a perfect 100 were scored complete with no pay, exit 0, after a warning
    // "totals from 89 to 90 get no pay" that reads as "none are between 89 and 90".
    const whole = [
      {
        id: "inquiry_conversion",
        bands: [
          { min: 0.9, points: 100 },
          { min: 0.89, max: 0.9, points: 89 },
          { min: 0.5, max: 0.89, points: 60 },
          { max: 0.5, points: 0 },
        ],
      },
    ];
    const errors = (pay: object[]) =>
      checkScheme(scheme({ ...base, kpis: whole, pay }), "t")
        .filter((i) => i.severity === "error")
        .map((i) => `${i.path}: ${i.message}`);
    expect(
      errors([
        { min: 90, max: 100, amount: 300 },
        { min: 80, max: 89, amount: 200 },
        { max: 80, amount: 0 },
      ]),
    ).toEqual([
      "pay[0].max: pay[0] (90–100 → 300) stops below 100 (max is exclusive), so a perfect month, total 100, gets no pay; drop max (90 and above) or add maxInclusive: true",
      'pay[1].max: pay[1] (80–89 → 200) stops below 89 (max is exclusive: 80 ≤ total < 89) and pay[0] (90–100 → 300) starts at 90, so a total of 89 gets no pay; for "80–89" as the form prints it, write max: 90',
    ]);
    // Written as meant: no error.
    expect(
      errors([
        { min: 90, amount: 300 },
        { min: 80, max: 90, amount: 200 },
        { max: 80, amount: 0 },
      ]),
    ).toEqual([]);
    expect(
      errors([
        { min: 90, max: 100, maxInclusive: true, amount: 300 },
        { min: 80, max: 90, amount: 200 },
        { max: 80, amount: 0 },
      ]),
    ).toEqual([]);
  });

  it("a bonus taking a total past a pay table that ends at the maximum is an error", () => {
    // A perfect month and three praises (+2 each) total 106: above 90–100 (max inclusive),
    // it was scored complete, graded, and paid nothing.
    const s = scheme({
      ...base,
      inputs: [{ id: "praise", label, headers: ["客户表扬次数"] }],
      kpis,
      adjustments: [{ id: "praise_bonus", label, input: "praise", points: 2 }],
      pay: [
        { min: 90, max: 100, maxInclusive: true, amount: 300 },
        { max: 90, amount: 0 },
      ],
    });
    expect(
      checkScheme(s, "t")
        .filter((i) => i.severity === "error")
        .map((i) => `${i.path}: ${i.message}`),
    ).toEqual([
      "pay[0].max: a bonus (praise_bonus +2 each) can take a total above 100, where pay[0] (90–100 → 300) ends, and such a month gets no pay; drop max from pay[0] (90 and above)",
    ]);
  });

  it("a penalty taking a total below a pay table that starts at 0 is an error", () => {
    // A weak month and five late arrivals (−3 each) total below 0: under 0–60 → 0, it was
    // scored complete, graded, and its pay cell left empty.
    const s = (pay: object[]) =>
      checkScheme(
        scheme({
          ...base,
          inputs: [{ id: "late", label, headers: ["迟到次数"] }],
          kpis,
          adjustments: [{ id: "late_penalty", label, input: "late", points: -3 }],
          pay,
        }),
        "t",
      )
        .filter((i) => i.severity === "error")
        .map((i) => `${i.path}: ${i.message}`);
    expect(
      s([
        { min: 60, amount: 300 },
        { min: 0, max: 60, amount: 0 },
      ]),
    ).toEqual([
      "pay[1].min: a penalty (late_penalty -3 each) can take a total below 0, where pay[1] (0–60 → 0) starts, and such a month gets no pay; drop min from pay[1] (below 60)",
    ]);
    expect(
      s([
        { min: 60, amount: 300 },
        { max: 60, amount: 0 },
      ]),
    ).toEqual([]);
  });

  it("a grade or pay band no reachable total falls in", () => {
    const issues = checkScheme(
      scheme({
        ...base,
        kpis,
        grades: [{ min: 15, grade: "A" }, { min: 12, grade: "B" }, { grade: "C" }],
        pay: [
          { min: 15, amount: 300 },
          { min: 12, max: 15, amount: 100 },
          { max: 12, amount: 0 },
        ],
      }),
      "t",
    ).filter((i) => i.message.includes("never"));
    expect(issues.map((i) => i.path)).toEqual(["grades[1]", "pay[1]"]);
    expect(issues[0]?.message).toBe(
      "grade B can never be given: no reachable total lies in 12–15 (the totals the bands can add up to: 0, 10, 20)",
    );
  });

  it("a composite whose maximum cannot reach 100", () => {
    const s = scheme({
      ...base,
      inputs: [{ id: "plan", label, headers: ["计划"] }],
      kpis,
      composite: { form: 30, parts: [{ input: "plan", label, weight: 50 }] },
    });
    const issues = checkScheme(s, "t").filter((i) => i.path === "composite");
    expect(issues.map((i) => i.message)).toContain(
      "the composite's maximum is 80: even a perfect month cannot reach 100 (form 30% + parts 50%)",
    );
  });

  it("judgement levels that overlap", () => {
    const s = scheme({
      ...base,
      inputs: [{ id: "a", label, headers: ["a"] }],
      kpis: [
        {
          id: "j",
          type: "judgement",
          max: 10,
          levels: [
            { label: { zh: "高", en: "high" }, min: 7, max: 10 },
            { label: { zh: "中", en: "medium" }, min: 0, max: 8 },
          ],
          raters: [{ input: "a" }],
        },
      ],
    });
    expect(checkScheme(s, "t").map((i) => i.message)).toContain(
      "row 1 (j): levels[1] (中 0–8) and levels[0] (高 7–10) overlap from 7 to 8",
    );
  });
});

describe("checkScheme on made-up faults", () => {
  const base = { id: "t", label, mode: "points" as const };

  it("a gap between bands is an error naming both bands", () => {
    const s = scheme({
      ...base,
      kpis: [
        {
          id: "satisfaction",
          bands: [
            { min: 0.9, points: 100 },
            { max: 0.8, points: 0 },
          ],
        },
      ],
    });
    const errors = checkScheme(s, "t").filter((i) => i.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe("kpis[0].bands[0].min");
    expect(errors[0]?.message).toMatch(/80%.*90%.*bands\[1\].*bands\[0\]/);
  });

  it("an edge both neighbouring bands leave out is a gap at exactly that value (not 'between 50% and 50%')", () => {
    // The studio's 含下限 unticked on 60% > X ≥ 50%: 50% itself is in neither band.
    const s = scheme({
      ...base,
      kpis: [
        {
          id: "inquiry_conversion",
          bands: [
            { min: 0.5, minInclusive: false, points: 26 },
            { max: 0.5, points: 24 },
          ],
        },
      ],
    });
    const [gap] = checkScheme(s, "t").filter((i) => i.severity === "error");
    expect(gap?.message).toBe(
      "row 1 (inquiry_conversion): gap at exactly 50%: both bands leave that value out, so it matches no band (bands[1] (X < 50% → 24) and bands[0] (X > 50% → 26)); make one side inclusive",
    );
    expect(gap?.zh).toContain("恰好 50% 处有空档：两档都不含这个数值");
  });

  it("an overlap open below is written from minus infinity", () => {
    // ST ≤ 6 and ST ≤ 4: everything up to 4 s matches both.
    const s = scheme({
      ...base,
      kpis: [
        {
          id: "first_response",
          bands: [
            { max: 6, points: 100 },
            { max: 4, points: 80 },
            { min: 6, points: 0 },
          ],
        },
      ],
    });
    const overlap = checkScheme(s, "t").find((i) => i.message.includes("overlap"));
    expect(overlap?.message).toContain("overlap: −∞–4 matches both");
    expect(overlap?.zh).toContain("重叠：数值在 −∞–4 之间时同时落在两档");
  });

  it("an overlap open above is written up to infinity (not 'Infinity')", () => {
    // ST > 30 and ST > 40: everything above 40 s matches both.
    const s = scheme({
      ...base,
      kpis: [
        {
          id: "first_response",
          bands: [
            { max: 30, points: 100 },
            { min: 30, points: 0 },
            { min: 40, points: 0 },
          ],
        },
      ],
    });
    const overlap = checkScheme(s, "t").find((i) => i.message.includes("overlap"));
    expect(overlap?.message).toContain("overlap: 40–∞ matches both");
    expect(overlap?.zh).toContain("重叠：数值在 40–∞ 之间时同时落在两档");
  });

  it("values beyond the outermost bands are a warning (none below 0: no metric is negative)", () => {
    const gaps = (band: { min?: number; max?: number }) =>
      checkScheme(
        scheme({ ...base, kpis: [{ id: "satisfaction", bands: [{ ...band, points: 100 }] }] }),
        "t",
      ).filter((i) => i.message.includes("gap"));
    expect(gaps({ min: 0.5 }).map((i) => [i.severity, i.message])).toEqual([
      ["warning", expect.stringContaining("gap between −∞ and 50%")],
    ]);
    // Above a max of 1 on a ratio: no gap beyond 100%, but 100% itself is left out (next test).
    expect(gaps({ min: 0.5, max: 1 }).map((i) => i.severity)).toEqual(["warning"]);
    expect(gaps({ min: 0 })).toEqual([]);
    expect(gaps({ min: -1 })).toEqual([]);
  });

  it("an outermost band that leaves out 0 or 100% itself on its exclusive side is an error saying what to write", () => {
    // As managers write them: 满意率 90%–100%, and 退款率 / 首次响应 from 0 (lower is
    // better, so min is exclusive). A month with no refunds, an instant reply or every
    // review satisfied matched no band: no points, no grade, no pay, after a warning only.
    const errors = (kpi: Record<string, unknown>) =>
      checkScheme(scheme({ ...base, kpis: [kpi] }), "t")
        .filter((i) => i.severity === "error")
        .map((i) => `${i.path}: ${i.message}`);
    expect(
      errors({
        id: "satisfaction",
        bands: [
          { min: 0.9, max: 1, points: 30 },
          { max: 0.9, points: 0 },
        ],
      }),
    ).toEqual([
      "kpis[0].bands[0].max: row 1 (satisfaction): bands[0] (100% > X ≥ 90% → 30) leaves out 100% itself (max is exclusive when higher is better), so a month at exactly 100% matches no band: no points, no grade, no pay; to count 100% in it, drop `max: 1` or add `maxInclusive: true`",
    ]);
    expect(
      errors({
        id: "refund_rate",
        bands: [
          { min: 0, max: 0.02, points: 15 },
          { min: 0.02, points: 0 },
        ],
      }),
    ).toEqual([
      "kpis[0].bands[0].min: row 1 (refund_rate): bands[0] (0% < X ≤ 2% → 15) leaves out 0 itself (min is exclusive when lower is better), so a month at exactly 0 matches no band: no points, no grade, no pay; to count 0 in it, drop `min: 0` or add `minInclusive: true`",
    ]);
    expect(
      errors({
        id: "first_response",
        bands: [
          { min: 0, max: 6, minInclusive: true, points: 15 },
          { min: 6, points: 0 },
        ],
      }),
    ).toEqual([]);
    expect(
      errors({
        id: "satisfaction",
        bands: [
          { min: 0.9, max: 1, maxInclusive: true, points: 30 },
          { max: 0.9, points: 0 },
        ],
      }),
    ).toEqual([]);
    // 答问比 may pass 1: a max of 1 there is a real bound, not 100%.
    expect(
      errors({
        id: "answer_ratio",
        bands: [
          { min: 0.5, max: 1, points: 30 },
          { max: 0.5, points: 0 },
        ],
      }),
    ).toEqual([]);
  });

  it("bands out of order, and a better band with fewer points", () => {
    const s = scheme({
      ...base,
      kpis: [
        {
          id: "satisfaction",
          bands: [
            { min: 0.9, points: 50 },
            { max: 0.8, points: 0 },
            { min: 0.8, max: 0.9, points: 60 },
          ],
        },
      ],
    });
    const messages = checkScheme(s, "t").map((i) => `${i.path}: ${i.message}`);
    expect(
      messages.some((m) =>
        m.startsWith("kpis[0].bands[2]: row 1 (satisfaction): bands out of order"),
      ),
    ).toBe(true);
    expect(
      messages.some((m) => m.includes("kpis[0].bands[0].points") && m.includes("fewer points")),
    ).toBe(true);
  });

  it("grades out of order", () => {
    const s = scheme({
      ...base,
      kpis: [{ id: "satisfaction", bands: [{ points: 100 }] }],
      grades: [
        { min: 60, grade: "C" },
        { min: 90, grade: "S" },
      ],
    });
    expect(checkScheme(s, "t").map((i) => i.path)).toContain("grades[1].min");
  });
});

describe("checkScheme: slips a manager makes that scored silently", () => {
  const base = { id: "t", label, mode: "points" as const };
  const conversion = (bands: object[]) => ({ id: "inquiry_conversion", weight: 100, bands });
  const percentBands = [
    { min: 60, points: 100 },
    { min: 50, max: 60, points: 80 },
    { max: 50, points: 0 },
  ];

  it("a ratio's bounds typed as percents (min: 60 for 60%) are an error that says to write 0.6", () => {
    const issues = checkScheme(scheme({ ...base, kpis: [conversion(percentBands)] }), "t");
    const errors = issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.path, i.message, i.zh])).toEqual([
      [
        "kpis[0].bands[0].min",
        "row 1 (inquiry_conversion): bounds 60, 50 are above 1, but inquiry_conversion is a ratio, at most 1 (100%): percents typed as numbers? write ratios as fractions (0.6 for 60%); as written, every value lies below them",
        "第 1 行（inquiry_conversion）：inquiry_conversion 是比率，最大为 1（100%），分档界限 60、50 却比它大：是把百分数直接写成了数字吗？比率请写成小数（60% 写 0.6）；照现在的写法，所有数值都低于这些界限",
      ],
    ]);
  });

  it("takes a bound far beyond 100 × the ratio's limit (an open band written out as 1e9) as written, not as a percent", () => {
    const open = [
      { min: 0.6, max: 1e9, points: 100 },
      { max: 0.6, points: 0 },
    ];
    const issues = checkScheme(scheme({ ...base, kpis: [conversion(open)] }), "t");
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("is said per band set (a season too) and for a line's ends; ratios that pass 1 and multiples are exempt", () => {
    const fraction = [
      { min: 0.6, points: 100 },
      { max: 0.6, points: 0 },
    ];
    const s = scheme({
      ...base,
      inputs: [
        { id: "accuracy", label, headers: ["准确率"], kind: "ratio" },
        { id: "share", label, headers: ["占比"], kind: "ratio", max: 2 },
      ],
      kpis: [
        { ...conversion(fraction), seasons: [{ months: [11], bands: percentBands }] },
        {
          id: "satisfaction",
          type: "linear",
          from: { value: 60, points: 0 },
          to: { value: 90, points: 10 },
        },
        // 答问比 is agent messages per buyer message: 2.5 is a real bound.
        {
          id: "answer_ratio",
          bands: [
            { min: 2.5, points: 5 },
            { max: 2.5, points: 0 },
          ],
        },
        // A multiple (落实客单价 1.35) is no share of a whole.
        {
          id: "aov_ratio",
          bands: [
            { min: 1.35, points: 5 },
            { max: 1.35, points: 0 },
          ],
        },
        {
          id: "accuracy",
          unit: "ratio",
          bands: [
            { min: 95, points: 5 },
            { max: 95, points: 0 },
          ],
        },
        // A ratio input declared up to 2 (200%) may have bounds up to 2.
        {
          id: "share",
          unit: "ratio",
          bands: [
            { min: 1.5, points: 5 },
            { max: 1.5, points: 0 },
          ],
        },
      ],
    });
    const errors = checkScheme(s, "t").filter((i) => i.severity === "error");
    expect(errors.map((i) => i.path)).toEqual([
      "kpis[0].seasons[0].bands[0].min",
      "kpis[1].from.value",
      "kpis[4].bands[0].min",
    ]);
    expect(errors[1]?.message).toContain("bounds 60, 90 are above 1");
    expect(errors[2]?.message).toBe(
      "row 5 (accuracy): bound 95 is above 1, but accuracy is a ratio, at most 1 (100%): a percent typed as a number? write ratios as fractions (0.95 for 95%); as written, every value lies below it",
    );
  });

  it("only 答问比 passes 1 among the catalogue's ratios, as ingest reads its column", () => {
    const unboundedColumns = new Set(COLUMNS.filter((c) => c.unbounded).map((c) => c.id));
    const unboundedMetrics = Object.values(METRICS)
      .filter((m) => m.unbounded)
      .map((m) => m.id);
    expect(unboundedMetrics).toEqual(["answer_ratio"]);
    for (const m of Object.values(METRICS))
      if (m.kind === "ratio" && m.fallback !== undefined && m.unit === "ratio")
        expect(m.unbounded === true, m.id).toBe(unboundedColumns.has(m.fallback));
  });

  it("grades with no catch-all: totals below the lowest grade's min get no grade, said with the range", () => {
    const kpis = [
      conversion([
        { min: 0.5, points: 100 },
        { max: 0.5, points: 40 },
      ]),
    ];
    const floor = (grades: object[]) =>
      checkScheme(scheme({ ...base, kpis, grades }), "t").filter((i) =>
        i.message.includes("no grade"),
      );
    const issues = floor([
      { min: 90, grade: "S" },
      { min: 80, grade: "A" },
    ]);
    expect(issues.map((i) => [i.severity, i.path, i.message, i.zh])).toEqual([
      [
        "warning",
        "grades[1].min",
        "totals from 40 to under 80 get no grade: the lowest grade, A, starts at 80; add a last grade without min (e.g. { grade: D }) to give them one",
        "总分 40 到 80 以下评不上任何等级：最低的等级 A 从 80 起；在最后加一个不写 min 的等级（如 { grade: D }）即可给它们评级",
      ],
    ]);
    // The lowest min whatever the order the grades are listed in.
    expect(
      floor([
        { min: 80, grade: "A" },
        { min: 90, grade: "S" },
      ]).map((i) => i.path),
    ).toEqual(["grades[0].min"]);
    // A catch-all, or a lowest min no reachable total is under: nothing to say.
    expect(floor([{ min: 90, grade: "S" }, { grade: "D" }])).toEqual([]);
    expect(
      floor([
        { min: 90, grade: "S" },
        { min: 40, grade: "C" },
      ]),
    ).toEqual([]);
    // A penalty can take a total below anything: no lower end is named.
    const penalised = checkScheme(
      scheme({
        ...base,
        inputs: [{ id: "late", label, headers: ["迟到"] }],
        kpis,
        adjustments: [{ id: "late", label, input: "late", points: -5 }],
        grades: [{ min: 60, grade: "C" }],
      }),
      "t",
    ).find((i) => i.message.includes("no grade"));
    expect(penalised?.message).toMatch(/^totals below 60 get no grade: /);
    expect(penalised?.zh).toMatch(/^总分低于 60 评不上任何等级：/);
  });

  it("two seasons claiming the same month are an error naming both and the month", () => {
    const bands = [
      { max: 10, points: 15 },
      { min: 10, points: 0 },
    ];
    const s = scheme({
      ...base,
      kpis: [
        {
          id: "first_response",
          weight: 100,
          bands,
          seasons: [
            { months: [11, 12], label: { zh: "双11旺季", en: "Singles' Day peak" }, bands },
            { months: [12, 1], bands },
          ],
        },
      ],
    });
    const errors = checkScheme(s, "t").filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.path, i.message, i.zh])).toEqual([
      [
        "kpis[0].seasons[1].months[0]",
        "row 1 (first_response): month 12 is in two seasons, seasons[0] (Singles' Day peak: months 11, 12) and seasons[1] (months 12, 1): only the first listed would apply; give each month to one season",
        "第 1 行（first_response）：12 月同时属于两个季节 seasons[0]（双11旺季：11、12 月）和 seasons[1]（12、1 月）：只有先列出的会生效；每个月只能属于一个季节",
      ],
    ]);
  });

  it("a band no value can match (45% > X ≥ 45%) is said plainly, and is no overlap or 'fewer points'", () => {
    const s = scheme({
      ...base,
      kpis: [
        conversion([
          { min: 0.5, points: 100 },
          { min: 0.45, max: 0.45, points: 90 },
          { min: 0.45, max: 0.5, points: 80 },
          { max: 0.45, points: 0 },
        ]),
      ],
    });
    const issues = checkScheme(s, "t");
    expect(issues.map((i) => [i.severity, i.path, i.message, i.zh])).toEqual([
      [
        "warning",
        "kpis[0].bands[1]",
        "row 1 (inquiry_conversion): bands[1] (45% > X ≥ 45% → 90) can never match: min and max are both 45% and one side is exclusive, so no value lies in it; fix min or max (to match exactly 45%, set minInclusive and maxInclusive to true)",
        "第 1 行（inquiry_conversion）：bands[1]（45% > X ≥ 45% → 90）永远匹配不到：下限和上限都是 45%，且有一端不含等号，没有任何数值落在其中；请改正下限或上限（若要恰好匹配 45%，把 minInclusive 和 maxInclusive 都设为 true）",
      ],
    ]);
    // Its points are no reachable total, and the band below does not point at it as the next.
    expect(s.kpis[0]?.kind === "banded" && s.kpis[0].base.bands[3]?.next).toBe(2);
    // Both sides inclusive, it holds exactly 45%: a real band (here overlapping the next one).
    const point = scheme({
      ...base,
      kpis: [
        conversion([
          { min: 0.45, max: 0.45, minInclusive: true, maxInclusive: true, points: 100 },
          { max: 0.45, points: 0 },
          { min: 0.45, points: 100 },
        ]),
      ],
    });
    expect(checkScheme(point, "t").some((i) => i.message.includes("never match"))).toBe(false);
  });
});

describe("every finding in Chinese too (the Chinese pages and the studio)", () => {
  /** English phrases of three words or more: none may stand in the Chinese text. */
  const englishPhrases = (en: string) =>
    en.replace(/'[^']*'|\([^)]*\)|\[[^\]]*\]/g, "").match(/\b[a-z]{3,}(?: [a-z]{2,}){2,}/g) ?? [];

  it("says each built-in form's findings and each made-up fault in Chinese", () => {
    const faults = scheme({
      id: "t",
      label,
      mode: "points",
      kpis: [
        {
          id: "satisfaction",
          bands: [
            { min: 0.9, points: 50 },
            { max: 0.7, points: 0 },
            { min: 0.8, max: 0.9, points: 60 },
          ],
        },
      ],
      grades: [
        { min: 60, grade: "C" },
        { min: 90, grade: "S" },
      ],
      pay: [
        { min: 0, max: 50, amount: 0 },
        { min: 60, amount: 100 },
      ],
    });
    const slips = scheme({
      id: "u",
      label,
      mode: "points",
      kpis: [
        {
          id: "inquiry_conversion",
          bands: [
            { min: 60, points: 30 },
            { min: 45, max: 45, points: 20 },
            { max: 60, points: 0 },
          ],
          seasons: [
            { months: [11, 12], bands: [{ points: 30 }] },
            { months: [12], bands: [{ points: 30 }] },
          ],
        },
      ],
      grades: [{ min: 20, grade: "A" }],
    });
    const issues = [
      ...builtinSchemeIds.flatMap((id) => issuesOf(id)),
      ...checkScheme(faults, "t"),
      ...checkScheme(slips, "u"),
    ];
    // A percent typed as a number, an empty band, a month in two seasons, no grade below A.
    expect(issues.filter((i) => i.source === "u").length).toBeGreaterThanOrEqual(4);
    // Gaps, overlaps, order, fewer points, totals, letters, reachability, levels, pay, grades.
    expect(new Set(issues.map((i) => i.message.replace(/[\d.%]+/g, "#"))).size).toBeGreaterThan(12);
    for (const i of issues) {
      expect(i.zh, i.message).toMatch(/[\u4e00-\u9fff]/);
      for (const w of englishPhrases(i.message))
        expect(i.zh, `${i.message} → ${i.zh}`).not.toContain(w);
    }
  });
});
