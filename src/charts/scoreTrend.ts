/**
 * Total score over months with grade lines (S/A/B/C), and below it a small
 * panel of the rank within the team (rank 1 at the top). An incomplete total
 * (some KPI missing) is lower than the work was: it is a hollow square off the
 * line, labelled 不完整, so the line never shows it as a fall.
 */
import { scaleLinear } from "d3";
import { monthAxis, valueAxis } from "./axes.ts";
import { paddedDomain } from "./domain.ts";
import { formatValue, MISSING_TEXT, t } from "./format.ts";
import { frame, geometry, monthScale, monthsOf } from "./frame.ts";
import {
  FONT,
  type LabelRequest,
  middleWithin,
  NARROW,
  placeLabels,
  spotsAround,
} from "./labelLayout.ts";
import { line, path, point, pointBoxes, text, textBoxesOf } from "./marks.ts";
import { alignToMonths, isValue, seriesLayer, seriesPath } from "./series.ts";
import { COLOR, css, HOLLOW_POINT, INK_TEXT, MUTED_TEXT } from "./style.ts";
import type { ChartGeometry, Lang, Layer, MonthValue } from "./types.ts";

export interface ScoreMonth extends MonthValue {
  grade?: string | null;
  complete?: boolean;
  rank?: number | null;
  teamSize?: number | null;
}

export interface GradeEdge {
  min: number;
  label: string;
}

export const DEFAULT_GRADES: readonly GradeEdge[] = [
  { min: 90, label: "S" },
  { min: 80, label: "A" },
  { min: 70, label: "B" },
  { min: 60, label: "C" },
];

export interface ScoreTrendInput {
  agent?: string;
  values: readonly ScoreMonth[];
  grades?: readonly GradeEdge[];
  /** The scheme's maximum, e.g. 110. */
  max?: number;
  months?: readonly string[];
  lang: Lang;
  width?: number;
  height?: number;
}

const RANK_PANEL = 56;

// Constant styles, built once: a style string is a class's lookup key (style-classes.ts).
const GRADE_LINE = css({ stroke: COLOR.muted, "stroke-dasharray": "3 3" });
const WHOLE_POINT = css({ fill: COLOR.accent, stroke: COLOR.accent, "stroke-width": 1.5 });
const RANK_AXIS = css({ stroke: COLOR.grid });
const RANK_LINE = css({
  fill: "none",
  stroke: COLOR.ink,
  "stroke-width": 1,
  "stroke-dasharray": "2 2",
});
const RANK_POINT = css({ fill: COLOR.ink });

export function scoreTrend(input: ScoreTrendInput): ChartGeometry {
  return scoreTrendAt(input)(input.width ?? 560);
}

/**
 * The chart as a function of its width. A page draws each chart twice (at
 * desktop and at phone width, see rendered.ts), so what the width does not
 * change (the months, the value domain, which values get a label, the texts
 * and the data table) is worked out here once.
 */
