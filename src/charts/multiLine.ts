/**
 * Several agents' series of one KPI in one chart (the compare page's small
 * multiples, drawn in the browser): each series has its own dash pattern and
 * marker shape, and a direct label at its last value. Optional band zones.
 * Pure TS with no Node APIs, so a page script can import it.
 */
import { scaleLinear } from "d3";
import { monthAxis, valueAxis } from "./axes.ts";
import { paddedDomain } from "./domain.ts";
import { formatTick, formatValue, t } from "./format.ts";
import { frame, geometry, monthScale, monthsOf } from "./frame.ts";
import { FONT, spreadLabels } from "./labelLayout.ts";
import { path, point, text } from "./marks.ts";
import { alignToMonths, isValue, seriesPath } from "./series.ts";
import { css, seriesLook } from "./style.ts";
import type { ChartGeometry, Lang, Layer, MonthValue, Unit } from "./types.ts";
import { bandEdges, bandZones, type MonthBands } from "./zones.ts";

export interface NamedSeries {
  name: string;
  values: readonly MonthValue[];
}

export interface MultiLineInput {
  /** e.g. the KPI name. */
  title: string;
  unit: Unit;
  series: readonly NamedSeries[];
  bands?: readonly MonthBands[];
  months?: readonly string[];
  lang: Lang;
  width?: number;
  height?: number;
}

export function multiLine(input: MultiLineInput): ChartGeometry {
  const { unit, lang, series } = input;
  const bands = input.bands ?? [];
  const f = frame(input.width ?? 320, input.height ?? 180, {
    top: 12,
    right: 72,
    bottom: 24,
    left: 46,
  });
  const x = monthScale(input.months ?? monthsOf(...series.map((s) => s.values)), f);
  const aligned = series.map((s) => alignToMonths(s.values, x.months));
  const nums = aligned.flatMap((a) => a.map((d) => d.value).filter(isValue));
  const clamp: [number, number] | undefined =
    unit === "ratio" && nums.every((v) => v <= 1) ? [0, 1] : undefined;
  const edges = bandEdges(bands.filter((b) => x.months.includes(b.month)));
  const y = scaleLinear()
    .domain(paddedDomain(nums, edges, clamp ? { clamp } : {}))
    .range([f.bottom, f.top])
    .nice(4);
  const fmt = (v: number | null): string => formatValue(v, unit, lang);

  const lines: Layer = { name: "series", marks: [] };
  const points: Layer = { name: "points", marks: [] };
  const ends: Array<{ name: string; y: number; x: number; stroke: string }> = [];
  aligned.forEach((values, i) => {
    const look = seriesLook(i);
    const name = series[i]?.name ?? "";
    lines.marks.push(
      path(seriesPath(values, x, y), {
        cls: `line s${i + 1}`,
        style: css({
          fill: "none",
          stroke: look.stroke,
          "stroke-width": 1.6,
          "stroke-dasharray": look.dash,
        }),
      }),
    );
    for (const d of values) {
      if (!isValue(d.value)) continue;
      points.marks.push(
        point(x.center(d.month), y(d.value), look.shape, `${name} · ${d.month} · ${fmt(d.value)}`, {
          cls: `point s${i + 1}`,
          style: css({ fill: look.stroke }),
          area: 30,
        }),
      );
    }
    const last = values.findLast((d) => isValue(d.value));
    if (last && isValue(last.value))
      ends.push({ name, y: y(last.value), x: x.center(last.month), stroke: look.stroke });
  });
  const spread = spreadLabels(
    ends.map((e) => e.y + 3.5),
    FONT + 2,
    f.top + 4,
    f.bottom,
  );
  const labels: Layer = {
    name: "direct-labels",
    marks: ends.map((e, i) =>
      text(f.right + 6, spread[i] ?? e.y, e.name, "start", {
        cls: "series-label",
        style: css({ fill: e.stroke, "font-size": `${FONT}px` }),
      }),
    ),
  };

  const columns = [t(lang, "月份", "Month"), ...series.map((s) => s.name)];
  const rows = x.months.map((m, mi) => [m, ...aligned.map((a) => fmt(a[mi]?.value ?? null))]);
  const desc =
    lang === "zh"
      ? `${input.title}：${series.map((s) => s.name).join("、")} 在 ${x.months[0] ?? ""} 至 ${x.months.at(-1) ?? ""} 的对比，每条线的虚线样式和标记形状不同，线尾有名字。`
      : `${input.title}: ${series.map((s) => s.name).join(", ")} from ${x.months[0] ?? ""} to ${x.months.at(-1) ?? ""}; each line has its own dash pattern and marker shape and is labelled at its end.`;
  return geometry(
    f,
    input.title,
    desc,
    [
      ...bandZones(bands, x, y, unit, lang),
      valueAxis(y, f, (v) => formatTick(v, unit, lang), 4),
      monthAxis(x, f),
      lines,
      points,
      labels,
    ],
    { columns, rows },
  );
}
