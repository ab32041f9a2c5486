/**
 * One KPI of one agent over months: the value line (gaps where missing), the
 * scheme's bands as per-month zones, and the team median as a dashed line.
 * Pure: runs at build time and in the browser.
 */
import { scaleLinear } from "d3";
import { monthAxis, valueAxis } from "./axes.ts";
import { paddedDomain } from "./domain.ts";
import { formatPoints, formatTick, formatValue, MISSING_TEXT, t } from "./format.ts";
import { frame, geometry, monthScale, monthsOf } from "./frame.ts";
import {
  FONT,
  type LabelRequest,
  type LabelSpot,
  middleWithin,
  NARROW,
  placeLabels,
  textWidth,
} from "./labelLayout.ts";
import { path, point, pointBoxes, text, textBoxesOf } from "./marks.ts";
import { alignToMonths, isValue, seriesLayer, seriesPath } from "./series.ts";
import { COLOR, css } from "./style.ts";
import type { BandView, ChartGeometry, Lang, Layer, MonthValue, Unit } from "./types.ts";
import {
  bandEdges,
  bandLabelWidth,
  bandMarginLabels,
  bandZones,
  type MonthBands,
} from "./zones.ts";

export interface KpiTrendInput {
  /** The KPI's display name, e.g. "询单转化率". */
  kpi: string;
  agent?: string;
  unit: Unit;
  values: ReadonlyArray<MonthValue & { points?: number | null }>;
  bands?: readonly MonthBands[];
  median?: readonly MonthValue[];
  /** The months to show, in order; defaults to every month of the inputs. */
  months?: readonly string[];
  lang: Lang;
  width?: number;
  height?: number;
}