export function scoreTrendAt(
  input: Omit<ScoreTrendInput, "width">,
): (width: number) => ChartGeometry {
  const { lang } = input;
  const grades = input.grades ?? DEFAULT_GRADES;
  const hasRank = input.values.some((d) => isValue(d.rank));
  const height = input.height ?? (hasRank ? 280 : 220);
  const months = input.months ?? monthsOf(input.values);
  const values = alignToMonths(input.values, months) as ScoreMonth[];
  const totals = values.map((d) => d.value).filter(isValue);
  // Grade edges matter; the scheme maximum (e.g. 110) would only waste room.
  const edges = grades.map((g) => g.min);
  const domain = paddedDomain(totals, edges, { pad: 0.06 });
  const score = (v: number | null | undefined): string => formatValue(v, "score", lang);
  const gradeTexts = grades.map((g) => `${g.label} ≥${g.min}`);
  // An incomplete total is a point off the line, never part of it.
  const onLine = values.map((d) => (d.complete === false ? { month: d.month, value: null } : d));
  const incomplete = t(lang, "不完整", "incomplete");
  const tips = values.map((d) => {
    const whole = d.complete !== false;
    const grade = d.grade ? ` · ${d.grade}` : "";
    const rank = isValue(d.rank)
      ? ` · #${d.rank}${isValue(d.teamSize) ? `/${d.teamSize}` : ""}`
      : "";
    return `${d.month} · ${score(d.value)}${grade}${rank}${whole ? "" : ` · ${incomplete}`}`;
  });
  // Value labels where they add information: the latest month, the incomplete
  // months (a low total a reader would otherwise take for a fall), the months whose
  // grade changed, the best and the worst; the rest is in the tooltips and the table.
  const present = values.filter((d): d is ScoreMonth & { value: number } => isValue(d.value));
  const last = present.at(-1);
  const partial = present.filter((d) => d.complete === false);
  const changed = present.filter((d, i) => i > 0 && d.grade !== present[i - 1]?.grade).reverse();
  const byValue = [...present].sort((a, b) => a.value - b.value);
  const wanted: { d: ScoreMonth & { value: number }; text: string }[] = [];
  for (const d of [last, ...partial, byValue.at(-1), byValue[0], ...changed]) {
    if (!d || wanted.some((w) => w.d === d)) continue;
    const mark = d.complete === false ? ` ${incomplete}` : d.grade ? ` ${d.grade}` : "";
    wanted.push({ d, text: `${score(d.value)}${mark}` });
  }

  const columns = [t(lang, "月份", "Month"), t(lang, "总分", "Total"), t(lang, "等级", "Grade")];
  if (hasRank) columns.push(t(lang, "排名", "Rank"));
  const rows = values.map((d) => {
    const row = [
      d.month,
      `${score(d.value)}${d.complete === false && isValue(d.value) ? ` (${incomplete})` : ""}`,
      d.grade ?? MISSING_TEXT,
    ];
    if (hasRank)
      row.push(
        isValue(d.rank)
          ? `${d.rank}${isValue(d.teamSize) ? ` / ${d.teamSize}` : ""}`
          : MISSING_TEXT,
      );
    return row;
  });
  const table = { columns, rows };
  const title = `${input.agent ? `${input.agent} · ` : ""}${t(lang, "总分", "Total score")}`;
  const latest = values.findLast((d) => isValue(d.value));
  const desc =
    lang === "zh"
      ? `${months[0] ?? ""} 至 ${months.at(-1) ?? ""} 的月度总分${input.max === undefined ? "" : `（满分 ${input.max}）`}，虚线为等级分界（${gradeTexts.join("、")}）${latest ? `；最近一期 ${latest.month} 为 ${score(latest.value)}` : ""}${hasRank ? "；下方小图为团队内排名，第 1 名在最上" : ""}。`
      : `Monthly total score from ${months[0] ?? ""} to ${months.at(-1) ?? ""}${input.max === undefined ? "" : ` (out of ${input.max})`}; dashed lines are grade edges (${gradeTexts.join(", ")})${latest ? `; latest ${latest.month}: ${score(latest.value)}` : ""}${hasRank ? "; the small panel below is the rank within the team, rank 1 at the top" : ""}.`;

  return (width) => {
    const f = frame(width, height, {
      top: 12,
      right: 44,
      bottom: 24 + (hasRank ? RANK_PANEL + 16 : 0),
      left: 44,
    });
    const x = monthScale(months, f);
    const y = scaleLinear().domain(domain).range([f.bottom, f.top]).nice(5);

    const narrow = f.width < NARROW;
    const yAxis = valueAxis(y, f, (v) => score(v), narrow ? 4 : 5);
    const xAxis = monthAxis(x, f);
    const gradeLayer: Layer = { name: "grades", marks: [] };
    const [lo, hi] = y.domain() as [number, number];
    const gradeLabels: LabelRequest<null>[] = [];
    grades.forEach((g, i) => {
      if (g.min < lo || g.min > hi) return;
      gradeLayer.marks.push(
        line(f.left, y(g.min), f.right, y(g.min), { cls: "grade-line", style: GRADE_LINE }),
      );
      gradeLabels.push({
        text: gradeTexts[i] ?? "",
        spots: [{ x: f.right + 4, y: y(g.min) + FONT * 0.35, anchor: "start" }],
        data: null,
      });
    });
    const gradeBounds = { x0: f.right, y0: 0, x1: f.width, y1: f.height };
    for (const p of placeLabels(gradeLabels, [], gradeBounds)) {
      gradeLayer.marks.push(
        text(p.x, p.y, p.text, p.anchor, { cls: "grade-label", style: MUTED_TEXT }),
      );
    }
    const series = seriesLayer(onLine, x, y);
    const points: Layer = { name: "points", marks: [] };
    const labels: Layer = { name: "value-labels", marks: [] };
    values.forEach((d, i) => {
      if (!isValue(d.value)) return;
      const whole = d.complete !== false;
      points.marks.push(
        point(x.center(d.month), y(d.value), whole ? "circle" : "square", tips[i] ?? "", {
          cls: whole ? "point" : "point incomplete",
          style: whole ? WHOLE_POINT : HOLLOW_POINT,
        }),
      );
    });
    const right = f.right + 2;
    const requests: LabelRequest<null>[] = wanted.map(({ d, text: label }) => {
      const cx = x.center(d.month);
      const cy = y(d.value);
      const mx = middleWithin(cx, label, right);
      return {
        text: label,
        spots: spotsAround(cx, cy, mx, { above: 8, below: 16, side: 7, sideUp: 6 }),
        data: null,
      };
    });
    const obstacles = [...textBoxesOf([yAxis, xAxis]), ...pointBoxes(points)];
    for (const p of placeLabels(requests, obstacles, { x0: 0, y0: 0, x1: right, y1: f.bottom })) {
      labels.marks.push(text(p.x, p.y, p.text, p.anchor, { cls: "value", style: INK_TEXT }));
    }
    const layers = [yAxis, gradeLayer, xAxis, series, points, labels];
    if (hasRank) layers.push(rankPanel(values, x, f, lang));
    return geometry(f, title, desc, layers, table);
  };
}

