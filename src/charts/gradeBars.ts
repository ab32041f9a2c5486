/**
 * How many agents got each grade: horizontal bars with the count written at
 * the end of each bar (and the share in the table). The same bars count
 * agents per score bin or per KPI band, where a team is too large for dots.
 */
import { scaleBand, scaleLinear } from "d3";
import { t } from "./format.ts";
import { frame, geometry } from "./frame.ts";
import { rect, text } from "./marks.ts";
import { COLOR, css, TONE_FILL } from "./style.ts";
import type { ChartGeometry, Lang, Layer, Tone } from "./types.ts";

export interface GradeCount {
  grade: string;
  count: number;
  tone?: Tone;
}

export interface GradeBarsInput {
  counts: readonly GradeCount[];
  /** e.g. "2026-09". */
  month?: string;
  lang: Lang;
  width?: number;
  /** Defaults to "等级分布 / Grades". */
  title?: string;
  /** Room for the bar labels, in px (longer labels than grade letters need more). */
  labelWidth?: number;
}

const TONES: Tone[] = ["best", "good", "fair", "poor"];
const BAR = 22;

export function gradeBars(input: GradeBarsInput): ChartGeometry {
  const { lang, counts } = input;
  const f = frame(input.width ?? 340, 8 + counts.length * BAR + 8, {
    top: 8,
    right: 40,
    bottom: 8,
    left: input.labelWidth ?? 56,
  });
  const y = scaleBand<string>()
    .domain(counts.map((c) => c.grade))
    .range([f.top, f.bottom])
    .padding(0.2);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const x = scaleLinear().domain([0, max]).range([f.left, f.right]);
  const total = counts.reduce((s, c) => s + c.count, 0);
  const agents = (n: number): string =>
    lang === "zh" ? `${n} 人` : `${n} agent${n === 1 ? "" : "s"}`;

  const bars: Layer = { name: "bars", marks: [] };
  const labels: Layer = { name: "labels", marks: [] };
  counts.forEach((c, i) => {
    const top = y(c.grade) ?? 0;
    const tone = c.tone ?? TONES[Math.min(i, TONES.length - 1)] ?? "fair";
    const mid = top + y.bandwidth() / 2 + 3.5;
    bars.marks.push(
      rect(f.left, top, x(c.count) - f.left, y.bandwidth(), {
        cls: `bar ${tone}`,
        style: css({ fill: TONE_FILL[tone], stroke: COLOR.muted, "stroke-width": 0.5 }),
        tip: `${c.grade} · ${agents(c.count)}`,
      }),
    );
    labels.marks.push(
      text(f.left - 6, mid, c.grade, "end", {
        cls: "grade",
        style: css({ fill: COLOR.ink, "font-size": "11px" }),
      }),
      text(x(c.count) + 4, mid, String(c.count), "start", {
        cls: "count",
        style: css({ fill: COLOR.ink, "font-size": "11px" }),
      }),
    );
  });

  const share = (n: number): string =>
    total > 0 ? `${Math.round((n / total) * 1000) / 10}%` : "—";
  const title = `${input.title ?? t(lang, "等级分布", "Grades")}${input.month ? ` · ${input.month}` : ""}`;
  const desc =
    lang === "zh"
      ? `共 ${total} 人：${counts.map((c) => `${c.grade} ${c.count} 人`).join("，")}。`
      : `${agents(total)}: ${counts.map((c) => `${c.grade} ${c.count}`).join(", ")}.`;
  return geometry(f, title, desc, [bars, labels], {
    columns: [t(lang, "等级", "Grade"), t(lang, "人数", "Agents"), t(lang, "占比", "Share")],
    rows: counts.map((c) => [c.grade, String(c.count), share(c.count)]),
  });
}
