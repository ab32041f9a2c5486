/**
 * One KPI of one agent over months: the value line (gaps where missing), the
 * scheme's bands as per-month zones, and the team median as a dashed line.
 * Pure: runs at build time and in the browser.
 */
import { scaleLinear } from "d3";
import { monthAxis, valueAxis } from "./axes.ts";
import { paddedDomain } from "./domain.ts";
import { formatBeside, formatPoints, formatTick, MISSING_TEXT, t } from "./format.ts";
import { frame, geometry, monthScale, monthsOf } from "./frame.ts";
import { labelRequests, wantedLabels } from "./kpiTrendLabels.ts";
import { NARROW, placeLabels, textWidth } from "./labelLayout.ts";
import { path, point, pointBoxes, text, textBoxesOf } from "./marks.ts";
import { alignToMonths, isValue, seriesLayer, seriesPath } from "./series.ts";
import { COLOR, css, HOLLOW_POINT, INK_TEXT, MUTED_TEXT } from "./style.ts";
import type { ChartGeometry, Lang, Layer, MonthValue, Unit } from "./types.ts";
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

// Constant styles, built once: a style string is a class's lookup key (style-classes.ts).
const MEDIAN_LINE = css({
  fill: "none",
  stroke: COLOR.ink,
  "stroke-width": 1.2,
  "stroke-dasharray": "5 4",
});

export function kpiTrend(input: KpiTrendInput): ChartGeometry {
  return kpiTrendAt(input)(input.width ?? 560);
}

/**
 * The chart as a function of its width. A page draws each chart twice (at
 * desktop and at phone width, see rendered.ts), so what the width does not
 * change (the months, the value domain, which values get a label, the texts
 * and the data table) is worked out here once.
 */
export function kpiTrendAt(input: Omit<KpiTrendInput, "width">): (width: number) => ChartGeometry {
  const { unit, lang } = input;
  const bands = input.bands ?? [];
  const median = input.median ?? [];
  const height = input.height ?? 240;
  const months = input.months ?? monthsOf(input.values, median, bands);
  const values = alignToMonths(input.values, months) as Array<
    MonthValue & { points?: number | null }
  >;
  const med = alignToMonths(median, months);
  const domain = valueDomain(values, med, bands, new Set(months), unit);
  // Values are read beside the bands: never rounded onto or across an edge they did not reach.
  const edges = bandEdges(bands);
  const fmt = (v: number | null): string => formatBeside(v, unit, lang, edges);
  const tips = values.map((d) => {
    const pts = d.points === undefined ? "" : ` · ${formatPoints(d.points, lang)}`;
    return `${d.month} · ${fmt(d.value)}${pts}`;
  });
  const hasMedianLine = med.some((d) => isValue(d.value));
  const wanted = wantedLabels(values, med, bands, fmt, lang);
  const missingText = t(lang, "缺", "n/a");
  const title = input.agent ? `${input.agent} · ${input.kpi}` : input.kpi;
  const table = dataTable(input.kpi, values, med, hasMedianLine, fmt, lang);
  const desc = describe(input, values, hasMedianLine, bands.length > 0, fmt);

  return (width) => {
    const narrow = width < NARROW;
    // The bands are labelled in the right margin: wide enough for "≥60% · 30 分" unless narrow.
    const labelRoom = narrow
      ? textWidth("30 分")
      : Math.min(bandLabelWidth(bands, unit, lang), width * 0.3);
    const f = frame(width, height, {
      top: 16,
      right: Math.max(16, Math.ceil(labelRoom) + 8),
      bottom: 24,
      left: 48,
    });
    const x = monthScale(months, f);
    const y = scaleLinear()
      .domain(domain)
      .range([f.bottom, f.top])
      .nice(narrow ? 4 : 5);

    const yAxis = valueAxis(y, f, (v) => formatTick(v, unit, lang), narrow ? 4 : 5);
    const xAxis = monthAxis(x, f);
    const series = seriesLayer(values, x, y);
    const medianLayer: Layer = { name: "median", marks: [] };
    if (hasMedianLine) {
      medianLayer.marks.push(path(seriesPath(med, x, y), { cls: "median", style: MEDIAN_LINE }));
    }
    const points: Layer = { name: "points", marks: [] };
    const missing: Layer = { name: "missing", marks: [] };
    values.forEach((d, i) => {
      const cx = x.center(d.month);
      if (!isValue(d.value)) {
        missing.marks.push(
          text(cx, f.bottom - 4, missingText, "middle", {
            cls: "missing",
            style: MUTED_TEXT,
          }),
        );
        return;
      }
      points.marks.push(
        point(cx, y(d.value), "circle", tips[i] ?? "", { cls: "point", style: HOLLOW_POINT }),
      );
    });

    const obstacles = [...textBoxesOf([yAxis, xAxis, missing]), ...pointBoxes(points)];
    const right = f.right + 2;
    const labels = placeLabels(labelRequests(wanted, x, y, right), obstacles, {
      x0: 0,
      y0: 0,
      x1: right,
      y1: f.bottom,
    });
    const valueLabels: Layer = { name: "value-labels", marks: [] };
    for (const l of labels) {
      const layer = l.data === "median-label" ? medianLayer : valueLabels;
      layer.marks.push(text(l.x, l.y, l.text, l.anchor, { cls: l.data, style: INK_TEXT }));
    }

    return geometry(
      f,
      title,
      desc,
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
      table,
    );
  };
}

