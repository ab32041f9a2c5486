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
import { line, point, text } from "./marks.ts";
import { isValue } from "./series.ts";
import { COLOR, css } from "./style.ts";
import type { ChartGeometry, Lang, Layer, Unit } from "./types.ts";

export interface AgentValue {
  agent: string;
  value: number | null;
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

export function distribution(input: DistributionInput): ChartGeometry {
  const { unit, lang } = input;
  const present = input.values.filter((d): d is AgentValue & { value: number } => isValue(d.value));
  const missing = input.values.filter((d) => !isValue(d.value));
  const nums = present.map((d) => d.value);
  const thresholds = input.thresholds ?? [];
  const outliers = outlierIndexes(nums);
  // Threshold labels take up to two staggered rows on top; the outlier legend sits under the axis.
  const margin = { top: 34, right: 20, bottom: outliers.size > 0 ? 38 : 26, left: 20 };
  const width = input.width ?? 560;
  const x = scaleLinear()
    .domain(
      paddedDomain(
        nums,
        thresholds.map((th) => th.value),
        { pad: 0.05 },
      ),
    )
    .range([margin.left, width - margin.right])
    .nice(6);
  const rows = dodgeRows(
    nums.map((v) => x(v)),
    R,
  );
  // Grow taller rather than let a tall stack of dots leave the plot.
  const stack = (Math.max(0, ...rows) + 1) * 2 * R + 14;
  const f = frame(width, Math.max(input.height ?? 120, margin.top + margin.bottom + stack), margin);
  const fmt = (v: number | null): string => formatValue(v, unit, lang);
  const med = d3median(nums);

  const axis: Layer = {
    name: "x-axis",
    marks: [
      line(f.left, f.bottom, f.right, f.bottom, {
        cls: "axis",
        style: css({ stroke: COLOR.muted }),
      }),
      ...x.ticks(6).map((v) =>
        text(x(v), f.bottom + 14, formatTick(v, unit, lang), "middle", {
          cls: "tick x",
          style: css({ fill: COLOR.muted, "font-size": "10px" }),
        }),
      ),
    ],
  };
  const thresholdLayer: Layer = { name: "thresholds", marks: [] };
  const rowEnds = [-Infinity, -Infinity];
  for (const th of [...thresholds].sort((a, b) => a.value - b.value)) {
    const tx = x(th.value);
    if (tx < f.left || tx > f.right) continue;
    // The first of two rows where this label clears the previous one (about 5.5 px a character).
    const row =
      rowEnds.findIndex((end) => end < tx) === -1 ? 1 : rowEnds.findIndex((end) => end < tx);
    rowEnds[row] = tx + 4 + th.label.length * 5.5;
    thresholdLayer.marks.push(
      line(tx, f.top - row * 11, tx, f.bottom, {
        cls: "threshold",
        style: css({ stroke: COLOR.muted, "stroke-dasharray": "3 3" }),
      }),
      text(tx + 2, f.top - 4 - row * 11, th.label, "start", {
        cls: "threshold-label",
        style: css({ fill: COLOR.muted, "font-size": "9px" }),
      }),
    );
  }
  const medianLayer: Layer = { name: "median", marks: [] };
  if (med !== undefined) {
    medianLayer.marks.push(
      line(x(med), f.top + 10, x(med), f.bottom, {
        cls: "median",
        style: css({ stroke: COLOR.ink, "stroke-width": 2 }),
      }),
      text(x(med), f.top + 8, `${t(lang, "中位数", "median")} ${fmt(med)}`, "middle", {
        cls: "median-label",
        style: css({ fill: COLOR.ink, "font-size": "9px" }),
      }),
    );
  }
  const dots: Layer = {
    name: "dots",
    marks: present.map((d, i) => {
      const out = outliers.has(i);
      const mine = d.agent === input.highlight;
      const tip = `${d.agent} · ${fmt(d.value)}${out ? ` · ${t(lang, "离群", "outlier")}` : ""}`;
      return point(
        x(d.value),
        f.bottom - R - 1 - (rows[i] ?? 0) * (2 * R),
        out ? "diamond" : "circle",
        tip,
        {
          cls: `dot${out ? " outlier" : ""}${mine ? " highlight" : ""}`,
          style: css({
            fill: mine ? COLOR.accent : out ? COLOR.paper : COLOR.muted,
            stroke: mine ? COLOR.ink : COLOR.accent,
            "stroke-width": mine ? 2 : 1,
          }),
          area: out ? 70 : 64,
        },
      );
    }),
  };
  const legend: Layer = {
    name: "legend",
    marks:
      outliers.size > 0
        ? [
            text(
              f.left,
              f.bottom + 28,
              t(lang, "◆ 离群（均值 ±1.5 标准差外）", "◆ outlier (beyond mean ±1.5 SD)"),
              "start",
              { cls: "legend", style: css({ fill: COLOR.muted, "font-size": "9px" }) },
            ),
          ]
        : [],
  };

  const title = `${input.metric} · ${input.month}`;
  const sorted = [...present].sort((a, b) => b.value - a.value || a.agent.localeCompare(b.agent));
  const tableRows = [
    ...sorted.map((d) => [
      d.agent,
      fmt(d.value),
      outliers.has(present.indexOf(d)) ? t(lang, "离群", "outlier") : "",
    ]),
    ...missing.map((d) => [d.agent, MISSING_TEXT, t(lang, "缺数据", "missing")]),
  ];
  const desc =
    lang === "zh"
      ? `${input.month} 团队 ${present.length} 人的${input.metric}分布${med === undefined ? "" : `，中位数 ${fmt(med)}`}${outliers.size ? `，${outliers.size} 个离群值（菱形）` : ""}${missing.length ? `，${missing.length} 人缺数据未画出` : ""}。`
      : `Distribution of ${input.metric} across ${present.length} agents in ${input.month}${med === undefined ? "" : `; median ${fmt(med)}`}${outliers.size ? `; ${outliers.size} outliers (diamonds)` : ""}${missing.length ? `; ${missing.length} agents missing, not drawn` : ""}.`;
  return geometry(f, title, desc, [axis, thresholdLayer, medianLayer, dots, legend], {
    columns: [t(lang, "客服", "Agent"), input.metric, t(lang, "备注", "Note")],
    rows: tableRows,
  });
}
