/**
 * The team's distribution of one number for one month: one dot per agent
 * (a beeswarm along x), threshold lines (band or grade edges), the median,
 * and outliers beyond ±1.5 SD of the mean drawn as diamonds.
 */
import { median as d3median, deviation, mean, scaleLinear } from "d3";
import { dodgeRows } from "./dodge.ts";
import { paddedDomain } from "./domain.ts";
import { formatTick, formatValue, MISSING_TEXT, t } from "./format.ts";
import { frame, geometry } from "./frame.ts";
import { FONT, type LabelRequest, NARROW, placeLabels, textWidth } from "./labelLayout.ts";
import { line, point, pointBoxes, text, textBoxesOf } from "./marks.ts";
import { isValue } from "./series.ts";
import { COLOR, css } from "./style.ts";
import { thresholdRows } from "./threshold-rows.ts";
import type { ChartGeometry, Lang, Layer, Unit } from "./types.ts";

export interface AgentValue {
  agent: string;
  value: number | null;
  /**
   * An incomplete month's total (a KPI without data: lower than the work
   * was): drawn hollow, and left out of the median, the outliers and the
   * names of the extremes, as the ranking's top and bottom leave it out.
   */
  incomplete?: boolean;
}

export interface Threshold {
  value: number;
  /** e.g. "A ≥80" or "≥60% · 30 分". */
  label: string;
}

export interface DistributionInput {
  /** What is measured, e.g. "总分" or "询单转化率". */
  metric: string;
  month: string;
  unit: Unit;
  values: readonly AgentValue[];
  thresholds?: readonly Threshold[];
  /** An agent to emphasise (e.g. on that agent's page). */
  highlight?: string;
  lang: Lang;
  width?: number;
  height?: number;
}

const R = 5;

/** Indexes of values farther than `k` standard deviations from the mean (needs ≥ 3 values). */
export function outlierIndexes(values: readonly number[], k = 1.5): Set<number> {
  const sd = values.length >= 3 ? deviation(values) : undefined;
  const mu = mean(values);
  if (!sd || mu === undefined) return new Set();
  return new Set(values.flatMap((v, i) => (Math.abs(v - mu) > k * sd ? [i] : [])));
}

/**
 * The median's and the dots' names: a halo of the panel's colour under the
 * letters, so a dashed threshold line they sit across breaks around them
 * instead of striking them through ("阿杰" on the S ≥90 line).
 */
const LABEL_STYLE = css({
  fill: COLOR.ink,
  "font-size": `${FONT}px`,
  "paint-order": "stroke",
  stroke: COLOR.paper,
  "stroke-width": 3,
  "stroke-linejoin": "round",
});

const OUTLIER = { zh: "离群", en: "outlier" } as const;
const INCOMPLETE = { zh: "数据不完整", en: "incomplete" } as const;

const dotStyle = (mine: boolean, out: boolean) =>
  css({
    fill: mine ? COLOR.accent : out ? COLOR.paper : COLOR.muted,
    stroke: mine ? COLOR.ink : COLOR.accent,
    "stroke-width": mine ? 2 : 1,
  });

/** An incomplete month's dot: hollow, its outline dashed, apart from the counted ones. */
const INCOMPLETE_DOT = css({
  fill: COLOR.paper,
  stroke: COLOR.muted,
  "stroke-width": 1.5,
  "stroke-dasharray": "2 1.5",
});

/** Values and thresholds all within 0–100%: a share (答问比-like ratios above 1 are not clamped). */
function isShare(nums: readonly number[], thresholds: readonly Threshold[]): boolean {
  return (
    nums.every((v) => v >= 0 && v <= 1) && thresholds.every((t) => t.value >= 0 && t.value <= 1)
  );
}

/** Threshold label rows above the plot, each `ROW` px tall. */
const ROW = FONT + 3;

