/**
 * Chart geometry: pure functions from data to serialisable SVG geometry.
 * No DOM, no Node APIs: used by Astro components at build time and by
 * browser scripts (with `toSvgString`).
 */
export { chartId } from "./chartId.ts";
export {
  type AgentValue,
  type DistributionInput,
  distribution,
  outlierIndexes,
  type Threshold,
} from "./distribution.ts";
export { formatPoints, formatTick, formatValue } from "./format.ts";
export { type GradeBarsInput, type GradeCount, gradeBars } from "./gradeBars.ts";
export { type KpiTrendInput, kpiTrend } from "./kpiTrend.ts";
export { type MultiLineInput, multiLine, type NamedSeries } from "./multiLine.ts";
export {
  DEFAULT_GRADES,
  type GradeEdge,
  type ScoreMonth,
  type ScoreTrendInput,
  scoreTrend,
} from "./scoreTrend.ts";
export { type SparklineInput, sparkline } from "./sparkline.ts";
export { escapeXml, toSvgString } from "./toSvgString.ts";
export type * from "./types.ts";
export { bandLabel, type MonthBands } from "./zones.ts";
