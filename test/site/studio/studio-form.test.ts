import { describe, expect, it } from "vitest";
import { schemeForm, weightTotalHtml } from "~/site/studio/studio-form.ts";

const raw = {
  id: "presales",
  mode: "points",
  kpis: [
    {
      id: "inquiry_conversion",
      weight: 30,
      bands: [
        { min: 0.6, points: 30 },
        { min: 0.5, max: 0.6, points: 26 },
        { max: 0.5, points: 0 },
      ],
    },
  ],
  grades: [{ min: 80, grade: "A" }, { grade: "B" }],
  pay: [
    { min: 80, amount: 200 },
    { max: 80, amount: 0 },
  ],
};
const info = new Map([
  [
    "inquiry_conversion",
    {
      label: { zh: "询单转化率", en: "Inquiry conversion" },
      unit: "ratio",
      better: "higher" as const,
    },
  ],
]);
const form = (lang: "zh" | "en") => schemeForm(raw, info, new Set(), lang);
const tick = (html: string, path: unknown[]) =>
  html.match(
    new RegExp(
      `<input type="checkbox" data-flag="${JSON.stringify(path).replace(/[[\]]/g, "\\$&").replace(/"/g, "&quot;")}"[^>]*>`,
    ),
  )?.[0] ?? "";

describe("the studio's band form", () => {
  it("turns off 含下限/含上限 where the band is open (no edge there to include)", () => {
    const html = form("zh");
    // The top band has no max, the bottom band no min: ticking those did nothing but edit the file.
    expect(tick(html, ["kpis", 0, "bands", 0, "maxInclusive"])).toContain(" disabled");
    expect(tick(html, ["kpis", 0, "bands", 2, "minInclusive"])).toContain(" disabled");
    expect(tick(html, ["kpis", 0, "bands", 0, "minInclusive"])).not.toContain(" disabled");
    expect(tick(html, ["kpis", 0, "bands", 1, "maxInclusive"])).not.toContain(" disabled");
  });

  it("names the KPI in its 'scored' switch for a screen reader", () => {
    expect(form("zh")).toContain(
      `data-off="inquiry_conversion" checked aria-label="询单转化率 计分"`,
    );
    expect(form("en")).toContain(`aria-label="Inquiry conversion Scored"`);
  });

  it("says beside the grade cut-offs that pay follows the total's pay bands, not the grade", () => {
    // Moving A from 80 to 85 downgrades 9 agent-months and changes no pay: said where it is done.
    expect(form("zh")).toMatch(
      /<legend>等级线[^<]*<\/legend><p class="muted">绩效工资按下方「绩效工资」的总分分档发放，不按等级/,
    );
    expect(form("en")).toContain("moving a grade cut-off alone changes no pay");
    const { pay: _, ...noPay } = raw;
    expect(schemeForm(noPay, info, new Set(), "en")).not.toContain("changes no pay");
    // A veto caps the pay at its grade's: there a cut-off does move pay.
    const veto = { ...raw, veto: [{ id: "v", label: { zh: "投诉", en: "Complaint" } }] };
    expect(schemeForm(veto, info, new Set(), "en")).not.toContain("changes no pay");
  });
});

describe("the weights' sum at the top of the form", () => {
  const scheme = (w: [number, number]) => ({
    mode: "points",
    kpis: [
      { id: "a", weight: w[0], bands: [{ points: w[0] }] },
      { id: "b", weight: w[1], bands: [{ points: w[1] }] },
    ],
  });
  const text = (html: string) => html.replace(/<[^>]+>/g, "");
  it("says the weights and maxima add up to 100 while a manager moves 5 points between KPIs", () => {
    expect(text(weightTotalHtml(scheme([70, 30]), new Set(), 100, "zh"))).toBe(
      "权重合计 100% · 满分合计 100",
    );
    expect(weightTotalHtml(scheme([70, 30]), new Set(), 100, "zh")).toContain(`class="same"`);
  });

  it("marks a sum that is not 100 and says by how much, as the checker warns", () => {
    const html = weightTotalHtml(scheme([75, 30]), new Set(), 105, "zh");
    expect(text(html)).toBe("⚠ 权重合计 105%（应为 100，+5） · 满分合计 105（应为 100，+5）");
    expect(html).toContain(`class="less"`);
    expect(text(weightTotalHtml(scheme([65, 30]), new Set(), null, "en"))).toBe(
      "⚠ Weights add up to 95% (should be 100, −5)",
    );
  });

  it("sums as the checker does: a composite's maxima are not summed, a weighted scheme counts a missing weight 0", () => {
    const composite = { ...scheme([70, 30]), composite: [{ id: "x", weight: 100 }] };
    expect(text(weightTotalHtml(composite, new Set(), 10, "en"))).toBe("Weights add up to 100%");
    const weighted = {
      mode: "weighted",
      kpis: [{ id: "a", weight: 70 }, { id: "b" }],
    };
    expect(text(weightTotalHtml(weighted, new Set(), null, "en"))).toBe(
      "⚠ Weights add up to 70% (should be 100, −30)",
    );
  });

  it("leaves out a KPI switched off, and is drawn in the form", () => {
    expect(text(weightTotalHtml(scheme([70, 30]), new Set(["b"]), null, "en"))).toBe(
      "⚠ Weights add up to 70% (should be 100, −30)",
    );
    expect(form("zh")).toContain(`<p class="weight-total" aria-live="polite">`);
    expect(text(form("zh"))).toContain("⚠ 权重合计 30%（应为 100，−70）");
  });
});