export function distribution(input: DistributionInput): ChartGeometry {
  const { unit, lang } = input;
  const present = input.values.filter((d): d is AgentValue & { value: number } => isValue(d.value));
  const missing = input.values.filter((d) => !isValue(d.value));
  const nums = present.map((d) => d.value);
  const thresholds = [...(input.thresholds ?? [])].sort((a, b) => a.value - b.value);
  // The median and the outliers are the complete months': indexes into `present`.
  const counted = present.flatMap((d, i) => (d.incomplete ? [] : [i]));
  const outliers = new Set(
    [...outlierIndexes(counted.map((i) => nums[i] as number))].map((k) => counted[k] as number),
  );
  const partial = present.length - counted.length;
  const width = input.width ?? 560;
  const narrow = width < NARROW;
  const side = { left: 20, right: 20 };
  const x = scaleLinear()
    .domain(
      paddedDomain(
        nums,
        thresholds.map((th) => th.value),
        // A share never passes 100%: no axis to "105%" when someone replied to everyone.
        unit === "ratio" && isShare(nums, thresholds)
          ? { pad: 0.05, clamp: [0, 1] }
          : { pad: 0.05 },
      ),
    )
    .range([side.left, width - side.right])
    .nice(narrow ? 4 : 6);
  const labelRow = thresholdRows(
    thresholds.map((th) => x(th.value)),
    thresholds.map((th) => textWidth(th.label)),
    side.left,
    width - side.right,
  );
  const rowCount = Math.max(0, ...labelRow) + 1;
  const rows = dodgeRows(
    nums.map((v) => x(v)),
    R,
  );
  // Room above the dots for the median's label and the names of the extreme dots.
  const margin = {
    top: 4 + (thresholds.length > 0 ? rowCount : 0) * ROW,
    right: side.right,
    bottom: outliers.size > 0 || partial > 0 ? 44 : 28,
    left: side.left,
  };
  // Grow taller rather than let a tall stack of dots leave the plot.
  const stack = (Math.max(0, ...rows) + 1) * 2 * R + 2 * ROW + 4;
  const f = frame(width, Math.max(input.height ?? 120, margin.top + margin.bottom + stack), margin);
  const fmt = (v: number | null): string => formatValue(v, unit, lang);
  const med = d3median(counted, (i) => nums[i]);

  const axis: Layer = {
    name: "x-axis",
    marks: [
      line(f.left, f.bottom, f.right, f.bottom, {
        cls: "axis",
        style: css({ stroke: COLOR.muted }),
      }),
      ...x.ticks(narrow ? 4 : 6).map((v) =>
        text(x(v), f.bottom + 15, formatTick(v, unit, lang), "middle", {
          cls: "tick x",
          style: css({ fill: COLOR.muted, "font-size": `${FONT}px` }),
        }),
      ),
    ],
  };
  const thresholdLayer: Layer = { name: "thresholds", marks: [] };
  thresholds.forEach((th, i) => {
    const row = labelRow[i] ?? -1;
    if (row < 0) return;
    const tx = x(th.value);
    thresholdLayer.marks.push(
      line(tx, f.top - row * ROW, tx, f.bottom, {
        cls: "threshold",
        style: css({ stroke: COLOR.muted, "stroke-dasharray": "3 3" }),
      }),
      text(tx + 2, f.top - 4 - row * ROW, th.label, "start", {
        cls: "threshold-label",
        style: css({ fill: COLOR.muted, "font-size": `${FONT}px` }),
      }),
    );
  });
  const dotY = (i: number) => f.bottom - R - 1 - (rows[i] ?? 0) * (2 * R);
  const dots: Layer = {
    name: "dots",
    marks: present.map((d, i) => {
      const out = outliers.has(i);
      const mine = d.agent === input.highlight;
      const note = out ? ` · ${OUTLIER[lang]}` : d.incomplete ? ` · ${INCOMPLETE[lang]}` : "";
      const tip = `${d.agent} · ${fmt(d.value)}${note}`;
      return point(x(d.value), dotY(i), out ? "diamond" : "circle", tip, {
        cls: `dot${out ? " outlier" : ""}${d.incomplete ? " incomplete" : ""}${mine ? " highlight" : ""}`,
        style: d.incomplete && !mine ? INCOMPLETE_DOT : dotStyle(mine, out),
        area: out ? 70 : 64,
      });
    }),
  };
  // The median, then the names of the highest and lowest dots and of the outliers,
  // where they collide with nothing; every name is also in the tooltip and the table.
  const requests: LabelRequest<string>[] = [];
  if (med !== undefined) {
    const mx = x(med);
    const label = `${t(lang, "中位数", "median")} ${fmt(med)}`;
    requests.push({
      text: label,
      spots: [
        { x: mx, y: f.top + 11, anchor: "middle" },
        { x: mx - 3, y: f.top + 11, anchor: "end" },
        { x: mx + 3, y: f.top + 11, anchor: "start" },
        { x: mx, y: f.top + 11 + ROW, anchor: "middle" },
      ],
      data: "median-label",
    });
  }
  const order = [...counted].sort((a, b) => (present[b]?.value ?? 0) - (present[a]?.value ?? 0));
  const named = [order[0], order.at(-1), ...order.filter((i) => outliers.has(i))];
  const seen = new Set<number>();
  for (const i of named) {
    if (i === undefined || seen.has(i)) continue;
    seen.add(i);
    const d = present[i];
    if (!d) continue;
    const cx = x(d.value);
    const cy = dotY(i);
    requests.push({
      text: d.agent,
      spots: [
        { x: cx, y: cy - R - 4, anchor: "middle" },
        { x: cx + R + 3, y: cy + 4, anchor: "start" },
        { x: cx - R - 3, y: cy + 4, anchor: "end" },
        { x: cx, y: cy - R - 4 - ROW, anchor: "middle" },
      ],
      data: "dot-label",
    });
  }
  const placed = placeLabels(
    requests,
    [...textBoxesOf([axis, thresholdLayer]), ...pointBoxes(dots)],
    { x0: 0, y0: f.top, x1: f.width, y1: f.bottom },
  );
  const medianLayer: Layer = { name: "median", marks: [] };
  const names: Layer = { name: "dot-labels", marks: [] };
  if (med !== undefined) {
    const top = placed.find((p) => p.data === "median-label");
    medianLayer.marks.push(
      line(x(med), top ? top.box.y1 + 1 : f.top + 10, x(med), f.bottom, {
        cls: "median",
        style: css({ stroke: COLOR.ink, "stroke-width": 2 }),
      }),
    );
  }
  for (const p of placed) {
    (p.data === "median-label" ? medianLayer : names).marks.push(
      text(p.x, p.y, p.text, p.anchor, {
        cls: p.data,
        style: LABEL_STYLE,
      }),
    );
  }
  const keys = [
    outliers.size > 0
      ? t(lang, "◆ 离群（均值 ±1.5 标准差外）", "◆ outlier (beyond mean ±1.5 SD)")
      : "",
    partial > 0 ? t(lang, "○ 数据不完整（不计入中位数）", "○ incomplete (not in the median)") : "",
  ].filter(Boolean);
  const legend: Layer = {
    name: "legend",
    marks:
      keys.length > 0
        ? [
            text(f.left, f.bottom + 32, keys.join(lang === "zh" ? "　" : "   "), "start", {
              cls: "legend",
              style: css({ fill: COLOR.muted, "font-size": `${FONT}px` }),
            }),
          ]
        : [],
  };

  const title = `${input.metric} · ${input.month}`;
  const sorted = [...present].sort((a, b) => b.value - a.value || a.agent.localeCompare(b.agent));
  const tableRows = [
    ...sorted.map((d) => [
      d.agent,
      fmt(d.value),
      outliers.has(present.indexOf(d)) ? OUTLIER[lang] : d.incomplete ? INCOMPLETE[lang] : "",
    ]),
    ...missing.map((d) => [d.agent, MISSING_TEXT, t(lang, "缺数据", "missing")]),
  ];
  const desc =
    lang === "zh"
      ? `${input.month} 团队 ${present.length} 人的${input.metric}分布${med === undefined ? "" : `，中位数 ${fmt(med)}${partial ? `（不含 ${partial} 人数据不完整，空心点）` : ""}`}${outliers.size ? `，${outliers.size} 个离群值（菱形）` : ""}${missing.length ? `，${missing.length} 人缺数据未画出` : ""}。`
      : `Distribution of ${input.metric} across ${present.length} agents in ${input.month}${med === undefined ? "" : `; median ${fmt(med)}${partial ? ` (leaving out ${partial} incomplete, hollow dots)` : ""}`}${outliers.size ? `; ${outliers.size} outliers (diamonds)` : ""}${missing.length ? `; ${missing.length} agents missing, not drawn` : ""}.`;
  return geometry(f, title, desc, [axis, thresholdLayer, medianLayer, dots, names, legend], {
    columns: [t(lang, "客服", "Agent"), input.metric, t(lang, "备注", "Note")],
    rows: tableRows,
  });
}
