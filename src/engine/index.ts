/**
 * The appraisal engine's public API. Pure: no I/O, no Node APIs; runs in
 * Node and in the browser.
 */
export { builtinSchemeIds, getBuiltinScheme } from "./builtin/index.ts";
export { checkScheme } from "./check/check-scheme.ts";
export type { MetricDef, MetricUnit } from "./metrics.ts";
export { METRICS } from "./metrics.ts";
export { schemeJsonSchema, schemeJsonSchemaText } from "./scheme/json-schema.ts";
export { parseScheme, rawSchemeOf } from "./scheme/parse.ts";
export type {
  Band,
  BandSet,
  Better,
  Kpi,
  Scheme,
  SchemeMode,
} from "./scheme/types.ts";
export { scoreAgentMonth } from "./score/agent-month.ts";
export { byMonthThenAgent, scoreAll, scoreEach } from "./score/score-many.ts";
export type {
  AgentMonth,
  AgentMonthResult,
  KpiResult,
  KpiStatus,
  Label,
  NextBand,
  SchemeIssue,
} from "./types.ts";
export type { BandView, KpiMeta } from "./views.ts";
export { bandsFor, kpiMeta, requiredColumns, schemeColumns, schemeInputs } from "./views.ts";