/** Rank within the team under the main plot; rank 1 at the top. */
function rankPanel(
  values: readonly ScoreMonth[],
  x: ReturnType<typeof monthScale>,
  f: ReturnType<typeof frame>,
  lang: Lang,
): Layer {
  // Below the month labels, with room for the panel title.
  const top = f.bottom + 34;
  const worst = Math.max(2, ...values.map((d) => Math.max(d.rank ?? 1, d.teamSize ?? 1)));
  const r = scaleLinear()
    .domain([1, worst])
    .range([top + 6, top + RANK_PANEL - 6]);
  const ranks = values.map((d) => ({ month: d.month, value: isValue(d.rank) ? d.rank : null }));
  const marks = [
    text(f.left - 4, top + 9, "#1", "end", {
      cls: "tick rank",
      style: MUTED_TEXT,
    }),
    text(f.left - 4, top + RANK_PANEL - 3, `#${worst}`, "end", {
      cls: "tick rank",
      style: MUTED_TEXT,
    }),
    text(f.left, top - 2, t(lang, "团队排名", "Team rank"), "start", {
      cls: "panel-title",
      style: MUTED_TEXT,
    }),
    line(f.left, top + RANK_PANEL, f.right, top + RANK_PANEL, {
      cls: "axis",
      style: RANK_AXIS,
    }),
    path(seriesPath(ranks, x, r), {
      cls: "rank-line",
      style: RANK_LINE,
    }),
  ];
  const latest = values.findLast((d) => isValue(d.rank));
  for (const d of values) {
    if (!isValue(d.rank)) continue;
    const label = `#${d.rank}${isValue(d.teamSize) ? `/${d.teamSize}` : ""}`;
    marks.push(
      point(
        x.center(d.month),
        r(d.rank),
        "diamond",
        `${d.month} · ${t(lang, "排名", "rank")} ${label}`,
        { cls: "rank-point", style: RANK_POINT, area: 28 },
      ),
    );
    // Only the latest rank is written (the others are in the tooltips and the table), in the right margin.
    if (d === latest)
      marks.push(
        text(f.right + 4, r(d.rank) + FONT * 0.35, label, "start", {
          cls: "rank-label",
          style: INK_TEXT,
        }),
      );
  }
  return { name: "rank", marks };
}
