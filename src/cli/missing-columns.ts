/** A column a scheme needs that no file has: an error naming the column and the KPI. */
import { requiredColumns, type Scheme } from "../engine/index.ts";
import type { Problem } from "../ingest/problems.ts";

export function missingColumnProblems(
  schemes: readonly Scheme[],
  columnsSeen: ReadonlySet<string>,
  sourceOf: (schemeId: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  for (const scheme of schemes) {
    for (const need of requiredColumns(scheme)) {
      if (need.alternatives.length === 0) continue;
      if (need.alternatives.some((set) => set.every((c) => columnsSeen.has(c)))) continue;
      const options = need.alternatives
        .map((set) => set.filter((c) => !columnsSeen.has(c)).join(" + "))
        .join(" or ");
      problems.push({
        severity: "error",
        file: sourceOf(scheme.id),
        column: `kpi ${need.kpi}`,
        message: `KPI ${need.kpi} (${need.label.zh}) needs column ${options}, which no input file has`,
      });
    }
  }
  return problems;
}
