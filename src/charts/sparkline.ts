/**
 * A tiny inline line of totals over months for ranking tables (80×20 by
 * default), with gaps for missing months and the latest value dotted. Its
 * title doubles as the aria-label: the numbers in words.
 */
import { scaleLinear } from "d3";
import { formatValue, MISSING_TEXT, t } from "./format.ts";
import { frame, geometry, monthScale, monthsOf } from "./frame.ts";
import { path, point } from "./marks.ts";
import { alignToMonths, isValue, seriesPath } from "./series.ts";
import { COLOR, css } from "./style.ts";
import type { ChartGeometry, Lang, MonthValue, Unit } from "./types.ts";

export interface SparklineInput {
  values: readonly MonthValue[];
  months?: readonly string[];
  unit?: Unit;
  lang: Lang;
  width?: number;
  height?: number;
}

export function sparkline(input: SparklineInput): ChartGeometry {
  const { lang } = input;
  const unit = input.unit ?? "score";
  const f = frame(input.width ?? 80, input.height ?? 20, { top: 3, right: 3, bottom: 3, left: 3 });
  const x = monthScale(input.months ?? monthsOf(input.values), f);
  const values = alignToMonths(input.values, x.months);
  const nums = values.map((d) => d.value).filter(isValue);
  const lo = nums.length ? Math.min(...nums) : 0;
  const hi = nums.length ? Math.max(...nums) : 1;
  const y = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range([f.bottom, f.top]);
  const fmt = (v: number | null): string =>
    isValue(v) ? formatValue(v, unit, lang) : MISSING_TEXT;
  const last = values.findLast((d) => isValue(d.value));
  const marks = [
    path(seriesPath(values, x, y), {
      cls: "spark",
      style: css({ fill: "none", stroke: COLOR.accent, "stroke-width": 1.2 }),
    }),
  ];
  if (last && isValue(last.value)) {
    marks.push(
      point(x.center(last.month), y(last.value), "circle", `${last.month} · ${fmt(last.value)}`, {
        cls: "last",
        style: css({ fill: COLOR.accent }),
        area: 10,
      }),
    );
  }
  const words = values.map((d) => `${d.month} ${fmt(d.value)}`).join(lang === "zh" ? "，" : ", ");
  const title = `${t(lang, "各月总分", "Monthly totals")}: ${words}`;
  return geometry(f, title, "", [{ name: "spark", marks }], {
    columns: [t(lang, "月份", "Month"), t(lang, "数值", "Value")],
    rows: values.map((d) => [d.month, fmt(d.value)]),
  });
}