/** The values' and medians' span, widened to the bands' edges of the months shown; a ratio within 0–1 stays there. */
function valueDomain(
  values: readonly MonthValue[],
  med: readonly MonthValue[],
  bands: readonly MonthBands[],
  shown: ReadonlySet<string>,
  unit: Unit,
): [number, number] {
  const data: number[] = [];
  for (const d of values) if (isValue(d.value)) data.push(d.value);
  for (const d of med) if (isValue(d.value)) data.push(d.value);
  const clamp: [number, number] | undefined =
    unit === "ratio" && data.every((v) => v <= 1) ? [0, 1] : undefined;
  return paddedDomain(
    data,
    bandEdges(bands.filter((b) => shown.has(b.month))),
    clamp ? { clamp } : {},
  );
}

/** The chart's data table (its text alternative): each month's value, points and the team median. */
function dataTable(
  kpi: string,
  values: readonly (MonthValue & { points?: number | null })[],
  med: readonly MonthValue[],
  hasMedianLine: boolean,
  fmt: (v: number | null) => string,
  lang: Lang,
): ChartGeometry["table"] {
  const hasPoints = values.some((d) => d.points !== undefined);
  const columns = [t(lang, "月份", "Month"), kpi];
  if (hasPoints) columns.push(t(lang, "得分", "Points"));
  if (hasMedianLine) columns.push(t(lang, "团队中位数", "Team median"));
  const rows = values.map((d, i) => {
    const row = [d.month, fmt(d.value)];
    if (hasPoints) row.push(d.points === undefined ? MISSING_TEXT : formatPoints(d.points, lang));
    if (hasMedianLine) row.push(fmt(med[i]?.value ?? null));
    return row;
  });
  return { columns, rows };
}

function describe(
  input: Pick<KpiTrendInput, "kpi" | "lang">,
  values: readonly MonthValue[],
  median: boolean,
  zones: boolean,
  fmt: (v: number | null) => string,
): string {
  const { lang } = input;
  const present = values.filter((d) => isValue(d.value));
  const last = present.at(-1);
  const first = values[0]?.month ?? "";
  const end = values.at(-1)?.month ?? "";
  const gaps = values.length - present.length;
  const parts =
    lang === "zh"
      ? [
          `${input.kpi}，${first} 至 ${end}，共 ${values.length} 个月`,
          last ? `最近一期 ${last.month} 为 ${fmt(last.value)}` : "没有数值",
          gaps > 0 ? `${gaps} 个月缺数据（折线断开）` : "",
          zones ? "底色为考核方案的分档区间" : "",
          median ? "虚线为团队中位数" : "",
        ]
      : [
          `${input.kpi}, ${first} to ${end}, ${values.length} months`,
          last ? `latest ${last.month}: ${fmt(last.value)}` : "no values",
          gaps > 0 ? `${gaps} months missing (gaps in the line)` : "",
          zones ? "shaded zones are the scheme's bands" : "",
          median ? "dashed line is the team median" : "",
        ];
  return `${parts.filter(Boolean).join(lang === "zh" ? "；" : "; ")}${lang === "zh" ? "。" : "."}`;
}
