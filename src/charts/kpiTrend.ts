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
import { path, point, text } from "./marks.ts";
import { alignToMonths, isValue, seriesLayer, seriesPath } from "./series.ts";
import { COLOR, css } from "./style.ts";
import type { ChartGeometry, Lang, Layer, MonthValue, Unit } from "./types.ts";
import { bandEdges, bandZones, type MonthBands } from "./zones.ts";

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
  const f = frame(input.width ?? 560, input.height ?? 240, {
    top: 14,
    right: 16,
    bottom: 24,
    left: 52,
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
  const y = scaleLinear().domain(domain).range([f.bottom, f.top]).nice(5);
  const fmt = (v: number | null): string => formatValue(v, unit, lang);

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
    const last = med.findLast((d) => isValue(d.value));
    if (last && isValue(last.value)) {
      const label = t(lang, "团队中位数", "team median");
      medianLayer.marks.push(
        text(Math.min(x.center(last.month) + 6, f.right), y(last.value) - 4, label, "end", {
          cls: "median-label",
          style: css({ fill: COLOR.ink, "font-size": "9px" }),
        }),
      );
    }
  }
  const points: Layer = { name: "points", marks: [] };
  const valueLabels: Layer = { name: "value-labels", marks: [] };
  const missing: Layer = { name: "missing", marks: [] };
  for (const d of values) {
    const cx = x.center(d.month);
    if (!isValue(d.value)) {
      missing.marks.push(
        text(cx, f.bottom - 4, t(lang, "缺", "n/a"), "middle", {
          cls: "missing",
          style: css({ fill: COLOR.muted, "font-size": "9px" }),
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
    if (x.months.length <= 12) {
      valueLabels.marks.push(
        text(cx, y(d.value) - 7, fmt(d.value), "middle", {
          cls: "value",
          style: css({ fill: COLOR.ink, "font-size": "9px" }),
        }),
      );
    }
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
      ...bandZones(bands, x, y, f, unit, lang),
      valueAxis(y, f, (v) => formatTick(v, unit, lang)),
      monthAxis(x, f),
      medianLayer,
      series,
      missing,
      points,
      valueLabels,
    ],
    { columns, rows },
  );
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