export function kpiTrend(input: KpiTrendInput): ChartGeometry {
  const { unit, lang } = input;
  const bands = input.bands ?? [];
  const median = input.median ?? [];
  const width = input.width ?? 560;
  const narrow = width < NARROW;
  // The bands are labelled in the right margin: wide enough for "≥60% · 30 分" unless narrow.
  const labelRoom = narrow
    ? textWidth("30 分")
    : Math.min(bandLabelWidth(bands, unit, lang), width * 0.3);
  const f = frame(width, input.height ?? 240, {
    top: 16,
    right: Math.max(16, Math.ceil(labelRoom) + 8),
    bottom: 24,
    left: 48,
  });
  const x = monthScale(input.months ?? monthsOf(input.values, median, bands), f);
  const values = alignToMonths(input.values, x.months) as Array<
    MonthValue & { points?: number | null }
  >;
  const med = alignToMonths(median, x.months);
  const shown = new Set(x.months);
  const data: number[] = [];
  for (const d of values) if (isValue(d.value)) data.push(d.value);
  for (const d of med) if (isValue(d.value)) data.push(d.value);
  const clamp: [number, number] | undefined =
    unit === "ratio" && data.every((v) => v <= 1) ? [0, 1] : undefined;
  const domain = paddedDomain(
    data,
    bandEdges(bands.filter((b) => shown.has(b.month))),
    clamp ? { clamp } : {},
  );
  const y = scaleLinear()
    .domain(domain)
    .range([f.bottom, f.top])
    .nice(narrow ? 4 : 5);
  const fmt = (v: number | null): string => formatValue(v, unit, lang);

  const yAxis = valueAxis(y, f, (v) => formatTick(v, unit, lang), narrow ? 4 : 5);
  const xAxis = monthAxis(x, f);
  const series = seriesLayer(values, x, y);
  const medianLayer: Layer = { name: "median", marks: [] };
  if (med.some((d) => isValue(d.value))) {
    medianLayer.marks.push(
      path(seriesPath(med, x, y), {
        cls: "median",
        style: css({
          fill: "none",
          stroke: COLOR.ink,
          "stroke-width": 1.2,
          "stroke-dasharray": "5 4",
        }),
      }),
    );
  }
  const points: Layer = { name: "points", marks: [] };
  const missing: Layer = { name: "missing", marks: [] };
  for (const d of values) {
    const cx = x.center(d.month);
    if (!isValue(d.value)) {
      missing.marks.push(
        text(cx, f.bottom - 4, t(lang, "缺", "n/a"), "middle", {
          cls: "missing",
          style: css({ fill: COLOR.muted, "font-size": `${FONT}px` }),
        }),
      );
      continue;
    }
    const pts = d.points === undefined ? "" : ` · ${formatPoints(d.points, lang)}`;
    points.marks.push(
      point(cx, y(d.value), "circle", `${d.month} · ${fmt(d.value)}${pts}`, {
        cls: "point",
        style: css({ fill: COLOR.paper, stroke: COLOR.accent, "stroke-width": 1.5 }),
      }),
    );
  }

  // Labels that add information (the rest is in the tooltips and the data table):
  // the latest value, the team median once at its end, the months that crossed
  // into another band, the highest and the lowest. Placed in that order where
  // they collide with nothing already drawn.
  const obstacles = [...textBoxesOf([yAxis, xAxis, missing]), ...pointBoxes(points)];
  const requests: LabelRequest<string>[] = [];
  const right = f.right + 2;
  const around = (cx: number, cy: number, label: string): LabelSpot[] => [
    // 8 px up: at 7 the box touched its own point (r 3.4, pad 1), so this spot was never taken.
    { x: middleWithin(cx, label, right), y: cy - 8, anchor: "middle" },
    { x: middleWithin(cx, label, right), y: cy + 15, anchor: "middle" },
    { x: cx - 6, y: cy - 5, anchor: "end" },
    { x: cx + 6, y: cy - 5, anchor: "start" },
    { x: cx - 6, y: cy + 13, anchor: "end" },
    { x: cx + 6, y: cy + 13, anchor: "start" },
  ];
  const present = values.filter((d): d is MonthValue & { value: number } => isValue(d.value));
  const valueLabel = (d: MonthValue & { value: number }) =>
    requests.push({
      text: fmt(d.value),
      spots: around(x.center(d.month), y(d.value), fmt(d.value)),
      data: "value",
    });
  const last = present.at(-1);
  if (last) valueLabel(last);
  const lastMedian = med.findLast((d) => isValue(d.value));
  if (lastMedian && isValue(lastMedian.value)) {
    const mx = x.center(lastMedian.month);
    const my = y(lastMedian.value);
    requests.push({
      text: t(lang, "团队中位数", "team median"),
      spots: [
        { x: mx, y: my - 5, anchor: "end" },
        { x: mx, y: my + 14, anchor: "end" },
        { x: mx - x.step, y: my - 5, anchor: "end" },
        { x: mx - x.step, y: my + 14, anchor: "end" },
      ],
      data: "median-label",
    });
  }
  const bandOf = (d: MonthValue & { value: number }): number => {
    const mb = bands.find((b) => b.month === d.month)?.bands ?? [];
    return mb.findIndex((b) => inBand(b, d.value));
  };
  const rest: (MonthValue & { value: number })[] = [];
  for (let i = present.length - 2; i >= 0; i--) {
    const d = present[i] as MonthValue & { value: number };
    const next = present[i + 1] as MonthValue & { value: number };
    // The month that crossed into another band than the month before.
    if (bands.length > 0 && bandOf(d) !== bandOf(next)) rest.push(next);
  }
  const byValue = [...present].sort((a, b) => a.value - b.value);
  const lo = byValue[0];
  const hi = byValue.at(-1);
  for (const d of [hi, lo, ...rest]) if (d && d !== last) valueLabel(d);
  const bounds = { x0: 0, y0: 0, x1: right, y1: f.bottom };
  const seen = new Set<string>();
  const labels = placeLabels(
    requests.filter((r) => {
      const key = `${r.text}@${r.spots[0]?.x}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
    obstacles,
    bounds,
  );
  const valueLabels: Layer = { name: "value-labels", marks: [] };
  for (const l of labels) {
    const layer = l.data === "median-label" ? medianLayer : valueLabels;
    layer.marks.push(
      text(l.x, l.y, l.text, l.anchor, {
        cls: l.data,
        style: css({ fill: COLOR.ink, "font-size": `${FONT}px` }),
      }),
    );
  }

  const title = input.agent ? `${input.agent} · ${input.kpi}` : input.kpi;
  const hasPoints = values.some((d) => d.points !== undefined);
  const hasMedian = medianLayer.marks.length > 0;
  const columns = [t(lang, "月份", "Month"), input.kpi];
  if (hasPoints) columns.push(t(lang, "得分", "Points"));
  if (hasMedian) columns.push(t(lang, "团队中位数", "Team median"));
  const rows = values.map((d, i) => {
    const row = [d.month, fmt(d.value)];
    if (hasPoints) row.push(d.points === undefined ? MISSING_TEXT : formatPoints(d.points, lang));
    if (hasMedian) row.push(fmt(med[i]?.value ?? null));
    return row;
  });
  return geometry(
    f,
    title,
    describe(input, values, hasMedian, bands.length > 0),
    [
      ...bandZones(bands, x, y, unit, lang),
      bandMarginLabels(bands, x, y, f, unit, lang),
      yAxis,
      xAxis,
      medianLayer,
      series,
      missing,
      points,
      valueLabels,
    ],
    { columns, rows },
  );
}

/** Whether a value falls in a band (its edges as the band states them). */
function inBand(b: BandView, v: number): boolean {
  const aboveLo = b.lo === null || (b.loInclusive ? v >= b.lo : v > b.lo);
  const belowHi = b.hi === null || (b.hiInclusive ? v <= b.hi : v < b.hi);
  return aboveLo && belowHi;
}

function describe(
  input: KpiTrendInput,
  values: readonly MonthValue[],
  median: boolean,
  zones: boolean,
): string {
  const { lang, unit } = input;
  const present = values.filter((d) => isValue(d.value));
  const last = present.at(-1);
  const first = values[0]?.month ?? "";
  const end = values.at(-1)?.month ?? "";
  const gaps = values.length - present.length;
  const parts =
    lang === "zh"
      ? [
          `${input.kpi}，${first} 至 ${end}，共 ${values.length} 个月`,
          last ? `最近一期 ${last.month} 为 ${formatValue(last.value, unit, lang)}` : "没有数值",
          gaps > 0 ? `${gaps} 个月缺数据（折线断开）` : "",
          zones ? "底色为考核方案的分档区间" : "",
          median ? "虚线为团队中位数" : "",
        ]
      : [
          `${input.kpi}, ${first} to ${end}, ${values.length} months`,
          last ? `latest ${last.month}: ${formatValue(last.value, unit, lang)}` : "no values",
          gaps > 0 ? `${gaps} months missing (gaps in the line)` : "",
          zones ? "shaded zones are the scheme's bands" : "",
          median ? "dashed line is the team median" : "",
        ];
  return `${parts.filter(Boolean).join(lang === "zh" ? "；" : "; ")}${lang === "zh" ? "。" : "."}`;
}
