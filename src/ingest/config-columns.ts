/**
 * Resolves `columns:` and `weights:` of data/config.yaml against the columns
 * this run knows (the catalogue and scheme-declared inputs): a target may be
 * a column id or a metric id read from one column (e.g. `inquiry_conversion`,
 * `first_response`). Every unknown or computed-only target is an error naming
 * the file and the path inside it. Pure.
 */
import { METRICS } from "../engine/metrics.ts";
import type { InputColumn } from "./columns.ts";
import type { ProjectConfig } from "./config.ts";
import type { HeaderRules } from "./header-rules.ts";

/** The column a mapping target names, or why it cannot be one. */
function targetColumn(
  target: string,
  known: ReadonlyMap<string, InputColumn>,
): { column: string } | { error: string } {
  if (known.has(target)) return { column: target };
  const metric = Object.hasOwn(METRICS, target) ? METRICS[target] : undefined;
  if (metric?.kind === "column" && known.has(metric.column)) return { column: metric.column };
  if (metric?.kind === "ratio" && metric.fallback !== undefined && known.has(metric.fallback))
    return { column: metric.fallback };
  if (metric?.kind === "ratio")
    return {
      error: `'${target}' is computed from ${metric.num} / ${metric.den}: map headers to those columns`,
    };
  const ids = [...known.keys()].filter((id) => !["agent", "role", "month", "date"].includes(id));
  return {
    error: `unknown column '${target}' (a column such as ${ids.slice(4, 10).join(", ")}, … or agent, date, month, role; see README "Use your own exports")`,
  };
}

/** The mapping and weights as header rules, or errors as `file: path: message`. */
export function resolveHeaderRules(
  config: Pick<ProjectConfig, "columns" | "weights">,
  columns: readonly InputColumn[],
  file: string,
): { rules: HeaderRules; errors: string[] } {
  const known = new Map(columns.map((c) => [c.id, c]));
  const errors: string[] = [];
  const mappings = config.columns.flatMap((m) => {
    const t = targetColumn(m.column, known);
    if ("column" in t) return [{ ...m, column: t.column }];
    const path = m.files === undefined ? `columns.${m.header}` : `columns.${m.files}.${m.header}`;
    errors.push(`${file}: ${path}: ${t.error}`);
    return [];
  });
  const weights: Record<string, string> = {};
  for (const [rate, by] of Object.entries(config.weights)) {
    const r = targetColumn(rate, known);
    const w = targetColumn(by, known);
    if ("error" in r) errors.push(`${file}: weights.${rate}: ${r.error}`);
    else if (!["ratio", "seconds", "amount"].includes(known.get(r.column)?.kind ?? ""))
      errors.push(
        `${file}: weights.${rate}: '${rate}' is not a rate or an average: only those are weighted`,
      );
    if ("error" in w) errors.push(`${file}: weights.${rate}: ${w.error}`);
    else if (known.get(w.column)?.kind !== "count")
      errors.push(
        `${file}: weights.${rate}: weight by a count column (such as received_customers), not '${by}'`,
      );
    if ("column" in r && "column" in w) weights[r.column] = w.column;
  }
  return { rules: { mappings, weights }, errors };
}
